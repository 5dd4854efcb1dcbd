import os from "node:os";
import path from "node:path";

// A module of its own, importing nothing of tandem: bin/run-script.js reads it before the
// program is loaded, to find the code cache.

/**
 * One of tandem's cache folders: `$VARIABLE` when set ("off" keeps none), else
 * `$XDG_CACHE_HOME/tandem/FOLDER`, else `~/.cache/tandem/FOLDER`.
 *
 * @example
 * tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", { XDG_CACHE_HOME: "/x" }) // "/x/tandem/languages"
 */
export function tandemCacheDir(variable: string, folder: string, environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = environment[variable];
  if (override === "off") return undefined;
  if (override) return override;
  const cacheHome = environment.XDG_CACHE_HOME || path.join(environment.HOME || os.homedir(), ".cache");
  return path.join(cacheHome, "tandem", folder);
}
