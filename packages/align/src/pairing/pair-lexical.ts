import type { Lexicon } from "../lexicon/create-lexicon.js";

/**
 * Share of the content words of one document whose dictionary translation occurs in
 * the other, averaged over both directions. Only words the lexicon knows count, so a
 * small dictionary lowers coverage, not the score. Words are expected lowercased and
 * diacritic-folded, like the lexicon's headwords after folding.
 *
 * @example
 * lexicalOverlap(new Set(["conferentie"]), new Set(["conference"]), nlEnLexicon, "nl"); // 1
 */
export function lexicalOverlap(
  source: ReadonlySet<string>,
  target: ReadonlySet<string>,
  lexicon: Lexicon,
  sourceLang: string,
): number {
  const forward = lexicon.sourceLang === sourceLang ? lexicon.forward : lexicon.backward;
  const backward = lexicon.sourceLang === sourceLang ? lexicon.backward : lexicon.forward;
  const one = (words: ReadonlySet<string>, other: ReadonlySet<string>, dictionary: ReadonlyMap<string, readonly string[]>) => {
    let known = 0;
    let found = 0;
    for (const word of words) {
      const translations = dictionary.get(word);
      if (!translations) continue;
      known++;
      if (translations.some((translation) => other.has(translation))) found++;
    }
    return known > 0 ? found / known : 0;
  };
  return (one(source, target, forward) + one(target, source, backward)) / 2;
}
