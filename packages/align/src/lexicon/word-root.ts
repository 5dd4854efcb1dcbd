import { stemmer as indonesian } from "@orama/stemmers/indonesian";

/**
 * Languages whose words carry prefixes as well as endings (Indonesian "berbicara", "menyoroti",
 * "pentingnya"), so that the first letters of a word, the stem every other language is matched
 * by, are the prefix's: their dictionaries list the root ("bicara", "sorot", "penting"). Malay
 * shares Indonesian's affixes (detectors confuse the two; see the id/ms family).
 */
const ROOTS: Readonly<Record<string, (word: string) => string>> = { id: indonesian, ms: indonesian };

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
 * wordRoot("berbicara", "en") // undefined
 */
export function wordRoot(word: string, lang: string | undefined): string | undefined {
  const root = lang === undefined ? undefined : ROOTS[lang]?.(word);
  return root !== undefined && root !== word && root.length >= MIN_ROOT ? root : undefined;
}
