import { createRequire } from "node:module";

type Stem = (word: string) => string;

// Snowball stemmers (`@orama/stemmers`, Apache-2.0: the Snowball project's algorithms compiled to
// JavaScript), one small module per language, required at a language's first word: a pair of
// languages without one never reads any. Each call is a plain `require("…")` with its name
// written out, which scripts/bundle-cli.mjs resolves where the code runs bundled.
const requireHere = typeof require === "function" ? undefined : createRequire(import.meta.url);
const load = (bundled: () => unknown, name: string): Stem => ((requireHere ? requireHere(name) : bundled()) as { stemmer: Stem }).stemmer;
const LOADERS: Readonly<Record<string, () => Stem>> = {
  ar: () => load(() => require("@orama/stemmers/arabic"), "@orama/stemmers/arabic"),
  bg: () => load(() => require("@orama/stemmers/bulgarian"), "@orama/stemmers/bulgarian"),
  da: () => load(() => require("@orama/stemmers/danish"), "@orama/stemmers/danish"),
  de: () => load(() => require("@orama/stemmers/german"), "@orama/stemmers/german"),
  el: () => load(() => require("@orama/stemmers/greek"), "@orama/stemmers/greek"),
  en: () => load(() => require("@orama/stemmers/english"), "@orama/stemmers/english"),
  es: () => load(() => require("@orama/stemmers/spanish"), "@orama/stemmers/spanish"),
  fi: () => load(() => require("@orama/stemmers/finnish"), "@orama/stemmers/finnish"),
  fr: () => load(() => require("@orama/stemmers/french"), "@orama/stemmers/french"),
  hu: () => load(() => require("@orama/stemmers/hungarian"), "@orama/stemmers/hungarian"),
  id: () => load(() => require("@orama/stemmers/indonesian"), "@orama/stemmers/indonesian"),
  it: () => load(() => require("@orama/stemmers/italian"), "@orama/stemmers/italian"),
  lt: () => load(() => require("@orama/stemmers/lithuanian"), "@orama/stemmers/lithuanian"),
  nl: () => load(() => require("@orama/stemmers/dutch"), "@orama/stemmers/dutch"),
  no: () => load(() => require("@orama/stemmers/norwegian"), "@orama/stemmers/norwegian"),
  pt: () => load(() => require("@orama/stemmers/portuguese"), "@orama/stemmers/portuguese"),
  ro: () => load(() => require("@orama/stemmers/romanian"), "@orama/stemmers/romanian"),
  ru: () => load(() => require("@orama/stemmers/russian"), "@orama/stemmers/russian"),
  sr: () => load(() => require("@orama/stemmers/serbian"), "@orama/stemmers/serbian"),
  sv: () => load(() => require("@orama/stemmers/swedish"), "@orama/stemmers/swedish"),
  tr: () => load(() => require("@orama/stemmers/turkish"), "@orama/stemmers/turkish"),
};

/**
 * Languages that take a close language's stemmer: Malay's affixes are Indonesian's (meN-, ber-,
 * -kan, -an), Ukrainian and Belarusian tokens are folded into Russian spelling before matching
 * (`foldEastSlavic`), Croatian and Bosnian inflect as Serbian does, Bokmål and Nynorsk as Norwegian.
 */
const CLOSE: Readonly<Record<string, string>> = { ms: "id", uk: "ru", be: "ru", hr: "sr", bs: "sr", nb: "no", nn: "no" };

const loaded = new Map<string, Stem | undefined>();

/** The Snowball stemmer of a language (or of the close language it borrows one from), if any. */
function stemmerOf(lang: string): Stem | undefined {
  const code = CLOSE[lang] ?? lang;
  if (loaded.has(code)) return loaded.get(code);
  const stem = LOADERS[code]?.();
  loaded.set(code, stem);
  return stem;
}

/** Whether `inflectionStem` has a stemmer for the language. */
export function hasInflectionStemmer(lang: string | undefined): boolean {
  return lang !== undefined && LOADERS[CLOSE[lang] ?? lang] !== undefined;
}

/**
 * A folded token's Snowball stem in its language, when the language has a stemmer and the stem
 * differs from the token; undefined otherwise. The lexicon's stems are the first few letters of a
 * word, which miss an inflection inside them: a short word whose ending changes ("страна" /
 * "стране", "sobota" / "sobotę", English "thank" / "thanked") or a prefix (Indonesian "soroti" /
 * "menyoroti", "tingkat" / "peningkatan"). Headwords and running text are both looked up by it.
 *
 * @example
 * inflectionStem("мнениями", "ru") // "мнен" (as of "мнение")
 * inflectionStem("menyoroti", "ms") // "sorot"
 */
export function inflectionStem(token: string, lang: string | undefined): string | undefined {
  if (lang === undefined || token.length < 4 || !/^\p{L}+$/u.test(token)) return undefined;
  const only = process.env.LANGS4_SNOWBALL;
  if (only && !only.split(",").includes(lang)) return undefined;
  const stem = stemmerOf(lang);
  if (!stem) return undefined;
  const result = stem(token);
  return result !== token && result.length >= 3 ? result : undefined;
}
