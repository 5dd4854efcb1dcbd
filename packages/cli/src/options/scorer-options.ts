import { createLengthScorer, createLexicalScorer, type LexicalScorerSettings, type SpanScorer } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import { loadLexicon } from "../pipeline/load-lexicon.js";
import { loadHanReadings } from "../pipeline/load-han-readings.js";
import type { EncoderSummary } from "@tandem/align";
import { createNeuralScorerFromArgs, defaultScorerMethod, neuralOptions, type NeuralArgs, type NeuralHooks } from "./neural-options.js";
import { checkedNumber } from "./checked-number.js";
import { languageCode } from "./language-option.js";

/** Values of `--method`. Add a scorer by adding its name here and a branch in {@link createScorer}. */
export const SCORER_METHODS = ["lexical", "length", "neural", "hybrid"] as const;

/** The yargs options every aligning command shares (`tandem align`, `tandem bench`). */
export const scorerOptions = {
  method: {
    alias: "scorer",
    type: "string",
    choices: SCORER_METHODS as unknown as string[],
    // No fixed default: hybrid when an embedding model is on disk, else lexical (see createScorer).
    describe:
      "Sentence similarity: lexical (lexicon + cognates + numbers + length), length (Gale-Church baseline), neural (multilingual embeddings) or hybrid (neural + lexical); default hybrid when a model is on disk, else lexical",
  },
  lexicon: { type: "string", describe: "Extra bilingual lexicon, TSV: source<TAB>target per line (FreeDict is used when installed)" },
  "max-bead": { type: "number", default: 4, coerce: checkedNumber("--max-bead", { min: 1, max: 8, integer: true }), describe: "Most sentences on one side of a bead (1-8)" },
  "source-lang": { type: "string", coerce: languageCode("--source-lang"), describe: "Source language (ISO 639-1), overriding detection" },
  "target-lang": { type: "string", coerce: languageCode("--target-lang"), describe: "Target language (ISO 639-1), overriding detection" },
  ...neuralOptions,
} as const;

/** The parsed values of {@link scorerOptions}. */
export interface ScorerArgs extends NeuralArgs {
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
  langs: {
    sourceLang: string;
    targetLang: string;
    /** Lexical scorer settings in place of the defaults (scripts/fit-weak-blend.ts tries values by cross-validation). */
    lexicalSettings?: Partial<LexicalScorerSettings>;
  },
  hooks: NeuralHooks = {},
): Promise<{ scorer: SpanScorer; notes: string[]; encoder?: () => EncoderSummary }> {
  maxBeadOf(argv);
  const fallback = argv.method ? undefined : defaultScorerMethod(argv);
  const method = argv.method ?? fallback!.method;
  const announced = fallback ? [fallback.note] : [];
  switch (method) {
    case "length":
      return { scorer: createLengthScorer(), notes: [] };
    case "lexical": {
      const { scorer, notes } = await lexicalScorerFor(argv, langs);
      return { scorer, notes: [...announced, ...notes] };
    }
    case "neural":
      return { ...createNeuralScorerFromArgs(argv, undefined, hooks), notes: announced };
    case "hybrid": {
      const { scorer: lexical, notes } = await lexicalScorerFor(argv, langs);
      return { ...createNeuralScorerFromArgs(argv, lexical, hooks), notes: [...announced, ...notes] };
    }
    default:
      throw new TandemError("USAGE", `unknown --method "${method}"; use one of ${SCORER_METHODS.join(", ")}`);
  }
}

/** The lexical scorer of a pair (alone, or inside the hybrid): its lexicon and Unihan readings, with their notes. */
async function lexicalScorerFor(
  argv: ScorerArgs,
  langs: { sourceLang: string; targetLang: string; lexicalSettings?: Partial<LexicalScorerSettings> },
): Promise<{ scorer: SpanScorer; notes: string[] }> {
  const { sourceLang, targetLang } = langs;
  const { lexicon, notes } = await loadLexicon({ sourceLang, targetLang, lexiconFile: argv.lexicon });
  const { hanReadings, pinyin, notes: readingNotes } = await loadHanReadings(langs);
  const settings = langs.lexicalSettings ? { settings: langs.lexicalSettings } : {};
  const readings = { ...(hanReadings ? { hanReadings } : {}), ...(pinyin ? { pinyin } : {}) };
  return { scorer: createLexicalScorer({ sourceLang, targetLang, lexicon, ...settings, ...readings }), notes: [...notes, ...readingNotes] };
}
