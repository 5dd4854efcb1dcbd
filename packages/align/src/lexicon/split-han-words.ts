const HAN_RUN = /^\p{Script=Han}+$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * Cuts a run of Chinese characters into words with ICU's dictionary word segmentation
 * (`Intl.Segmenter`), for pairs that have no Chinese dictionary whose headwords could cut it (see
 * `splitHanRun`); any other token is returned whole.
 *
 * @example
 * splitHanWords("越南国家主席") // ["越南", "国家", "主席"]
 */
export function splitHanWords(token: string): string[] {
  if (token.length < 2 || !HAN_RUN.test(token)) return [token];
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  for (const part of segmenter.segment(token)) if (part.isWordLike) words.push(part.segment);
  return words.length > 0 ? words : [token];
}
