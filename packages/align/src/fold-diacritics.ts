// Local copy until @tandem/segment exports its own foldDiacritics; the lexical
// scorer needs it now, and align must not import segment's internals.
const SPECIAL: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};

/**
 * Lowercase-insensitive diacritic folding for matching, not display: NFKD, drop
 * combining marks, and spell out the letters NFKD leaves alone (ß, æ, ø, ł…).
 * NFKD also splits FreeDict's "ĳ" ligature into "ij".
 *
 * @example
 * foldDiacritics("coördinatie Sơn Straße") // "coordinatie Son Strasse"
 */
export function foldDiacritics(text: string): string {
  const stripped = text.normalize("NFKD").replace(/\p{M}+/gu, "");
  return /[ßæœøđðłþı]/i.test(stripped)
    ? stripped.replace(/[ßæœøđðłþı]/g, (c) => SPECIAL[c] ?? c).replace(/[ÆŒØĐÐŁÞ]/g, (c) => (SPECIAL[c.toLowerCase()] ?? c).toUpperCase())
    : stripped;
}
