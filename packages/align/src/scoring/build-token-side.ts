import { prefixLengths } from "./prefix-lengths.js";
import { dateAnchors } from "../lexicon/date-anchors.js";
import { eraYear } from "../lexicon/era-years.js";
import { tokenizeForMatching } from "../lexicon/tokenize-for-matching.js";
import { MAX_JOINED_SYLLABLES, SYLLABLE_JOINER } from "../lexicon/lexicon-stem-index.js";

/** Token statistics of one side of a document pair, by sentence, for the lexical scorer. */
export interface TokenSide {
  readonly words: string[];
  /** Unique token types of each sentence, in order of first occurrence. */
  readonly types: Int32Array[];
  /** IDF weight of each token type. */
  readonly weights: Float64Array;
  /** Per sentence, the weight behind each of 64 mask bits (types beyond 64 share bits). */
  readonly bitWeights: Float64Array[];
  readonly mass: Float64Array;
  readonly chars: Float64Array;
  readonly numbers: Set<string>[];
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * Tokenises one side (see `tokenizeForMatching`) and weighs its token types by IDF.
 * `splitToken` cuts tokens further into the lexicon's words (Chinese runs into headwords). With
 * `lang`, the days of the year a sentence names are tokens too ("8m31" for "31 tháng 8" and
 * "August 31", see `dateAnchors`), the same in every language, and a Buddhist-era year adds its
 * common-era twin ("2561" → "2018", see `eraYear`). With `joinable`, runs of two or three tokens
 * it accepts joined are tokens too (Vietnamese "chinh phu" → "chinh_phu", a lexicon word).
 * `extraTokens` adds a sentence's further tokens (the other document's names its Chinese
 * characters spell in pinyin, see `pinyinNameTokens`).
 */
export function buildTokenSide(
  sentences: readonly string[],
  idfPower: number,
  splitToken?: (token: string) => string[],
  lang?: string,
  joinable?: (word: string) => boolean,
  extraTokens?: (sentence: string) => string[],
): TokenSide {
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const frequency: number[] = [];
  const types: Int32Array[] = [];
  const numbers: Set<string>[] = [];
  for (const sentence of sentences) {
    const unique: number[] = [];
    const numeric = new Set<string>();
    const tokens = tokenizeForMatching(sentence);
    // A loop, not flatMap: V8's flatMap was a tenth of the side's time on 10k sentences.
    let sentenceTokens = tokens;
    if (splitToken) {
      sentenceTokens = [];
      for (const token of tokens) for (const part of splitToken(token)) sentenceTokens.push(part);
    }
    if (joinable) {
      // Syllables written apart that the lexicon knows as one word ("chinh" "phu" → "chinh_phu"),
      // kept beside the syllables themselves (a name's syllables match as they are).
      const words: string[] = [];
      for (let at = 0; at + 1 < tokens.length; at++) {
        let joined = tokens[at]!;
        for (let n = 1; n < MAX_JOINED_SYLLABLES && at + n < tokens.length; n++) {
          const next = tokens[at + n]!;
          if (/\d/.test(next) || /\d/.test(joined)) break;
          joined += SYLLABLE_JOINER + next;
          if (joinable(joined)) words.push(joined);
        }
      }
      if (words.length > 0) sentenceTokens = [...sentenceTokens, ...words];
    }
    if (extraTokens) {
      const extra = extraTokens(sentence);
      if (extra.length > 0) sentenceTokens = [...sentenceTokens, ...extra];
    }
    if (lang) {
      const wordCount = tokens.length;
      sentenceTokens.push(...dateAnchors(sentence, lang));
      for (let at = 0; at < wordCount; at++) {
        const year = eraYear(tokens[at]!, lang);
        if (year) sentenceTokens.push(year);
      }
    }
    for (const token of sentenceTokens) {
      let id = vocabulary.get(token);
      if (id === undefined) {
        id = words.length;
        vocabulary.set(token, id);
        words.push(token);
        frequency.push(0);
      }
      if (!unique.includes(id)) {
        unique.push(id);
        frequency[id]!++;
      }
      // /^\d/ without the u flag: an ASCII digit first (a code unit compare, not a regular
      // expression run per token).
      const first = token.charCodeAt(0);
      if (first >= 48 && first <= 57) numeric.add(token);
    }
    types.push(Int32Array.from(unique));
    numbers.push(numeric);
  }
  const count = Math.max(1, sentences.length);
  const weights = new Float64Array(words.length);
  for (let t = 0; t < words.length; t++) {
    // IDF within the document pair: function words that are in most sentences weigh
    // almost nothing; one-letter tokens (l', d', m) weigh little whatever their count, but
    // a Chinese character is often a word of its own (神, 光).
    const idf = Math.log((count + 1) / (frequency[t]! + 0.5));
    const word = words[t]!;
    const oneLetter = word.length === 1 && !/\d/.test(word) && !HAN_CHAR.test(word);
    weights[t] = Math.pow(Math.max(0.05, idf), idfPower) * (oneLetter ? 0.2 : 1);
  }
  const bitWeights: Float64Array[] = [];
  const mass = new Float64Array(sentences.length);
  types.forEach((list, s) => {
    const bits = new Float64Array(Math.min(64, list.length));
    let total = 0;
    list.forEach((type, position) => {
      bits[position & 63]! += weights[type]!;
      total += weights[type]!;
    });
    bitWeights.push(bits);
    mass[s] = total;
  });
  return { words, types, weights, bitWeights, mass, chars: prefixLengths(sentences), numbers };
}
