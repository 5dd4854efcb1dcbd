import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { hanReadingLang, parseUnihanReadings, PINYIN, transliterationSide, UNIHAN_READING_FIELDS, type HanReadings } from "@tandem/align";

import { folderCacheStore } from "../files/cache-folder.js";
import { tandemCacheDir } from "../files/tandem-cache-dir.js";

const run = promisify(execFile);

/** Where Debian's `unicode-data` puts Unihan (`TANDEM_UNIHAN_DIR` overrides). */
export function unihanDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.TANDEM_UNIHAN_DIR ?? "/usr/share/unicode";
}

async function readUnihanFile(dir: string, name: string): Promise<string | undefined> {
  const plain = path.join(dir, name);
  const text = await fs.readFile(plain, "utf8").catch(() => undefined);
  if (text !== undefined) return text;
  // Debian ships the files bzip2-compressed; Node has no bzip2 of its own.
  try {
    const { stdout } = await run("bzip2", ["-dc", `${plain}.bz2`], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

const loaded = new Map<string, Promise<HanReadings | undefined>>();

/** Goes up when the parsed form of the readings changes, so that cached copies are read again. */
const READINGS_CACHE_FORMAT = 2;

/**
 * The cache entry of one language's readings: named by the Unihan files' size and time, so a new
 * `unicode-data` is read afresh. Reading Unihan (bzip2 and 44k lines) takes about 0.7 s; its
 * parsed readings as JSON about 40 ms.
 */
async function readingsCacheName(dir: string, lang: string): Promise<string> {
  const stamps: string[] = [];
  for (const name of ["Unihan_Readings.txt", "Unihan_Variants.txt"]) {
    const file = await installedUnihanFile(dir, name);
    const stat = file ? await fs.stat(file) : undefined;
    stamps.push(stat ? `${stat.size}-${Math.round(stat.mtimeMs)}` : "none");
  }
  const key = createHash("sha256").update(`${READINGS_CACHE_FORMAT}\u0000${path.resolve(dir)}\u0000${stamps.join("\u0000")}`).digest("hex").slice(0, 16);
  return `unihan-${lang}-${key}.json`;
}

/**
 * Unihan's readings of Chinese characters in `lang` (vi, ko, or `PINYIN`), read once a process
 * and kept parsed in the language cache (`TANDEM_LANGUAGE_CACHE`); undefined without the files.
 */
export function readHanReadings(lang: string): Promise<HanReadings | undefined> {
  const dir = unihanDirectory();
  let pending = loaded.get(`${dir}\u0000${lang}`);
  if (!pending) {
    pending = (async () => {
      const cacheDir = tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages");
      const store = cacheDir ? folderCacheStore(cacheDir) : undefined;
      const cacheName = store ? await readingsCacheName(dir, lang) : "";
      const cached = store?.read(cacheName);
      if (cached) {
        try {
          return { lang, readings: new Map(JSON.parse(cached.toString("utf8")) as [string, string[]][]) };
        } catch {
          // unreadable: read Unihan again
        }
      }
      const readings = await readUnihanFile(dir, "Unihan_Readings.txt");
      if (readings === undefined) return undefined;
      const parsed = parseUnihanReadings(readings, lang, (await readUnihanFile(dir, "Unihan_Variants.txt")) ?? "");
      if (parsed && store) store.write(cacheName, JSON.stringify([...parsed.readings]));
      return parsed;
    })();
    loaded.set(`${dir}\u0000${lang}`, pending);
  }
  return pending;
}

/** The Unihan readings file as installed (plain or bzip2-compressed), for cache keys; undefined when absent. */
export function unihanReadingsFile(): Promise<string | undefined> {
  return installedUnihanFile(unihanDirectory(), "Unihan_Readings.txt");
}

/** One Unihan file of `dir` as installed, plain or bzip2-compressed; undefined when absent. */
async function installedUnihanFile(dir: string, name: string): Promise<string | undefined> {
  const plain = path.join(dir, name);
  for (const file of [plain, `${plain}.bz2`]) if (await fs.stat(file).then(() => true, () => false)) return file;
  return undefined;
}

/**
 * The readings of Chinese characters in the Vietnamese or Korean side of a pair whose other side
 * is Chinese or Japanese (Unihan's kVietnamese / kHangul, from Debian's `unicode-data`), and their
 * Mandarin pinyin when the pair is Chinese and a language that writes names in Latin letters
 * (kMandarin, see `pinyinSide` and `transliterationSide`: zh–vi gets both), once per language and
 * process. No readings, and a note saying so, when the files are missing.
 */
export async function loadHanReadings(langs: { sourceLang: string; targetLang: string }): Promise<{ hanReadings?: HanReadings; pinyin?: HanReadings; notes: string[] }> {
  const { sourceLang, targetLang } = langs;
  const wanted = [hanReadingLang(sourceLang, targetLang), transliterationSide(sourceLang, targetLang) ? PINYIN : undefined].filter((lang) => lang !== undefined);
  const out: { hanReadings?: HanReadings; pinyin?: HanReadings; notes: string[] } = { notes: [] };
  const dir = unihanDirectory();
  for (const lang of wanted) {
    const readings = await readHanReadings(lang);
    if (!readings) {
      out.notes.push(`no Unihan readings in ${dir} (apt-get install unicode-data): Chinese characters are not read as ${lang}`);
      continue;
    }
    out.notes.push(`readings: Unihan ${UNIHAN_READING_FIELDS[lang]} (${readings.readings.size} characters)`);
    if (lang === PINYIN) out.pinyin = readings;
    else out.hanReadings = readings;
  }
  return out;
}
