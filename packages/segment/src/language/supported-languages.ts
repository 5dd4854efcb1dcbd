import { TandemError } from "../errors.js";

/**
 * The languages whose cleaning and sentence rules were tuned on real pages (ISO 639-1). Every
 * other language is accepted too (see {@link checkLanguage}): it gets the script's end marks,
 * the generic rules and, where the sentence rules have one, its own abbreviation list; the CLI
 * prints a `note:` saying what it lacks. Language identification prefers these on a close call.
 */
export const SUPPORTED_LANGUAGES: readonly string[] = ["nl", "en", "fr", "de", "es", "it", "pt", "zh", "vi"];

// ICU (Node ships full ICU) names every ISO 639-1 code; an unknown code comes back as itself.
// Built at the first use: loading ICU's display names takes about 20 ms, which `tandem align`
// on detected languages never needs.
let names: Intl.DisplayNames | undefined;
const displayNames = () => (names ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "code" }));

/**
 * A language code as tandem uses it: the ISO 639-1 code, lower-cased. Anything that
 * canonicalises to one is taken ("PT", "pt-BR", "sr-Latn", "zh_Hant", deprecated "iw" and
 * "in", three-letter "eng" → "en"); anything else is a LANG_UNSUPPORTED error. No language is
 * refused for being little known: the user's code wins over detection.
 *
 * @example
 * checkLanguage("ES"); // "es"
 * checkLanguage("th"); // "th"
 * checkLanguage("pt-BR"); // "pt"
 * checkLanguage("zz"); // throws TandemError LANG_UNSUPPORTED: "'zz' is not an ISO 639-1 language code …"
 */
export function checkLanguage(code: string, at: { file?: string; line?: number } = {}): string {
  const lang = toIso6391(code);
  if (lang !== undefined) return lang;
  throw new TandemError(
    "LANG_UNSUPPORTED",
    `'${code}' is not an ISO 639-1 language code (two letters, e.g. en, ru, ja, ar, hi, th)`,
    at,
  );
}

/** The ISO 639-1 code a tag stands for, or undefined. */
function toIso6391(code: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(code.trim().replace(/_/gu, "-"))[0];
  } catch {
    return undefined;
  }
  const lang = canonical?.split("-")[0]?.toLowerCase();
  if (lang === undefined || !/^[a-z]{2}$/u.test(lang)) return undefined;
  return displayNames().of(lang) !== lang ? lang : undefined;
}

/**
 * The English name of a language code, for messages: "Thai" for "th".
 *
 * @example
 * languageName("uk"); // "Ukrainian"
 */
export function languageName(lang: string): string {
  return displayNames().of(lang) ?? lang;
}

const usualScripts = new Map<string, string | undefined>();

/**
 * The ISO 15924 code of the script a language is usually written in (CLDR's likely subtags
 * through ICU), or undefined for a code ICU cannot expand.
 *
 * @example
 * usualScript("ru"); // "Cyrl"
 * usualScript("sw"); // "Latn"
 */
export function usualScript(lang: string): string | undefined {
  if (!usualScripts.has(lang)) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(lang).maximize().script;
    } catch {
      script = undefined;
    }
    usualScripts.set(lang, script);
  }
  return usualScripts.get(lang);
}
