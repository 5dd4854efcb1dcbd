import { languageName, SUPPORTED_LANGUAGES, usualScript } from "./language/supported-languages.js";
import { SENTENCE_RULE_LANGUAGES } from "./sentences/sentence-rule-languages.js";

// Scripts that put no mark at a sentence's end (Thai and Lao have clause openers in sentences/lang/th.ts, lo.ts).
const UNMARKED_SCRIPTS = new Set(["Thai", "Laoo"]);

/**
 * What tandem lacks for a language, as lines the CLI prints after `note: `. Empty for a
 * language with its own sentence rules. A language without them still gets a path: the end
 * marks of its script (. ! ? । ؟ ። ။ …) and the English abbreviation list, or one sentence per
 * line in a script without end marks. The lexicon side adds its own notes (no dictionary).
 *
 * @example
 * languageSupportNotes("ko"); // ["ko (Korean): no sentence rules of its own: sentences end at the script's end marks (. ! ? …), abbreviations as in English"]
 * languageSupportNotes("ru"); // []
 */
export function languageSupportNotes(lang: string): string[] {
  if (SENTENCE_RULE_LANGUAGES.includes(lang) || SUPPORTED_LANGUAGES.includes(lang)) return [];
  const name = `${lang} (${languageName(lang)})`;
  const script = usualScript(lang);
  if (script !== undefined && UNMARKED_SCRIPTS.has(script)) {
    return [`${name}: no sentence rules of its own and no end marks in its script: each line is one sentence`];
  }
  return [`${name}: no sentence rules of its own: sentences end at the script's end marks (. ! ? …), abbreviations as in English`];
}
