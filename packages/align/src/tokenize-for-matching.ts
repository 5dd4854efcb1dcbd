import { foldDiacritics } from "./fold-diacritics.js";

/**
 * Splits a sentence into lowercase, diacritic-folded word and number tokens for
 * lexical matching. Punctuation is dropped; "4.45" and "1'000" stay one number token
 * (digits only: "4.45" → "445") so that numbers written with different separators
 * in two languages still agree. Apostrophes split ("l'aube" → "l", "aube").
 *
 * @example
 * tokenizeForMatching("Die ca. 600 m hohe Nordostwand") // ["die","ca","600","m","hohe","nordostwand"]
 */
export function tokenizeForMatching(sentence: string): string[] {
  const folded = foldDiacritics(sentence.normalize("NFKC")).toLowerCase();
  const tokens: string[] = [];
  for (const match of folded.matchAll(/\d+(?:[.,'’]\d+)*|[\p{L}\p{N}]+/gu)) {
    const token = match[0];
    tokens.push(/^\d/.test(token) ? token.replace(/[^\d]/g, "") : token);
  }
  return tokens;
}
