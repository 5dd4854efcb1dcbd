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

/**
 * Scores of each language for a text, from 0 to 1 (eld's n-gram scores). Texts in a
 * script only one language uses here (Han, kana, Hangul) get that language with 1.
 *
 * @example
 * languageScores("De conferentie werd gehouden in Hanoi.").nl; // ≈ 0.7
 */
export function languageScores(text: string): Record<string, number> {
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
  return detector.detect(text).getScores();
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
