import { foldDiacritics } from "@tandem/segment/core";
import { FIRST_OTHER_DIGIT, normalizeDigits } from "./normalize-digits.js";
import { foldEastSlavic } from "./fold-east-slavic.js";
import { scanTokens } from "./scan-tokens.js";
import { segmentWords } from "./segment-words.js";
import { ARABIC_LETTER, stripArabicClitics } from "./strip-arabic-clitics.js";

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
  const normalized = sentence.normalize("NFKC");
  // Below U+0600 (Latin, Greek, Cyrillic, Armenian, Hebrew) there is no digit of another script,
  // no Arabic letter and no script that keeps its marks: the searches for them are skipped.
  const text = (below(normalized, FIRST_OTHER_DIGIT) ? normalized : normalizeDigits(normalized)).toLowerCase();
  const plain = below(text, ARABIC_BLOCK);
  // Most sentences have no script that keeps its marks or needs cutting into words: fold them
  // whole, which is what the loop below does token by token, at a third of the cost. The
  // East Slavic letters are folded in the whole text too (letters for letters: the tokens stay
  // where they were), and Arabic clitics are looked for only in a text with Arabic letters.
  if (plain || !KEEP_MARKS.test(text)) {
    const folded = foldEastSlavic(foldDiacritics(text));
    const tokens = scanTokens(folded);
    const arabic = !plain && ARABIC_LETTER.test(folded);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (isDigit(token.charCodeAt(0))) tokens[k] = token.replace(/[^\d]/g, "");
      else if (arabic) tokens[k] = stripArabicClitics(token);
    }
    return tokens;
  }
  const tokens: string[] = [];
  for (const token of scanTokens(text)) {
    if (isDigit(token.charCodeAt(0))) {
      tokens.push(token.replace(/[^\d]/g, ""));
      continue;
    }
    for (const word of segmentWords(token)) {
      if (KEEP_MARKS.test(word)) tokens.push(word.replace(OKURIGANA, "$1"));
      else tokens.push(foldEastSlavic(stripArabicClitics(foldDiacritics(word))));
    }
  }
  return tokens;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Where Arabic script starts; the scripts that keep their marks come after it. */
const ARABIC_BLOCK = 0x600;

/** Whether every UTF-16 unit of `text` is below `bound` (a text with astral characters is not). */
function below(text: string, bound: number): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= bound) return false;
  return true;
}
