import { SUPPORTED_LANGUAGES } from "@tandem/segment";
import { TandemError } from "@tandem/segment/errors";

/**
 * A yargs `coerce` for a language option (`--source-lang`, `--lang`, …): lower-cases it
 * and accepts only a language tandem supports (segment's SUPPORTED_LANGUAGES: sentence
 * rules, cleaning and identification), so the list follows the segmenter. "zz", "eng"
 * or "english" would otherwise pass and fail much later as an article "with no sentences".
 *
 * @example
 * .option("lang", { type: "string", coerce: languageCode("--lang") })
 */
export function languageCode(flag: string): (value: unknown) => string {
  return (value) => {
    if (Array.isArray(value)) throw new TandemError("USAGE", `${flag} is given ${value.length} times; give it once`);
    const code = String(value).trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(code) && !SUPPORTED_LANGUAGES.includes(code)) {
      throw new TandemError(
        "USAGE",
        `${flag} "${String(value)}" is not a supported language; use one of ${[...SUPPORTED_LANGUAGES].sort().join(", ")}`,
      );
    }
    return code;
  };
}
