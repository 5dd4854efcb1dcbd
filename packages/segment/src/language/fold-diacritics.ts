// Letters that Unicode does not decompose into base + mark, so NFKD alone leaves them.
const UNDECOMPOSABLE: Record<string, string> = {
  đ: "d", Đ: "D", ð: "d", Ð: "D", ø: "o", Ø: "O", ł: "l", Ł: "L", ß: "ss", æ: "ae", Æ: "AE",
  œ: "oe", Œ: "OE", ı: "i", ħ: "h", Ħ: "H", þ: "th", Þ: "Th",
};

/**
 * Removes diacritics, so names and cognates match across languages that write them
 * differently: a Vietnamese source writes "Phan Anh Sơn", its Dutch translation "Phan Anh
 * Son". For matching, not display: NFKD also splits ligatures (FreeDict writes "ĳ") and
 * full-width forms. Case is kept.
 *
 * @example
 * foldDiacritics("Sơn"); // "Son"
 * foldDiacritics("coördinatie"); // "coordinatie"
 * foldDiacritics("Đinh Hòa, Straße"); // "Dinh Hoa, Strasse"
 */
export function foldDiacritics(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[đĐðÐøØłŁßæÆœŒıħĦþÞ]/gu, (c) => UNDECOMPOSABLE[c] ?? c)
      // NFKD splits Hangul syllables into jamo, which are letters, not marks: put them back.
      .normalize("NFC")
  );
}
