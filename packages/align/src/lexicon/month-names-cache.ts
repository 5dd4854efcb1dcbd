import { createHash } from "node:crypto";
import { cacheStore, type CacheStore } from "@tandem/segment/core";

/**
 * `read(lang)` (the month names of a language's date forms, from ICU), kept between runs in
 * the cache store the program set (`setCacheStore`; the CLI's is its language cache folder,
 * `$TANDEM_LANGUAGE_CACHE`, else ~/.cache/tandem/languages). The first `Intl.DateTimeFormat`
 * of a process costs about 15 ms while ICU loads its calendar data: more than a short
 * document's whole date search. The names depend only on ICU and on the code that reads them,
 * so the entry is named after ICU's version, the source of `read` and of `helpers` (the
 * functions it calls), and the locales. Without a store, or over a damaged entry, the names
 * are read from ICU as before.
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
  store: CacheStore | undefined = cacheStore(),
): Map<string, number> {
  if (!store) return read(lang);
  const key = createHash("sha256")
    .update(JSON.stringify([process.versions.icu, lang, locales, read.toString(), ...helpers.map(String)]))
    .digest("hex")
    .slice(0, 32);
  const name = `months-${key}.json`;
  try {
    const bytes = store.read(name);
    if (bytes) return new Map(JSON.parse(bytes.toString("utf8")) as [string, number][]);
  } catch {
    // A damaged entry: written again below.
  }
  const names = read(lang);
  store.write(name, JSON.stringify([...names]));
  return names;
}
