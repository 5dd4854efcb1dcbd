import { checkLanguage, TandemError } from "@tandem/segment/core";

/**
 * A yargs `coerce` for a language option (`--source-lang`, `--lang`, …): any ISO 639-1 code,
 * canonicalised by segment's checkLanguage ("RU" → "ru", "pt-BR" → "pt", "eng" → "en"). No
 * language is refused for being little known (tandem prints a `note:` of what it lacks);
 * "zz" or "english" is a command-line mistake, caught before any work.
 *
 * @example
 * .option("lang", { type: "string", coerce: languageCode("--lang") })
 */
export function languageCode(flag: string): (value: unknown) => string {
  return (value) => {
    if (Array.isArray(value)) throw new TandemError("USAGE", `${flag} is given ${value.length} times; give it once`);
    try {
      return checkLanguage(String(value));
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      throw new TandemError("USAGE", `${flag} "${String(value)}" is not an ISO 639-1 language code (two letters, e.g. en, ru, ja, ar, hi, th)`);
    }
  };
}
