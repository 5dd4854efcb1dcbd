import type { HanReadings } from "../lexicon/han-readings.js";
import { tokenizeForMatching } from "../lexicon/tokenize-for-matching.js";

/** Fewest characters a run must have: one syllable ("li", "an", "de") is a word of many languages. */
const MIN_CHARS = 2;
/** Longest run read at once: names and places are shorter ("Hua Chunying" is 1 + 2). */
const MAX_CHARS = 4;
/** Most reading combinations tried per run: a few characters have five or six readings. */
const MAX_COMBINATIONS = 64;

// A word with a capital letter and then a lower-case one ("Beijing", "Chang'e", not "UN"), as
// written in the text; letters joined by an apostrophe or a hyphen are one name ("Xi'an").
const NAME_WORD = /\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The Latin-script names of a document that a Chinese text may spell in characters: words
 * written with a capital that does not begin their sentence ("Jinping", "Chunying" in "… Xi
 * Jinping … a annoncé Hua Chunying"), by the tokens of their pinyin-like spelling: "jinping" →
 * ["jinping"], "change" → ["chang"] for "Chang'e" (tokens of one letter carry no weight).
 * Words that begin a sentence are left out: in a headline or a lead they are ordinary words.
 */
export function latinNameWords(sentences: readonly string[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(NAME_WORD)) {
      // The first word of the sentence, or of a line inside it, is capitalised anyway.
      const before = sentence.slice(0, match.index).trimEnd();
      if (before.length === 0 || /[.!?:\n«“"(]$/u.test(before)) continue;
      const tokens = tokenizeForMatching(match[0]);
      const joined = tokens.join("");
      if (!/^[a-z]+$/.test(joined) || names.has(joined)) continue;
      const weighty = tokens.filter((token) => token.length >= 2);
      if (weighty.length > 0) names.set(joined, weighty);
    }
  }
  return names;
}

/**
 * The other document's Latin tokens that runs of 2–4 Chinese characters of `sentence` spell in
 * pinyin (`readings`: Unihan kMandarin, tones folded): 北京 → "beijing", 近平 of 习近平 →
 * "jinping", 华春莹's 春莹 → "chunying", 嫦娥 → "chang" (of "Chang'e"). Chinese writes foreign
 * and Chinese names alike in characters, and other languages write Chinese names in pinyin; a
 * dictionary has the famous ones only. `names` comes from {@link latinNameWords}.
 *
 * @example
 * pinyinNameTokens("习近平将同美国总统举行视频会晤", mandarin, latinNameWords(["Le président Xi Jinping rencontrera …"])) // ["jinping"]
 */
export function pinyinNameTokens(sentence: string, readings: HanReadings, names: ReadonlyMap<string, readonly string[]>): string[] {
  if (names.size === 0) return [];
  const found: string[] = [];
  for (const match of sentence.matchAll(HAN_RUN)) {
    const chars = Array.from(match[0]);
    for (let start = 0; start + MIN_CHARS <= chars.length; start++) {
      // Longest first: "beijing" of 北京 before nothing shorter is tried at that start.
      for (let length = Math.min(MAX_CHARS, chars.length - start); length >= MIN_CHARS; length--) {
        const hit = spelledName(chars.slice(start, start + length), readings, names);
        if (!hit) continue;
        for (const token of hit) if (!found.includes(token)) found.push(token);
        break;
      }
    }
  }
  return found;
}

/** The tokens of the name `chars` spell in one of their readings' combinations, if any. */
function spelledName(chars: readonly string[], readings: HanReadings, names: ReadonlyMap<string, readonly string[]>): readonly string[] | undefined {
  let spellings = [""];
  for (const char of chars) {
    const options = readings.readings.get(char);
    if (!options) return undefined;
    const next: string[] = [];
    for (const prefix of spellings) for (const option of options) if (next.length < MAX_COMBINATIONS) next.push(prefix + option);
    spellings = next;
  }
  for (const spelling of spellings) {
    const tokens = names.get(spelling);
    if (tokens) return tokens;
  }
  return undefined;
}
