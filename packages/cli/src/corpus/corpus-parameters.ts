import type { DocumentPair } from "@tandem/align";
import { toolVersion } from "../terminal/tool-version.js";

/**
 * What makes two runs of one pair interchangeable: the bytes of both articles (their
 * hashes, so a renamed file is still found), the languages, the scorer options and the
 * tool version. Paths and the output format are left out on purpose.
 */
export function corpusParameters(
  pair: DocumentPair,
  sourceHash: string,
  targetHash: string,
  scorerArgs: Record<string, unknown>,
  recover: boolean,
): Record<string, unknown> {
  return {
    sourceHash,
    targetHash,
    sourceLang: pair.sourceLang,
    targetLang: pair.targetLang,
    scorer: scorerArgs,
    recover,
    tandem: toolVersion(),
  };
}
