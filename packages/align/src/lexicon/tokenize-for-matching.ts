import { foldDiacritics } from "@tandem/segment/core";
import { normalizeDigits } from "./normalize-digits.js";
import { foldEastSlavic } from "./fold-east-slavic.js";
import { segmentWords } from "./segment-words.js";
import { stripArabicClitics } from "./strip-arabic-clitics.js";

// Han, kana and Hangul runs are tokens of their own: Chinese and Japanese write no spaces, so
// without this "1865年" or "登上了Matterhorn" would be one token and the number or name in it
// could never match the other language. The prolonged-sound mark ー belongs to kana words.
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc";
// Marks are part of words: Devanagari, Bengali, Thai and Arabic write vowels as marks.
const TOKEN = new RegExp(`\\d+(?:[.,'’]\\d+)*|[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+`, "gu");
// Scripts whose marks are vowels or voicing (ド is ト with a mark): folding them away would merge
// different words, so their tokens keep their marks.
const KEEP_MARKS =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
// A Japanese word in kanji with its kana ending (okurigana): 行った and 行く share 行.
const OKURIGANA = /^(\p{Script=Han}+)\p{Script=Hiragana}+$/u;

/**
 * Splits a sentence into lowercase, diacritic-folded word and number tokens for
 * lexical matching. Punctuation is dropped; "4.45" and "1'000" stay one number token
 * (digits only: "4.45" → "445") so that numbers written with different separators
 * in two languages still agree, and digits of every script count ("٣١" → "31").
 * Apostrophes split ("l'aube" → "l", "aube"). Runs of Chinese, Japanese or Korean script are
 * split from digits and Latin letters ("1865年" → "1865", "年"); Japanese, Thai, Lao, Khmer and
 * Myanmar runs are cut into words (see `segmentWords`), and a Japanese verb or adjective is kept
 * as its kanji ("行った" → "行").
 *
 * @example
 * tokenizeForMatching("Die ca. 600 m hohe Nordostwand") // ["die","ca","600","m","hohe","nordostwand"]
 */
export function tokenizeForMatching(sentence: string): string[] {
  const text = normalizeDigits(sentence.normalize("NFKC")).toLowerCase();
  const tokens: string[] = [];
  // Most sentences have no script that keeps its marks or needs cutting into words: fold them
  // whole, which is what the loop below does token by token, at a third of the cost.
  const mixed = KEEP_MARKS.test(text);
  for (const match of (mixed ? text : foldDiacritics(text)).matchAll(TOKEN)) {
    const token = match[0];
    if (/^\d/.test(token)) {
      tokens.push(token.replace(/[^\d]/g, ""));
      continue;
    }
    if (!mixed) {
      tokens.push(foldEastSlavic(stripArabicClitics(token)));
      continue;
    }
    for (const word of segmentWords(token)) {
      if (KEEP_MARKS.test(word)) tokens.push(word.replace(OKURIGANA, "$1"));
      else tokens.push(foldEastSlavic(stripArabicClitics(foldDiacritics(word))));
    }
  }
  return tokens;
}
