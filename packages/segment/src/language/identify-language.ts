import { INVISIBLE_MARKS } from "../document.js";
import { cacheStore } from "./cache-store.js";
import { loadLanguageTable, loadLanguageTableSync } from "./load-language-table.js";

// The medium n-gram table: as accurate as "large" on sentence-length lines here and
// loads in about half a second instead of one and a half (a fifth of that from the cache
// store the program set, if any: setCacheStore). Loaded without waiting where Node can require
// an ES module (the CLI's start-up script cannot wait: scripts/bundle-cli.mjs), else imported.
const detector = (process.features as { require_module?: boolean }).require_module
  ? loadLanguageTableSync(cacheStore())
  : await loadLanguageTable(cacheStore());

const SCRIPTS: { lang: string; pattern: RegExp }[] = [
  { lang: "ja", pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { lang: "ko", pattern: /\p{Script=Hangul}/gu },
  { lang: "zh", pattern: /\p{Script=Han}/gu },
];

/** The languages the loaded n-gram table has a model of (eld's medium table: 60, no Swahili, Indonesian or Mongolian). */
export const ELD_LANGUAGES: ReadonlySet<string> = new Set(Object.values(detector.info().Languages));

/**
 * Scripts that eld's table does not know, each written by one language with an ISO 639-1 code
 * (eld returned no score at all for a Khmer, Burmese or Sinhala page, and `tandem align`
 * refused it as "too short"). Checked after eld, only when it has no answer, so the scripts
 * it does know (Thai, Lao, Georgian, Armenian, Hebrew, Ethiopic…) keep its verdict.
 */
const SCRIPTS_ELD_LACKS: { lang: string; pattern: RegExp }[] = [
  { lang: "km", pattern: /\p{Script=Khmer}/gu },
  { lang: "my", pattern: /\p{Script=Myanmar}/gu },
  { lang: "si", pattern: /\p{Script=Sinhala}/gu },
  { lang: "bo", pattern: /\p{Script=Tibetan}/gu },
  { lang: "dv", pattern: /\p{Script=Thaana}/gu },
  { lang: "mn", pattern: /\p{Script=Mongolian}/gu },
];

/**
 * Scores of each language for a text, from 0 to 1 (eld's n-gram scores). Texts in a
 * script only one language uses here (Han, kana, Hangul) get that language with 1, and so
 * do texts eld has no answer for in a one-language script it lacks (Khmer, Burmese, Sinhala,
 * Tibetan, Thaana, Mongolian).
 *
 * @example
 * languageScores("De conferentie werd gehouden in Hanoi.").nl; // ≈ 0.7
 */
export function languageScores(raw: string): Record<string, number> {
  // Soft hyphens (U+00AD, `&shy;` in a CMS's HTML) split words for the n-grams without being seen.
  const text = raw.replace(INVISIBLE_MARKS, "");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return {};
  // Script beats n-grams: a Chinese line with a Latin name in it is still Chinese.
  let kana = 0;
  for (const { lang, pattern } of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (lang === "ja") kana = count;
    if (lang === "zh" && count + kana > 0 && (count + kana) * 2 >= letters) return kana > 0 ? { ja: 1 } : { zh: 1 };
    if (lang !== "zh" && lang !== "ja" && count * 2 >= letters) return { [lang]: 1 };
  }
  if (kana * 2 >= letters) return { ja: 1 };
  const scores = detector.detect(text).getScores();
  if (Object.keys(scores).length > 0) return scores;
  for (const { lang, pattern } of SCRIPTS_ELD_LACKS) {
    if ((text.match(pattern)?.length ?? 0) * 2 >= letters) return { [lang]: 1 };
  }
  return scores;
}

/**
 * The language of a text as an ISO 639-1 code, or undefined when there is too little
 * text to tell. With `candidates`, the best-scoring candidate wins, even if another
 * language scores higher: use it when you know the document's languages.
 *
 * @example
 * identifyLanguage("Mr. Phan Anh Son spoke at the conference."); // "en"
 * identifyLanguage("Bonjour à tous", { candidates: ["fr", "nl"] }); // "fr"
 */
export function identifyLanguage(text: string, options: { candidates?: readonly string[] } = {}): string | undefined {
  const scores = languageScores(text);
  const ranked = Object.entries(scores)
    .filter(([lang]) => !options.candidates || options.candidates.includes(lang))
    .sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0];
}
