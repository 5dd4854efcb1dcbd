import { stemmer as indonesian } from "@orama/stemmers/indonesian";
import { stemmer as turkish } from "@orama/stemmers/turkish";

/**
 * Languages whose words a six-letter stem does not reach the dictionary's root from: Indonesian
 * writes prefixes as well as endings ("berbicara", "menyoroti", "pentingnya"), so a word's first
 * letters are the prefix's, and its dictionaries list the root ("bicara", "sorot", "penting");
 * Malay shares its affixes (detectors confuse the two; see the id/ms family). Turkish roots are
 * short and take chains of endings ("fiyatları" its prices, "ülkenin" the country's), so six
 * letters hold an ending ("fiyatl", "ulkeni") where the headword is "fiyat", "ülke".
 */
const ROOTS: Readonly<Record<string, (word: string) => string>> = { id: indonesian, ms: indonesian, tr: turkish };

/** Shortest root worth a lookup: shorter ones are a prefix's leftovers ("kembali" → "mbali" is wrong already). */
const MIN_ROOT = 4;

/** Whether `wordRoot` can take affixes off words of `lang`. */
export function hasWordRoots(lang: string | undefined): boolean {
  return lang !== undefined && lang in ROOTS;
}

/**
 * A folded word's root without its affixes, by the Snowball stemmer of its language (from
 * `@orama/stemmers`), for a second dictionary lookup when the word as written is not found;
 * undefined when the language has none, or the root is the word or too short to say much.
 * The word itself stays what names, numbers and cognates are matched by ("Menteri" is not
 * "teri", "Direktur" not "rektur").
 *
 * @example
 * wordRoot("menyoroti", "id") // "sorot"
 * wordRoot("fiyatlari", "tr") // "fiyat"
 * wordRoot("berbicara", "en") // undefined
 */
export function wordRoot(word: string, lang: string | undefined): string | undefined {
  const root = lang === undefined ? undefined : ROOTS[lang]?.(word);
  return root !== undefined && root !== word && root.length >= MIN_ROOT ? root : undefined;
}
