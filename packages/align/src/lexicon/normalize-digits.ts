// Where each script's decimal digits start (0); Unicode keeps the ten digits of a script in order.
// Full-width digits are NFKC's job. Arabic-Indic, Persian (Extended Arabic-Indic), Devanagari,
// Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan,
// Myanmar, Khmer, Mongolian.
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810];
/** The lowest digit `normalizeDigits` rewrites: a text with no character from here up has none. */
export const FIRST_OTHER_DIGIT = Math.min(...ZEROS);
const OTHER_DIGITS = new RegExp(`[${ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join("")}]`, "gu");

/**
 * Writes the decimal digits of every script as ASCII digits, so that "٣١", "۳۱", "३१", "৩১" and
 * "๓๑" are the number 31 on both sides of a pair. Other characters are left as they are.
 *
 * @example
 * normalizeDigits("٢٠٢٤ م") // "2024 م"
 */
export function normalizeDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (digit) => {
    const code = digit.codePointAt(0)!;
    for (const zero of ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
    return digit;
  });
}
