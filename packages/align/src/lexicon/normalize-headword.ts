/**
 * Normalises a dictionary headword or translation for lookup: NFKC (FreeDict spells
 * Dutch "ij" as the ligature "ĳ", which NFKC splits), lowercase, parenthesised and
 * bracketed notes removed ("Bank (Geldinstitut)" → "bank"), white space collapsed.
 *
 * @example
 * normalizeHeadword("blĳven (staan)") // "blijven"
 */
export function normalizeHeadword(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
