import { SENTENCE_RULE_LANGUAGES } from "@tandem/segment";
import { TandemError } from "@tandem/segment/errors";

/**
 * A yargs `coerce` for a language option (`--source-lang`, `--lang`, …): lower-cases it
 * and accepts only a language tandem has sentence rules for. "zz", "eng" or "english"
 * would otherwise pass and fail much later as an article "with no sentences".
 *
 * @example
 * .option("lang", { type: "string", coerce: languageCode("--lang") })
 */
export function languageCode(flag: string): (value: unknown) => string {
  return (value) => {
    if (Array.isArray(value)) throw new TandemError("USAGE", `${flag} is given ${value.length} times; give it once`);
    const code = String(value).trim().toLowerCase();
    if (!SENTENCE_RULE_LANGUAGES.includes(code)) {
      throw new TandemError(
        "USAGE",
        `${flag} "${String(value)}" is not a supported language; use one of ${[...SENTENCE_RULE_LANGUAGES].sort().join(", ")}`,
      );
    }
    return code;
  };
}
