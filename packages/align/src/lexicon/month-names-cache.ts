import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { tandemCacheDir, writeCacheFile } from "@tandem/segment/core";

/**
 * `read(lang)` (the month names of a language's date forms, from ICU), kept between runs in
 * the language cache folder (`$TANDEM_LANGUAGE_CACHE`, else ~/.cache/tandem/languages; "off"
 * keeps none). The first `Intl.DateTimeFormat` of a process costs about 15 ms while ICU loads
 * its calendar data: more than a short document's whole date search. The names depend only on
 * ICU and on the code that reads them, so the file is named after ICU's version, the source of
 * `read` and of `helpers` (the functions it calls), and the locales; an unreadable or
 * unwritable cache is never an error, the names are read from ICU as before.
 *
 * @example
 * const names = cachedMonthNames("de", ["de", "en"], monthNames, [normalizeDigits]);
 * names.get("august"); // 8
 */
export function cachedMonthNames(
  lang: string,
  locales: readonly string[],
  read: (lang: string) => Map<string, number>,
  helpers: readonly ((...args: never[]) => unknown)[],
  dir = tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages"),
): Map<string, number> {
  if (!dir) return read(lang);
  const key = createHash("sha256")
    .update(JSON.stringify([process.versions.icu, lang, locales, read.toString(), ...helpers.map(String)]))
    .digest("hex")
    .slice(0, 32);
  const file = path.join(dir, `months-${key}.json`);
  try {
    return new Map(JSON.parse(readFileSync(file, "utf8")) as [string, number][]);
  } catch {
    // No cache yet (or an unreadable one): written below.
  }
  const names = read(lang);
  writeCacheFile(file, JSON.stringify([...names]));
  return names;
}
