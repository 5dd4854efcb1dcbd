import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
// The light entry: `tandem --help` loads no more of segment than this.
import { setCacheStore, type CacheStore } from "@tandem/segment/cache-store";
import { tandemCacheDir } from "./tandem-cache-dir.js";

/**
 * One of tandem's data folders (word lists converted at setup): `$VARIABLE` when set, else
 * `$XDG_DATA_HOME/tandem/FOLDER`, else `~/.local/share/tandem/FOLDER`.
 *
 * @example
 * tandemDataDir("TANDEM_WORDNET_DIR", "wordnet", { HOME: "/home/ann" }) // "/home/ann/.local/share/tandem/wordnet"
 */
export function tandemDataDir(variable: string, folder: string, environment: NodeJS.ProcessEnv = process.env): string {
  if (environment[variable]) return environment[variable]!;
  const dataHome = environment.XDG_DATA_HOME || path.join(environment.HOME || os.homedir(), ".local", "share");
  return path.join(dataHome, "tandem", folder);
}

/**
 * Writes one file of a cache folder whole or not at all: through a temporary file named per
 * process and thread (the corpus's lanes are threads of one process and may write one cache
 * file at once), then renamed. A cache that cannot be written is never an error.
 */
export function writeCacheFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // The removal can fail too (a file where the folder should be): still no error.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/**
 * The libraries' cache store over a folder: an entry is a file of that name. Unreadable
 * entries read as missing; unwritable ones are not kept.
 */
export function folderCacheStore(dir: string): CacheStore {
  return {
    read(name) {
      try {
        return readFileSync(path.join(dir, name));
      } catch {
        return undefined;
      }
    },
    write(name, text) {
      writeCacheFile(path.join(dir, name), text);
    },
  };
}

/**
 * Gives the libraries the language cache folder (eld's table, ICU's month names):
 * `$TANDEM_LANGUAGE_CACHE`, else `$XDG_CACHE_HOME/tandem/languages`, else
 * `~/.cache/tandem/languages`; "off" keeps none. Every entry point of the CLI (the command,
 * the corpus lanes, the queue's worker threads) calls it before `@tandem/segment` is loaded,
 * whose language detector reads the store when its module is evaluated.
 */
export function useLanguageCacheFolder(environment: NodeJS.ProcessEnv = process.env): void {
  const dir = tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", environment);
  setCacheStore(dir ? folderCacheStore(dir) : undefined);
}
