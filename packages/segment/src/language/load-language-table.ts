import { realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
// A type only: this module is imported unbundled (scripts/bundle-cli.mjs) and loads no first-party code.
import type { CacheStore } from "./cache-store.js";

/** The part of eld's detector that `identify-language.ts` uses. */
export interface LanguageDetector {
  detect(text: string): { getScores(): Record<string, number> };
  /** The table's languages, as eld reports them (`Languages`: index → ISO 639-1 code). */
  info(): { Languages: Record<string, string> };
}

/** eld's own detector factory (not in its exports map, hence reached by file). */
type CreateEld = () => { instance: LanguageDetector; loadData(data: unknown): string };

/** eld's table: its header and, per n-gram, the languages' scores. */
interface NgramsData {
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly ngrams: Record<string, Record<string, number>>;
}

/** eld's `eld/medium` entry, detector module and medium table; undefined when not found. */
function eldFiles(): { entry: string; detector: string; table: string } | undefined {
  try {
    // A test runner's loader may lack import.meta.resolve: then the package's own node_modules.
    const entry =
      typeof import.meta.resolve === "function"
        ? fileURLToPath(import.meta.resolve("eld/medium"))
        : realpathSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/eld/src/entries/static.medium.js"));
    const url = (file: string) => pathToFileURL(path.join(path.dirname(entry), file)).href;
    return { entry: pathToFileURL(entry).href, detector: url("../languageDetector.js"), table: url("../ngrams/medium.js") };
  } catch {
    return undefined;
  }
}

/**
 * The table as lines: its header as JSON, then `ngram<TAB>scores as JSON` sorted by the
 * n-gram's UTF-8 bytes (so a search can compare bytes without decoding the file). Undefined
 * for a table whose n-grams a line cannot hold.
 */
function tableText(data: NgramsData): string | undefined {
  const keys = Object.keys(data.ngrams);
  if (keys.some((key) => /[\t\n\r]/.test(key))) return undefined;
  const bytes = new Map(keys.map((key) => [key, Buffer.from(key, "utf8")]));
  keys.sort((a, b) => Buffer.compare(bytes.get(a)!, bytes.get(b)!));
  const lines = [JSON.stringify({ ...data, ngrams: undefined })];
  for (const key of keys) lines.push(`${key}\t${JSON.stringify(data.ngrams[key])}`);
  return `${lines.join("\n")}\n`;
}

/**
 * {@link tableText} read back as bytes, without decoding or parsing it: the n-grams eld asks
 * for (those of the first 1,000 characters of a text, a few hundred) are found by binary search
 * over the bytes (a line's start is the byte after the newline before the middle), and only
 * their scores are decoded and parsed, each into the object the table module holds (same keys,
 * same values, same order). Nothing is done per line when the file is read: decoding its 2 MB
 * and indexing its 105k lines took longer than the lookups.
 */
function lazyTable(bytes: Buffer): NgramsData {
  const firstEnd = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString("utf8", 0, firstEnd)) as Omit<NgramsData, "ngrams">;
  const find = (key: string): Record<string, number> | undefined => {
    const wanted = Buffer.from(key, "utf8");
    const length = wanted.length;
    let low = firstEnd + 1;
    let high = bytes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = bytes.lastIndexOf(10, mid - 1) + 1;
      // The line's n-gram against `key`, byte by byte (UTF-8 bytes sort as code points do).
      let k = 0;
      let order = 0;
      for (; ; k++) {
        const byte = bytes[start + k]!;
        const ended = byte === 9 || byte === 10;
        if (k === length) {
          order = ended ? 0 : 1;
          break;
        }
        if (ended) {
          order = -1;
          break;
        }
        if (byte !== wanted[k]) {
          order = byte < wanted[k]! ? -1 : 1;
          break;
        }
      }
      if (order === 0) return JSON.parse(bytes.toString("utf8", start + length + 1, bytes.indexOf(10, start + length))) as Record<string, number>;
      if (order < 0) low = bytes.indexOf(10, start + k) + 1;
      else high = start;
    }
    return undefined;
  };
  const ngrams = new Proxy({} as Record<string, Record<string, number>>, {
    get: (_, key) => (typeof key === "string" ? find(key) : undefined),
  });
  return { ...header, ngrams };
}

/**
 * eld's detector over its medium n-gram table. The table is a 2 MB JavaScript module: V8 takes
 * about 0.3 s of CPU and 130 MB to compile and run it, and eld reads a few hundred of its 105k
 * n-grams per text (those of the text's first 1,000 characters). So with a cache `store` the
 * first run keeps the table as sorted lines (named after the size and modification time of
 * eld's file, so another eld version writes its own), and later runs read those bytes and look
 * up only the n-grams asked for. The detector is eld's own, fed the same scores: the same
 * results. Without a store, or over an unreadable entry, the module is imported as before.
 *
 * @example
 * const detector = await loadLanguageTable(cacheStore());
 * detector.detect("Der Berg ist hoch.").getScores().de; // ≈ 0.6
 */
export async function loadLanguageTable(store?: CacheStore): Promise<LanguageDetector> {
  const steps = loadSteps(store);
  let step = steps.next();
  while (!step.done) {
    let loaded: unknown;
    try {
      loaded = await import(step.value);
    } catch (error) {
      step = steps.throw(error);
      continue;
    }
    step = steps.next(loaded);
  }
  return step.value;
}

/**
 * {@link loadLanguageTable} without a promise: eld's ES modules are loaded with `require`, which
 * a Node that can require an ES module offers (20.19 and 22.12 on: `process.features.require_module`).
 * The CLI's start-up script (scripts/bundle-cli.mjs) is a CommonJS script, in which no module
 * can wait for a promise before it is evaluated.
 *
 * @example
 * const detector = loadLanguageTableSync(cacheStore());
 */
export function loadLanguageTableSync(store?: CacheStore): LanguageDetector {
  const load = createRequire(import.meta.url);
  const steps = loadSteps(store);
  let step = steps.next();
  while (!step.done) {
    let loaded: unknown;
    try {
      loaded = load(step.value.startsWith("file:") ? fileURLToPath(step.value) : step.value);
    } catch (error) {
      step = steps.throw(error);
      continue;
    }
    step = steps.next(loaded);
  }
  return step.value;
}

/**
 * The loading of {@link loadLanguageTable}, once for both ways of loading a module: each module it
 * needs is yielded (a file URL, or `eld/medium` when eld's files were not found) and comes back as
 * its namespace, or is thrown back in when it cannot be loaded.
 */
function* loadSteps(store?: CacheStore): Generator<string, LanguageDetector, unknown> {
  const files = eldFiles();
  let name: string | undefined;
  if (files && store) {
    try {
      const stat = statSync(fileURLToPath(files.table));
      // "bytes": lines in UTF-8 byte order (caches of earlier tandem versions sort otherwise).
      name = `eld-medium-${stat.size}-${Math.floor(stat.mtimeMs)}-bytes.tsv`;
      const bytes = store.read(name);
      if (bytes) {
        const table = lazyTable(bytes);
        const { createEld } = (yield files.detector) as { createEld: CreateEld };
        const { instance, loadData } = createEld();
        if (loadData(table)) return instance;
      }
    } catch {
      // No entry yet (or a damaged one): written below.
    }
  }
  const { eld: medium } = (yield files?.entry ?? "eld/medium") as { eld: { newInstance(): LanguageDetector } };
  if (files && store && name) {
    try {
      const text = tableText(((yield files.table) as { ngramsData: NgramsData }).ngramsData);
      if (text) store.write(name, text);
    } catch {
      // eld's table module could not be read: no entry.
    }
  }
  return medium.newInstance();
}
