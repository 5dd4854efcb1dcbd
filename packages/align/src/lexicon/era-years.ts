// Thailand and Laos date in the Buddhist era, 543 years ahead of the common one: a Thai page
// writes "22 พฤศจิกายน 2561" where its English version writes "22 November 2018".
const BUDDHIST_ERA: Record<string, number> = { th: 543, lo: 543 };

/**
 * The common-era year a number token also names in `lang`'s calendar ("2561" in Thai → "2018"),
 * so the year on both sides of a pair is one token; undefined for other numbers and languages.
 * Only four-digit numbers from 2400 to 2699 (1857–2156 CE) are read as years.
 *
 * @example
 * eraYear("2561", "th") // "2018"
 * eraYear("2561", "en") // undefined
 */
export function eraYear(token: string, lang: string): string | undefined {
  const offset = BUDDHIST_ERA[lang];
  if (offset === undefined || !/^2[4-6]\d\d$/.test(token)) return undefined;
  return String(Number(token) - offset);
}
