// Scripts written without spaces between words, and the locale whose ICU dictionary cuts them.
// Chinese (Han alone) is cut by the lexicon's own headwords instead (see splitHanRun), which
// keeps names such as 习近平 whole where ICU cuts 习|近平.
const UNSPACED: readonly [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "ja"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Lao}/u, "lo"],
  [/\p{Script=Khmer}/u, "km"],
  [/\p{Script=Myanmar}/u, "my"],
];

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: "word" })));
  return segmenter;
}

/**
 * Cuts a run of Japanese (any kana in it), Thai, Lao, Khmer or Myanmar script into words with
 * ICU's dictionary-based word segmentation (`Intl.Segmenter`; Node's full ICU); any other token
 * is returned whole. Without it a whole clause is one token that never matches a dictionary
 * headword or a name on the other side.
 *
 * @example
 * segmentWords("トランプ大統領") // ["トランプ", "大統領"]
 */
export function segmentWords(token: string): string[] {
  const locale = UNSPACED.find(([script]) => script.test(token))?.[1];
  if (!locale || token.length < 2) return [token];
  const words: string[] = [];
  for (const part of segmenterFor(locale).segment(token)) if (part.isWordLike) words.push(part.segment);
  return words.length > 0 ? words : [token];
}
