import { TandemError } from "../errors.js";

/**
 * The languages tandem segments, cleans and identifies (ISO 639-1). One list for the
 * whole toolkit: the CLI checks `--lang` codes against it, and documents identified as
 * anything else are refused.
 */
export const SUPPORTED_LANGUAGES: readonly string[] = ["nl", "en", "fr", "de", "es", "it", "pt", "zh", "vi"];

/**
 * The code lower-cased, if tandem supports it; otherwise a LANG_UNSUPPORTED error that
 * lists the supported codes.
 *
 * @example
 * checkLanguage("ES"); // "es"
 * checkLanguage("zz"); // throws TandemError LANG_UNSUPPORTED: "unsupported language 'zz'; supported: nl, en, …"
 */
export function checkLanguage(code: string, at: { file?: string; line?: number } = {}): string {
  const lang = code.trim().toLowerCase();
  if (SUPPORTED_LANGUAGES.includes(lang)) return lang;
  // Interim (lang-lex): any ISO 639-1 code gets a path; lang-seg's language families replace this.
  if (/^[a-z]{2}$/.test(lang)) return lang;
  throw new TandemError("LANG_UNSUPPORTED", `unsupported language '${code}'; supported: ${SUPPORTED_LANGUAGES.join(", ")}`, at);
}
