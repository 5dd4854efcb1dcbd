// Letters that Unicode does not decompose into base + mark, so NFD alone leaves them.
const UNDECOMPOSABLE: Record<string, string> = {
  đ: "d", Đ: "D", ø: "o", Ø: "O", ł: "l", Ł: "L", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ı: "i", ħ: "h", Ħ: "H",
};

/**
 * Removes diacritics, so names match across languages that write them differently:
 * a Vietnamese source writes "Phan Anh Sơn", its Dutch translation "Phan Anh Son".
 * Case and everything else stay as they are.
 *
 * @example
 * foldDiacritics("Sơn"); // "Son"
 * foldDiacritics("coördinatie"); // "coordinatie"
 * foldDiacritics("Đinh Hòa"); // "Dinh Hoa"
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐøØłŁßæÆœŒıħĦ]/gu, (c) => UNDECOMPOSABLE[c] ?? c)
    .normalize("NFC");
}
