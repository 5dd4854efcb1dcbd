import { languageFamily } from "@tandem/segment/core";
import { transliterate } from "./transliterate.js";
import { normalizeDigits } from "./normalize-digits.js";
import { cachedMonthNames } from "./month-names-cache.js";

// Per language, built once: ICU formatters are slow to create (eight per call), and the DP's
// inputs ask for every sentence with a digit (Text+Berg ×10: 0.9 s of 5.8 s before).
const patterns = new Map<string, { regex: RegExp; names: Map<string, number> }>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Month names as a language writes them beside a day, taken from ICU (`Intl.DateTimeFormat`)
// rather than from lists of our own: the genitive of Slavic languages and Greek ("31 августа"),
// the short forms ("Aug.", "thg 8"), the standalone name, and Vietnamese "tháng 8". English is
// always added: pages in every language quote English dates.
function monthNames(lang: string): Map<string, number> {
  const names = new Map<string, number>();
  const styles: Intl.DateTimeFormatOptions[] = [{ day: "numeric", month: "long" }, { day: "numeric", month: "short" }, { month: "long" }, { month: "short" }];
  // The whole family: a page detected as Croatian may be Serbian or Bosnian, Ukrainian may be Russian.
  for (const locale of monthLocales(lang)) {
    let formats: Intl.DateTimeFormat[];
    try {
      // The Gregorian names even where a locale's own calendar is another (Persian "fa"): a month
      // of another calendar read as the Gregorian one it overlaps would be a wrong anchor.
      formats = styles.map((style) => new Intl.DateTimeFormat(locale, { ...style, timeZone: "UTC", calendar: "gregory" }));
    } catch {
      continue; // not a locale ICU knows
    }
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2021, month, 23));
      for (const format of formats) {
        const name = format.formatToParts(date).filter((part) => part.type === "month").map((part) => part.value).join("");
        const key = normalizeDigits(name.normalize("NFC").toLowerCase()).replace(/[.॰]$/u, "").trim();
        // Chinese and Japanese month parts are bare numbers ("8"): their dates have a pattern of their own.
        if (key.length >= 2 && !/^\d+$/.test(key) && !names.has(key)) names.set(key, month + 1);
        // Serbian is written in Latin as often as in Cyrillic, and ICU's "sr" months are Cyrillic
        // ("маја"): the transliteration ("maja") is how a Latin page writes them.
        const latin = transliterate(key).toLowerCase();
        if (latin !== key && latin.length >= 3 && /^[a-z]+$/.test(latin) && !names.has(latin)) names.set(latin, month + 1);
      }
    }
  }
  return names;
}

/**
 * Regions whose Gregorian month names differ from the language's default ones in ICU: Arabic
 * news in the Levant and Iraq writes "آب" / "تموز" (often beside "أغسطس"), the Maghreb "غشت" or
 * "أوت"; Austrian German "Jänner", Peruvian and Uruguayan Spanish "setiembre", British English
 * "Sept", Canadian French "juill.", Dari "اگست".
 */
const REGIONAL_LOCALES: Readonly<Record<string, readonly string[]>> = { ar: ["ar-SY", "ar-MA", "ar-DZ"], de: ["de-AT"], es: ["es-PE"], en: ["en-GB"], fr: ["fr-CA"], fa: ["fa-AF"] };

function monthLocales(lang: string): string[] {
  const languages = [...new Set([...languageFamily(lang), lang, "en"])];
  return languages.flatMap((language) => [language, ...(REGIONAL_LOCALES[language] ?? [])]);
}

function patternFor(lang: string): { regex: RegExp; names: Map<string, number> } {
  let pattern = patterns.get(lang);
  if (!pattern) {
    const names = cachedMonthNames(lang, monthLocales(lang), monthNames, [normalizeDigits]);
    const alternation = [...names.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
    const day = "(\\d{1,2})";
    const month = `(${alternation})\\.?`;
    const sources = [
      // 31 August, 31. August, 31 de agosto, le 1er août, 31 tháng 8, 31 августа
      // A case ending ICU does not give may follow the name (Serbian Latin "9. maja" beside ICU's "maj").
      `(?<![\\d.,/])${day}(?:st|nd|rd|th|er|e|º|\\.)?\\s*(?:de\\s+|of\\s+)?${month}\\p{L}{0,2}(?![\\p{L}\\d])`,
      // August 31, Aug. 31st
      `(?<![\\p{L}\\d])${month}(?!\\d)\\s*${day}(?:st|nd|rd|th)?(?![\\d.,]\\d|\\d)`,
      // 8月31日, 8월 31일
      `(?<!\\d)(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号號]`,
      // 31/8, 8/31, 19/7/2024, 7/19/24, 31.08.2024, 31.8.
      `(?<![\\d./-])(\\d{1,2})/(\\d{1,2})(?:/(?:\\d{4}|\\d{2}))?(?![\\d/]|\\.\\d)`,
      `(?<![\\d./-])(\\d{1,2})\\.(\\d{1,2})\\.(?:\\s*\\d{4})?(?!\\d)`,
      // 19.7, 30-3: Vietnamese writes day and month so without a year. A decimal ("3.5") reads as
      // a date too, but its token can only match the same figure on the other side.
      `(?<![\\d./,-])(\\d{1,2})[.-](\\d{1,2})(?![\\d.,/-]\\d|\\d|[.-]\\d)`,
      // 2024-08-31
      `(?<!\\d)\\d{4}-(\\d{2})-(\\d{2})(?!\\d)`,
    ];
    pattern = { regex: new RegExp(sources.map((source) => `(?:${source})`).join("|"), "gu"), names };
    patterns.set(lang, pattern);
  }
  return pattern;
}

/**
 * Every character that NFKC folding and `normalizeDigits` can turn into an ASCII digit: numbers of
 * every script, and the CJK compatibility squares ("㋀" is "1月"), found by trying every code
 * point (date-anchors.test.ts does it again). A sentence with none names no date, and most
 * sentences have none: they skip the normalisation.
 */
export const MAY_HOLD_DIGIT = /[\p{N}\u{32c0}-\u{33ff}]/u;

const token = (month: number, day: number) => (month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${month}m${day}` : undefined);

/**
 * The days of the year a sentence names, as tokens `<month>m<day>` ("8m31") that are the same in
 * every language: "31/8", "31/8/2024", "31 tháng 8", "August 31", "8月31日", "31 августа", "31.08.2024",
 * "2024-08-31", Vietnamese "19.7" and "30-3". Month names come from ICU for `lang` (and English). An ambiguous numeric date
 * ("5/8") gives both readings. Names and numbers carry pairs without a dictionary; a date is a
 * rarer, surer anchor than its two numbers.
 *
 * @example
 * dateAnchors("Ngày 31 tháng 8, đoàn đã đến Hà Nội.", "vi") // ["8m31"]
 * dateAnchors("On August 31 the delegation arrived.", "en") // ["8m31"]
 */
export function dateAnchors(sentence: string, lang: string): string[] {
  if (!MAY_HOLD_DIGIT.test(sentence)) return [];
  const text = normalizeDigits(sentence.normalize("NFKC").toLowerCase());
  if (!/\d/.test(text)) return [];
  const { regex, names } = patternFor(lang);
  const found: string[] = [];
  const add = (value: string | undefined) => {
    if (value && !found.includes(value)) found.push(value);
  };
  for (const match of text.matchAll(regex)) {
    const [, dayA, nameA, nameB, dayB, cjkMonth, cjkDay, slashA, slashB, dotDay, dotMonth, shortDay, shortMonth, isoMonth, isoDay] = match;
    if (dayA && nameA) add(token(names.get(nameA)!, Number(dayA)));
    else if (nameB && dayB) add(token(names.get(nameB)!, Number(dayB)));
    else if (cjkMonth && cjkDay) add(token(Number(cjkMonth), Number(cjkDay)));
    else if (slashA && slashB) {
      add(token(Number(slashB), Number(slashA)));
      add(token(Number(slashA), Number(slashB)));
    } else if (dotDay && dotMonth) add(token(Number(dotMonth), Number(dotDay)));
    else if (shortDay && shortMonth) add(token(Number(shortMonth), Number(shortDay)));
    else if (isoMonth && isoDay) add(token(Number(isoMonth), Number(isoDay)));
  }
  return found;
}
