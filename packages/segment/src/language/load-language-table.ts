import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The part of eld's detector that `identify-language.ts` uses. */
export interface LanguageDetector {
  detect(text: string): { getScores(): Record<string, number> };
}

/**
 * Where the language table is kept as JSON: `$TANDEM_LANGUAGE_CACHE`, else
 * `$XDG_CACHE_HOME/tandem/languages`, else `~/.cache/tandem/languages`; "off" keeps none.
 */
export function languageCacheDir(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = environment.TANDEM_LANGUAGE_CACHE;
  if (override === "off") return undefined;
  if (override) return override;
  const cacheHome = environment.XDG_CACHE_HOME || path.join(environment.HOME || os.homedir(), ".cache");
  return path.join(cacheHome, "tandem", "languages");
}

/** eld's own detector factory (not in its exports map, hence reached by file). */
type CreateEld = () => { instance: LanguageDetector; loadData(data: unknown): string };

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
 * eld's detector over its medium n-gram table. The table is a 2 MB JavaScript module: V8 takes
 * about 0.3 s of CPU and 130 MB to compile and run it, while `JSON.parse` of the same table
 * takes a third of that. So the first run writes the table as JSON to {@link languageCacheDir}
 * (named after the size and modification time of eld's file, so another eld version writes its
 * own), and later runs read that. The detector is eld's, fed the same table: the same scores. An
 * unreadable or unwritable cache is never an error: the module is imported as before.
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
      cacheFile = path.join(dir, `eld-medium-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
      const data: unknown = JSON.parse(readFileSync(cacheFile, "utf8"));
      const { createEld } = (await import(files.detector)) as { createEld: CreateEld };
      const { instance, loadData } = createEld();
      if (loadData(data)) return instance;
    } catch {
      // No cache yet (or an unreadable one): built below.
    }
  }
  const { eld: medium } = await import("eld/medium");
  if (files && cacheFile) {
    try {
      const { ngramsData } = (await import(files.table)) as { ngramsData: unknown };
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeFileSync(temporary, JSON.stringify(ngramsData));
      renameSync(temporary, cacheFile);
    } catch {
      rmSync(`${cacheFile}.${process.pid}.tmp`, { force: true });
    }
  }
  return medium.newInstance();
}
