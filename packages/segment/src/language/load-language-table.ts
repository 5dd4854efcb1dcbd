import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

/** The part of eld's detector that `identify-language.ts` uses. */
export interface LanguageDetector {
  detect(text: string): { getScores(): Record<string, number> };
}

/**
 * Where the language table is kept: `$TANDEM_LANGUAGE_CACHE`, else
 * `$XDG_CACHE_HOME/tandem/languages`, else `~/.cache/tandem/languages`; "off" keeps none.
 */
export function languageCacheDir(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  return tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", environment);
}

/**
 * One of tandem's cache folders: `$VARIABLE` when set ("off" keeps none), else
 * `$XDG_CACHE_HOME/tandem/FOLDER`, else `~/.cache/tandem/FOLDER`.
 */
export function tandemCacheDir(variable: string, folder: string, environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = environment[variable];
  if (override === "off") return undefined;
  if (override) return override;
  const cacheHome = environment.XDG_CACHE_HOME || path.join(environment.HOME || os.homedir(), ".cache");
  return path.join(cacheHome, "tandem", folder);
}

/** eld's own detector factory (not in its exports map, hence reached by file). */
type CreateEld = () => { instance: LanguageDetector; loadData(data: unknown): string };

/** eld's table: its header and, per n-gram, the languages' scores. */
interface NgramsData {
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly ngrams: Record<string, Record<string, number>>;
}

/** eld's detector module and medium table, beside its `eld/medium` entry; undefined when not found. */
function eldFiles(): { detector: string; table: string } | undefined {
  try {
    // A test runner's loader may lack import.meta.resolve: then the package's own node_modules.
    const entry =
      typeof import.meta.resolve === "function"
        ? fileURLToPath(import.meta.resolve("eld/medium"))
        : realpathSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/eld/src/entries/static.medium.js"));
    const url = (file: string) => pathToFileURL(path.join(path.dirname(entry), file)).href;
    return { detector: url("../languageDetector.js"), table: url("../ngrams/medium.js") };
  } catch {
    return undefined;
  }
}

/**
 * The table as lines: its header as JSON, then `ngram<TAB>scores as JSON` sorted by n-gram
 * (UTF-16 order). Undefined for a table whose n-grams a line cannot hold.
 */
function tableText(data: NgramsData): string | undefined {
  const keys = Object.keys(data.ngrams).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.some((key) => /[\t\n\r]/.test(key))) return undefined;
  const lines = [JSON.stringify({ ...data, ngrams: undefined })];
  for (const key of keys) lines.push(`${key}\t${JSON.stringify(data.ngrams[key])}`);
  return `${lines.join("\n")}\n`;
}

/**
 * {@link tableText} read back without parsing it: the n-grams eld asks for (those of the first
 * 1,000 characters of a text, a few hundred) are found by binary search over the lines, and
 * only their scores are parsed, each into the object the table module holds (same keys, same
 * values, same order).
 */
function lazyTable(text: string): NgramsData {
  const firstEnd = text.indexOf("\n");
  const header = JSON.parse(text.slice(0, firstEnd)) as Omit<NgramsData, "ngrams">;
  let count = 0;
  for (let at = text.indexOf("\n", firstEnd + 1); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  const starts = new Int32Array(count + 1);
  for (let k = 0, at = firstEnd; k <= count; k++) {
    starts[k] = at + 1;
    at = text.indexOf("\n", at + 1);
  }
  const keyAt = (k: number) => text.slice(starts[k]!, text.indexOf("\t", starts[k]!));
  const find = (key: string): Record<string, number> | undefined => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const probe = keyAt(mid);
      if (probe === key) return JSON.parse(text.slice(starts[mid]! + key.length + 1, starts[mid + 1]! - 1)) as Record<string, number>;
      if (probe < key) low = mid + 1;
      else high = mid - 1;
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
 * n-grams per text (those of the text's first 1,000 characters). So the first run writes the
 * table as sorted lines to {@link languageCacheDir} (named after the size and modification time
 * of eld's file, so another eld version writes its own), and later runs read that file as one
 * string and look up only the n-grams asked for. The detector is eld's own, fed the same scores:
 * the same results. An unreadable or unwritable cache is never an error: the module is imported
 * as before.
 *
 * @example
 * const detector = await loadLanguageTable();
 * detector.detect("Der Berg ist hoch.").getScores().de; // ≈ 0.6
 */
export async function loadLanguageTable(dir = languageCacheDir()): Promise<LanguageDetector> {
  const files = dir ? eldFiles() : undefined;
  let cacheFile: string | undefined;
  if (files && dir) {
    try {
      const stat = statSync(fileURLToPath(files.table));
      cacheFile = path.join(dir, `eld-medium-${stat.size}-${Math.floor(stat.mtimeMs)}.tsv`);
      const table = lazyTable(readFileSync(cacheFile, "utf8"));
      const { createEld } = (await import(files.detector)) as { createEld: CreateEld };
      const { instance, loadData } = createEld();
      if (loadData(table)) return instance;
    } catch {
      // No cache yet (or an unreadable one): written below.
    }
  }
  const { eld: medium } = await import("eld/medium");
  if (files && cacheFile) {
    // Per thread too: the corpus's lanes are threads of one process.
    const temporary = `${cacheFile}.${process.pid}.${threadId}.tmp`;
    try {
      const text = tableText(((await import(files.table)) as { ngramsData: NgramsData }).ngramsData);
      if (text) {
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        writeFileSync(temporary, text);
        renameSync(temporary, cacheFile);
      }
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return medium.newInstance();
}
