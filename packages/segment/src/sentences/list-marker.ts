/**
 * A list marker opening a line: a bullet or dash ("- ", "• ", "· ", "– "), a number with a
 * point or bracket ("1. ", "2) "), or, before Japanese or Chinese text, a bare number
 * ("1 河野大臣は", as MOFA numbers its points). The page sets' annotation conventions
 * (pages-langs-dev README, "List markers … are not part of a sentence"; the Greek "- Speaker: …"
 * dash) keep it out of the sentence. A number followed by a lower-case word or a digit is no
 * marker ("1. april", "10. 5. 2024"), nor one before a Han date ("5 月").
 */
const LIST_MARKER =
  /^(?:[-–—•·*▪►◦‣]|\p{Nd}{1,2}[.)](?=\s+[^\p{Ll}\p{Nd}])|\p{Nd}{1,2}(?=\s+(?![年月日号時])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))\s+/u;

/**
 * Length of the list marker (with the white space after it) that opens `text`, or 0.
 * Text that is nothing but a marker has none: there is no sentence after it to free.
 *
 * @example
 * listMarkerLength("• no violation of Article 5"); // 2
 * listMarkerLength("1. Foreign Minister Kono …"); // 3
 * listMarkerLength("10. april kwam hij"); // 0
 */
export function listMarkerLength(text: string): number {
  const match = LIST_MARKER.exec(text);
  if (!match || match[0].length >= text.length) return 0;
  return match[0].length;
}
