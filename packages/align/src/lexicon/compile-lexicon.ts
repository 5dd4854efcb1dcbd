import type { Lexicon } from "./create-lexicon.js";
import { lexiconStemIndex, makeStemIndex, seedStemIndex } from "./lexicon-stem-index.js";

/**
 * Version of {@link CompiledLexicon}'s layout and of everything that computes it (dictd, TSV and
 * CC-CEDICT parsing, normalisation, stems, pivots, and the word lists kept in code such as
 * VIETNAMESE_CORE_WORDS). Bump it when any of them changes, so that caches written by an older
 * tandem are rebuilt instead of read.
 */
export const LEXICON_FORMAT = 17;

/** A lexicon and its stem index as plain JSON values, for a cache file. */
export interface CompiledLexicon {
  readonly format: number;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly via?: string;
  readonly forward: [string, string[]][];
  readonly backward: [string, string[]][];
  readonly stemLength: number;
  readonly stems: [string, string[]][];
  readonly words: string[];
  readonly hanWords: string[];
}

/**
 * Flattens a lexicon and its stem index for `stemLength` into JSON values. Building the stem
 * index of a large pair (de–en: 380k + 370k headwords) takes seconds that a cache saves.
 *
 * @example
 * writeFileSync(file, JSON.stringify(compileLexicon(lexicon, 6)));
 */
export function compileLexicon(lexicon: Lexicon, stemLength: number): CompiledLexicon {
  const index = lexiconStemIndex(lexicon, stemLength);
  return {
    format: LEXICON_FORMAT,
    sourceLang: lexicon.sourceLang,
    targetLang: lexicon.targetLang,
    ...(lexicon.via ? { via: lexicon.via } : {}),
    forward: [...lexicon.forward].map(([key, values]) => [key, [...values]]),
    backward: [...lexicon.backward].map(([key, values]) => [key, [...values]]),
    stemLength,
    stems: [...index.stems].map(([key, values]) => [key, [...values]]),
    words: [...index.words],
    hanWords: [...index.hanWords],
  };
}

/**
 * The lexicon of {@link compileLexicon}'s output, its stem index ready for the scorer; undefined
 * when `compiled` has another format (written by another version of tandem). `entries` supplies
 * the headword maps instead of `compiled.forward`/`backward` (a cache that reads them only when
 * asked: the scorer needs the stem index alone), and `index` the stem index instead of
 * `compiled.stems`/`words`/`hanWords` (a cache that looks stems up without parsing them all),
 * with every target stem of it when known.
 */
export function restoreLexicon(
  compiled: CompiledLexicon,
  entries?: { forward: ReadonlyMap<string, readonly string[]>; backward: ReadonlyMap<string, readonly string[]> },
  index?: {
    stems: ReadonlyMap<string, ReadonlySet<string>>;
    words: ReadonlySet<string>;
    hanWords: ReadonlySet<string>;
    targetStems?: ReadonlySet<string>;
  },
): Lexicon | undefined {
  if (compiled.format !== LEXICON_FORMAT) return undefined;
  const lexicon: Lexicon = {
    sourceLang: compiled.sourceLang,
    targetLang: compiled.targetLang,
    ...(compiled.via ? { via: compiled.via } : {}),
    forward: entries?.forward ?? new Map(compiled.forward),
    backward: entries?.backward ?? new Map(compiled.backward),
  };
  if (index) {
    seedStemIndex(lexicon, compiled.stemLength, makeStemIndex(index.stems, index.words, index.hanWords, index.targetStems));
    return lexicon;
  }
  const stems = new Map(compiled.stems.map(([key, values]) => [key, new Set(values)] as const));
  seedStemIndex(lexicon, compiled.stemLength, makeStemIndex(stems, new Set(compiled.words), new Set(compiled.hanWords)));
  return lexicon;
}
