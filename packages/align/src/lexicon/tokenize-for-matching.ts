import { foldDiacritics } from "@tandem/segment/core";

// Han, kana and Hangul runs are tokens of their own: Chinese and Japanese write no spaces, so
// without this "1865年" or "登上了Matterhorn" would be one token and the number or name in it
// could never match the other language.
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
const TOKEN = new RegExp(`\\d+(?:[.,'’]\\d+)*|[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, "gu");

/**
 * Splits a sentence into lowercase, diacritic-folded word and number tokens for
 * lexical matching. Punctuation is dropped; "4.45" and "1'000" stay one number token
 * (digits only: "4.45" → "445") so that numbers written with different separators
 * in two languages still agree. Apostrophes split ("l'aube" → "l", "aube"). Runs of Chinese,
 * Japanese or Korean script are split from digits and Latin letters ("1865年" → "1865", "年").
 *
 * @example
 * tokenizeForMatching("Die ca. 600 m hohe Nordostwand") // ["die","ca","600","m","hohe","nordostwand"]
 */
export function tokenizeForMatching(sentence: string): string[] {
  const folded = foldDiacritics(sentence.normalize("NFKC")).toLowerCase();
  const tokens: string[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0];
    tokens.push(/^\d/.test(token) ? token.replace(/[^\d]/g, "") : token);
  }
  return tokens;
}
