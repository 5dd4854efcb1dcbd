/**
 * Text reduced to what a reprint or an untranslated copy keeps: letters and digits,
 * lower case, compatibility forms folded. Two lines with the same skeleton say the same.
 */
export const textSkeleton = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
