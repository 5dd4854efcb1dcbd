import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { hanReadingLang, parseUnihanReadings, PINYIN, pinyinSide, UNIHAN_READING_FIELDS, type HanReadings } from "@tandem/align";

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

/** Unihan's readings of Chinese characters in `lang` (vi, ko), read once a process; undefined without the files. */
export function readHanReadings(lang: string): Promise<HanReadings | undefined> {
  const dir = unihanDirectory();
  let pending = loaded.get(`${dir}\u0000${lang}`);
  if (!pending) {
    pending = (async () => {
      const readings = await readUnihanFile(dir, "Unihan_Readings.txt");
      if (readings === undefined) return undefined;
      return parseUnihanReadings(readings, lang, (await readUnihanFile(dir, "Unihan_Variants.txt")) ?? "");
    })();
    loaded.set(`${dir}\u0000${lang}`, pending);
  }
  return pending;
}

/** The Unihan readings file as installed (plain or bzip2-compressed), for cache keys; undefined when absent. */
export async function unihanReadingsFile(): Promise<string | undefined> {
  const plain = path.join(unihanDirectory(), "Unihan_Readings.txt");
  for (const file of [plain, `${plain}.bz2`]) if (await fs.stat(file).then(() => true, () => false)) return file;
  return undefined;
}

/**
 * The readings of Chinese characters in the Vietnamese or Korean side of a pair whose other side
 * is Chinese or Japanese (Unihan's kVietnamese / kHangul, from Debian's `unicode-data`), and their
 * Mandarin pinyin when the pair is Chinese and a language that writes Chinese names in Latin
 * letters (kMandarin, see `pinyinSide`), once per language and process. No readings, and a note
 * saying so, when the files are missing.
 */
export async function loadHanReadings(langs: { sourceLang: string; targetLang: string }): Promise<{ hanReadings?: HanReadings; pinyin?: HanReadings; notes: string[] }> {
  const { sourceLang, targetLang } = langs;
  const lang = hanReadingLang(sourceLang, targetLang) ?? (pinyinSide(sourceLang, targetLang) ? PINYIN : undefined);
  if (!lang) return { notes: [] };
  const dir = unihanDirectory();
  const readings = await readHanReadings(lang);
  const name = lang === PINYIN ? "pinyin" : lang;
  if (!readings) return { notes: [`no Unihan readings in ${dir} (apt-get install unicode-data): Chinese characters are not read as ${name}`] };
  const note = `readings: Unihan ${UNIHAN_READING_FIELDS[lang]} (${readings.readings.size} characters)`;
  return lang === PINYIN ? { pinyin: readings, notes: [note] } : { hanReadings: readings, notes: [note] };
}
