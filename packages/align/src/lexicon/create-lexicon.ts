import { normalizeHeadword } from "./normalize-headword.js";

/**
 * A bilingual lexicon between two languages, usable in both directions: `forward`
 * maps source-language words to target-language words, `backward` the other way.
 */
export interface Lexicon {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly forward: ReadonlyMap<string, readonly string[]>;
  readonly backward: ReadonlyMap<string, readonly string[]>;
  /** The pivot language, when the lexicon was composed through one (see `createPivotLexicon`). */
  readonly via?: string;
}

/** One dictionary to merge into a {@link Lexicon}, with the direction it translates. */
export interface LexiconDictionary {
  /** ISO 639-1 code of the headwords. */
  readonly from: string;
  /** ISO 639-1 code of the translations. */
  readonly to: string;
  readonly entries: ReadonlyMap<string, readonly string[]>;
}

/**
 * Merges dictionaries of either direction into one lexicon for `sourceLang`–`targetLang`:
 * a fra→deu dictionary fills `backward` of a de–fr lexicon. Dictionaries for other
 * pairs are ignored. Keys and translations are normalised (NFKC, lowercase,
 * parenthesised notes removed).
 *
 * @example
 * const lexicon = createLexicon({ sourceLang: "de", targetLang: "fr", dictionaries: [
 *   { from: "de", to: "fr", entries: parseDictd(deuFraIndex, deuFraDict) },
 *   { from: "fr", to: "de", entries: parseDictd(fraDeuIndex, fraDeuDict) },
 * ] });
 */
export function createLexicon(options: {
  sourceLang: string;
  targetLang: string;
  dictionaries: readonly LexiconDictionary[];
}): Lexicon {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const dictionary of options.dictionaries) {
    const into =
      dictionary.from === options.sourceLang && dictionary.to === options.targetLang
        ? forward
        : dictionary.from === options.targetLang && dictionary.to === options.sourceLang
          ? backward
          : undefined;
    if (!into) continue;
    for (const [key, values] of dictionary.entries) {
      const headword = normalizeHeadword(key);
      if (!headword) continue;
      const list = into.get(headword) ?? [];
      for (const value of values) {
        const translation = normalizeHeadword(value);
        if (translation && !list.includes(translation)) list.push(translation);
      }
      if (list.length > 0) into.set(headword, list);
    }
  }
  return { sourceLang: options.sourceLang, targetLang: options.targetLang, forward, backward };
}
