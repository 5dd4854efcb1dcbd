/**
 * Close languages that detectors confuse on real pages. eld has no Indonesian and calls it
 * Malay; it calls Serbian in Latin script Croatian; Ukrainian and Russian, Norwegian and
 * Danish, Chinese and Japanese (a line of kanji only) swap on short lines. Within a family,
 * a line never counts as foreign to the document, and the document's member is chosen once,
 * from the whole text, by {@link chooseFamilyMember}, so detection cannot flip a page
 * between them. A code the user gives always wins.
 */
export const LANGUAGE_FAMILIES: readonly (readonly string[])[] = Object.freeze([
  ["id", "ms"],
  ["no", "nb", "nn", "da"],
  ["hr", "sr", "bs"],
  ["uk", "ru", "be"],
  ["zh", "ja"],
]);

/**
 * The family of a language: its own code alone when it belongs to none.
 *
 * @example
 * languageFamily("ms"); // ["id", "ms"]
 * languageFamily("pl"); // ["pl"]
 */
export function languageFamily(lang: string): readonly string[] {
  return LANGUAGE_FAMILIES.find((family) => family.includes(lang)) ?? [lang];
}

/**
 * Whether two codes are one language for comparison: equal, or in one family.
 *
 * @example
 * sameLanguageFamily("id", "ms"); // true
 * sameLanguageFamily("uk", "pl"); // false
 */
export function sameLanguageFamily(a: string, b: string): boolean {
  return a === b || languageFamily(a).includes(b);
}

/**
 * Families that are one written language for pairing documents: a page in Indonesian and its copy
 * detected as Malay, a Serbian page and its Croatian-detected twin (or its Latin-script copy), a
 * Norwegian and a Danish-detected page are the same text twice, not a translation. Narrower than
 * {@link LANGUAGE_FAMILIES}: Ukrainian and Russian, and Chinese and Japanese, are translated into
 * each other and are paired.
 */
export const WRITTEN_LANGUAGES: readonly (readonly string[])[] = Object.freeze([
  ["id", "ms"],
  ["no", "nb", "nn", "da"],
  ["hr", "sr", "bs"],
]);

/**
 * Whether two documents' languages are one written language, so the two are never paired as a
 * translation of each other (see {@link WRITTEN_LANGUAGES}).
 *
 * @example
 * oneWrittenLanguage("id", "ms"); // true
 * oneWrittenLanguage("uk", "ru"); // false
 */
export function oneWrittenLanguage(a: string, b: string): boolean {
  return writtenLanguageOf(a) === writtenLanguageOf(b);
}

/**
 * One code for each written language: the first member of its {@link WRITTEN_LANGUAGES} family
 * ("ms" → "id", "bs" → "hr"), the code itself outside them; a key to group documents by.
 *
 * @example
 * writtenLanguageOf("nb"); // "no"
 */
export function writtenLanguageOf(lang: string): string {
  return WRITTEN_LANGUAGES.find((family) => family.includes(lang))?.[0] ?? lang;
}

const words = (text: string, list: readonly string[]): number => {
  const set = new Set(list);
  let count = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (set.has(word)) count++;
  return count;
};

// Everyday words where Indonesian and Malay differ (Indonesian first in each pair): karena/kerana,
// bisa/boleh, uang/wang, pemerintah/kerajaan, polisi/polis, kemarin/semalam, agar/supaya,
// setelah/selepas, pernyataan/kenyataan, anggota/ahli, internasional/antarabangsa, yaitu/iaitu,
// saja/sahaja, serikat/syarikat, mengatakan/berkata.
const INDONESIAN = ["karena", "bisa", "uang", "pemerintah", "polisi", "kemarin", "agar", "setelah", "pernyataan", "anggota",
  "internasional", "yaitu", "saja", "serikat", "mengatakan", "pengadilan", "tersebut", "sejak", "kota", "kantor"];
const MALAY = ["kerana", "boleh", "wang", "kerajaan", "polis", "semalam", "supaya", "selepas", "kenyataan", "ahli",
  "antarabangsa", "iaitu", "sahaja", "syarikat", "berkata", "mahkamah", "beliau", "ialah", "menerusi", "jabatan", "bandar"];
// Serbian is ekavian (vreme, predsednik), Croatian and Bosnian ijekavian (vrijeme, predsjednik);
// Bosnian shares Serbian words (hiljada, šta, Evropa, januar) where Croatian has its own
// (tisuća, što, Europa, siječanj).
const EKAVIAN = /\b(?:vrem|predsedni|mest[aou]?\b|svet[auo]?\b|gde\b|deca\b|dete\b|vest[ie]?\b|sednic|uvek\b|reč|nedelj|lep[aoi]?\b|bel[aoi]?\b|cen[aeu]\b|reka\b|mleko|dva veka|pesm)/giu;
const IJEKAVIAN = /\b(?:vrijem|predsjedni|mjest|svijet|gdje\b|djeca\b|dijete\b|vijest|sjednic|uvijek\b|riječ|nedjelj|lijep|bijel|cijen|rijek|mlijek|stoljeć|pjesm)/giu;
const SERBIAN_WORDS = ["hiljada", "hiljade", "šta", "evropa", "evrope", "evropi", "evropske", "evropski", "januar", "februar", "mart", "maj", "jun",
  "jul", "avgust", "septembar", "oktobar", "novembar", "decembar", "opština", "saradnja", "saradnje", "takođe", "bezbednost", "istorija"];
const CROATIAN_WORDS = ["tisuća", "tisuće", "tko", "europa", "europe", "europi", "europske", "europski", "siječanj", "veljača", "ožujak", "travanj",
  "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "listopad", "studeni", "prosinac", "općina", "suradnja", "suradnje", "također",
  "sigurnost", "povijest"];

/**
 * The member of a language's family that a whole text is written in, from evidence only a
 * page gives: Indonesian unless Malay words outnumber Indonesian ones (eld knows no
 * Indonesian, and Indonesian has far more pages); Serbian for Cyrillic or ekavian text,
 * Bosnian for ijekavian text with Serbian words, Croatian otherwise; Japanese for Han text with
 * kana, Chinese without; Ukrainian for Cyrillic with і ї є ґ and none of ы э ъ ё, Russian for the
 * opposite, Belarusian for ў. Languages outside a family, and no/da, come back as detected.
 *
 * @example
 * chooseFamilyMember("ms", "Pemerintah Indonesia mengatakan bahwa polisi sudah tiba."); // "id"
 * chooseFamilyMember("hr", "Predsednik je rekao da je vreme za razgovor."); // "sr"
 */
export function chooseFamilyMember(detected: string, text: string): string {
  const family = languageFamily(detected);
  if (family.includes("ms")) return words(text, MALAY) > words(text, INDONESIAN) ? "ms" : "id";
  if (family.includes("hr")) {
    if (/\p{Script=Cyrillic}/u.test(text) && !/\p{Script=Latin}{3}/u.test(text.replace(/\p{Script=Cyrillic}/gu, ""))) return "sr";
    const ekavian = text.match(EKAVIAN)?.length ?? 0;
    const ijekavian = text.match(IJEKAVIAN)?.length ?? 0;
    if (ekavian > ijekavian) return "sr";
    if (ijekavian > ekavian) return words(text, SERBIAN_WORDS) > words(text, CROATIAN_WORDS) ? "bs" : "hr";
    return detected;
  }
  if (family.includes("ja")) {
    // A Chinese page may quote one Japanese name in kana; Japanese prose is full of it.
    const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    return kana * 20 >= kana + han && kana > 0 ? "ja" : "zh";
  }
  if (family.includes("uk")) {
    const ukrainian = text.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0;
    const russian = text.match(/[ыэъёЫЭЪЁ]/gu)?.length ?? 0;
    const belarusian = text.match(/[ўЎ]/gu)?.length ?? 0;
    if (belarusian > 0 && belarusian * 4 >= ukrainian) return "be";
    if (ukrainian > 0 && russian === 0) return "uk";
    if (russian > 0 && ukrainian === 0) return "ru";
    return detected;
  }
  return detected;
}
