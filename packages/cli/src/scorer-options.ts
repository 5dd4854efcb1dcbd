import { createLengthScorer, createLexicalScorer, type SpanScorer } from "@tandem/align";
import { TandemError } from "@tandem/segment";
import { loadLexicon } from "./load-lexicon.js";

/** Values of `--method`. Add a scorer by adding its name here and a branch in {@link createScorer}. */
export const SCORER_METHODS = ["lexical", "length"] as const;

/** The yargs options every aligning command shares (`tandem align`, `tandem bench`). */
export const scorerOptions = {
  method: {
    type: "string",
    choices: SCORER_METHODS as unknown as string[],
    default: "lexical",
    describe: "Sentence similarity: lexical (lexicon + cognates + numbers + length) or length (Gale-Church baseline)",
  },
  lexicon: { type: "string", describe: "Extra bilingual lexicon, TSV: source<TAB>target per line (FreeDict is used when installed)" },
  "max-bead": { type: "number", default: 4, describe: "Most sentences on one side of a bead (1-8)" },
  "source-lang": { type: "string", describe: "Source language (ISO 639-1), overriding detection" },
  "target-lang": { type: "string", describe: "Target language (ISO 639-1), overriding detection" },
} as const;

/** The parsed values of {@link scorerOptions}. */
export interface ScorerArgs {
  method?: string;
  lexicon?: string;
  "max-bead"?: number;
  "source-lang"?: string;
  "target-lang"?: string;
}

/** Checks `--max-bead` (a whole number from 1 to 8) and returns it. */
export function maxBeadOf(argv: ScorerArgs): number {
  const value = argv["max-bead"] ?? 4;
  if (!Number.isInteger(value) || value < 1 || value > 8) {
    throw new TandemError("USAGE", `--max-bead must be a whole number from 1 to 8, not ${value}`);
  }
  return value;
}

/**
 * Builds the scorer `--method` names, loading the lexicon the lexical scorer needs.
 * `notes` say what was used ("lexicon: freedict-deu-fra + freedict-fra-deu …").
 *
 * @example
 * const { scorer, notes } = await createScorer(argv, { sourceLang: "de", targetLang: "fr" });
 */
export async function createScorer(
  argv: ScorerArgs,
  langs: { sourceLang: string; targetLang: string },
): Promise<{ scorer: SpanScorer; notes: string[] }> {
  maxBeadOf(argv);
  const method = argv.method ?? "lexical";
  switch (method) {
    case "length":
      return { scorer: createLengthScorer(), notes: [] };
    case "lexical": {
      const { lexicon, notes } = await loadLexicon({ ...langs, lexiconFile: argv.lexicon });
      return { scorer: createLexicalScorer({ ...langs, lexicon }), notes };
    }
    default:
      throw new TandemError("USAGE", `unknown --method "${method}"; use one of ${SCORER_METHODS.join(", ")}`);
  }
}
