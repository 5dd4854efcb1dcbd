/**
 * ISO 639-1 (what tandem speaks) → ISO 639-3 (what FreeDict names its dictionaries with), for
 * every language a FreeDict dictionary in Debian has, plus the languages `eld` identifies that
 * might get one. The one table of these codes in tandem.
 */
export const ISO_639_3: Readonly<Record<string, string>> = {
  af: "afr", ar: "ara", bg: "bul", bn: "ben", cs: "ces", cy: "cym", da: "dan", de: "deu", el: "ell",
  en: "eng", es: "spa", fa: "fas", fi: "fin", fr: "fra", ga: "gle", he: "heb", hi: "hin", hr: "hrv",
  hu: "hun", id: "ind", is: "isl", it: "ita", ja: "jpn", ko: "kor", ku: "kur", la: "lat", lt: "lit",
  lv: "lav", ms: "msa", nb: "nob", nl: "nld", nn: "nno", no: "nor", pl: "pol", pt: "por", ro: "ron",
  ru: "rus", sk: "slk", sl: "slv", sr: "srp", sv: "swe", sw: "swh", th: "tha", tr: "tur", uk: "ukr",
  ur: "urd", vi: "vie", zh: "zho",
};

/**
 * Languages close enough that one's dictionary serves the other when it has none of its own:
 * Malay and Indonesian share most of their vocabulary (and `eld` calls Indonesian Malay);
 * Bosnian, Croatian and Serbian (Latin script) are one language for a dictionary; Bokmål and
 * Nynorsk are Norwegian. Tried in order, after the language's own dictionaries.
 */
export const CLOSE_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  ms: ["id"], id: ["ms"],
  bs: ["hr", "sr"], hr: ["sr"], sr: ["hr"],
  nb: ["no"], nn: ["no"], no: ["nb"],
  uk: ["ru"], be: ["ru"],
};

/**
 * The FreeDict code of an ISO 639-1 language, or undefined when tandem knows none.
 *
 * @example
 * freedictCode("ru") // "rus"
 */
export function freedictCode(lang: string): string | undefined {
  return ISO_639_3[lang];
}

/**
 * The languages whose dictionaries stand for `lang`: itself first, then its close languages.
 *
 * @example
 * dictionaryLanguages("ms") // ["ms", "id"]
 */
export function dictionaryLanguages(lang: string): readonly string[] {
  return [lang, ...(CLOSE_LANGUAGES[lang] ?? [])];
}
