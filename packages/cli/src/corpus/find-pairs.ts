import type { MutualBest, PairInput, PairResult } from "@tandem/align";
import { pairDocuments } from "@tandem/align";
import type { InputProblem, LoadedDocument } from "./load-documents.js";
import { collectInputFiles, loadDocuments } from "./load-documents.js";
import { pairByUrl } from "./url-pairs.js";
import { timeStage, type StageTimes } from "./stage-times.js";

export interface FoundPairs {
  readonly documents: readonly LoadedDocument[];
  readonly result: PairResult;
  readonly problems: readonly InputProblem[];
}

/**
 * Everything `tandem pair` and `tandem corpus` share: expand the inputs, load and
 * identify each article, and pair them. A collection in one language is a problem
 * (named once, with the language), not an empty success the user has to puzzle over.
 *
 * @example
 * const { result, problems } = await findPairs(["seeds"], { sourceLang: "nl" });
 * result.pairs[0]?.target; // "seeds/001_9c2bcb4f48ee580e.txt"
 */
export async function findPairs(
  inputs: readonly string[],
  options: {
    threshold?: number;
    /** pairDocuments' `mutual`: false for none. */
    mutual?: MutualBest | false;
    sourceLang?: string;
    embed?: (documents: readonly PairInput[]) => Promise<readonly ArrayLike<number>[]>;
    onLoad?: (done: number, total: number) => void;
    /** Where to add the seconds spent reading, segmenting and pairing. */
    times?: StageTimes;
  } = {},
): Promise<FoundPairs> {
  const collected = await timeStage(options.times, "read", () => collectInputFiles(inputs));
  const loaded = await loadDocuments(collected.files, (done) => options.onLoad?.(done, collected.files.length), options.times);
  const problems = [...collected.problems, ...loaded.problems];
  const languages = [...new Set(loaded.documents.map((document) => document.lang))];
  if (loaded.documents.length > 1 && languages.length === 1) {
    problems.push({
      file: inputs.join(" "),
      code: "LANG_SAME",
      message: `all ${loaded.documents.length} readable documents are in one language (${languages[0]}); nothing to pair`,
    });
  }
  const pairInputs = loaded.documents.map((document) => ({ id: document.path, lang: document.lang, text: document.pairingText }));
  // Addresses first (pages from a crawl): `/en/` ↔ `/fr/`, `x.en.html` ↔ `x.fr.html`, `?lang=`.
  const byUrl = await pairByUrl(pairInputs, options.sourceLang === undefined ? {} : { sourceLang: options.sourceLang });
  const byContent = await timeStage(options.times, "pair", () => pairDocuments(
    pairInputs.filter((input) => !byUrl.taken.has(input.id)),
    {
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      ...(options.mutual === undefined ? {} : { mutual: options.mutual }),
      ...(options.sourceLang === undefined ? {} : { sourceLang: options.sourceLang }),
      ...(options.embed === undefined ? {} : { embed: options.embed }),
    },
  ));
  const result: PairResult = { ...byContent, pairs: [...byUrl.pairs, ...byContent.pairs] };
  return { documents: loaded.documents, result, problems };
}
