import { createHash } from "node:crypto";
import { corpusParameters } from "../corpus/corpus-parameters.js";
import { stableJson } from "../corpus/stable-json.js";
import type { CorpusDocumentInput, CorpusSettings } from "../store/index.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * A corpus's id: a hash of its documents (bytes' hash and path, in file order) and of
 * the settings its jobs run with. The same folder with the same options gives the
 * same id, so enqueueing it again finds the corpus instead of making a second.
 */
export function corpusId(settings: CorpusSettings, documents: readonly CorpusDocumentInput[]): string {
  return sha256(stableJson({ settings, documents: documents.map((document) => [document.hash, document.path]) })).slice(0, 32);
}

/**
 * An align job's key: a hash of what `tandem corpus` resumes by (both texts' hashes,
 * the languages, the scorer options, the tool version), so one pair is aligned once
 * whichever corpus and whichever delivery asks for it.
 */
export function alignJobKey(
  pair: { sourceLang: string; targetLang: string },
  sourceHash: string,
  targetHash: string,
  settings: CorpusSettings,
): { key: string; parameters: Record<string, unknown> } {
  const parameters = corpusParameters(pair as Parameters<typeof corpusParameters>[0], sourceHash, targetHash, settings.scorerArgs, settings.recover);
  return { key: sha256(stableJson(parameters)).slice(0, 40), parameters };
}
