import { promises as fs } from "node:fs";
import path from "node:path";
import { createLexicon, parseDictd, parseLexiconTsv, type Lexicon, type LexiconDictionary } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";

/** Where Debian's dict-freedict-* packages put their files. `TANDEM_DICTD_DIR` overrides it (tests, other distros). */
export function dictdDirectory(): string {
  return process.env.TANDEM_DICTD_DIR ?? "/usr/share/dictd";
}

// FreeDict names dictionaries with ISO 639-3 codes; tandem speaks ISO 639-1.
const ISO_639_3: Record<string, string> = {
  nl: "nld", en: "eng", de: "deu", fr: "fra", es: "spa", it: "ita", pt: "por", sv: "swe", da: "dan",
  fi: "fin", pl: "pol", cs: "ces", hu: "hun", ru: "rus", tr: "tur", el: "ell", ja: "jpn", zh: "zho",
  ar: "ara", la: "lat", ga: "gle", cy: "cym", is: "isl", no: "nor", nb: "nob", bg: "bul", hr: "hrv",
  sr: "srp", sk: "slk", sl: "slv", lt: "lit", lv: "lav", ro: "ron", af: "afr", id: "ind", ko: "kor",
};

/** A FreeDict dictionary found on disk. */
export interface DictdFiles {
  readonly from: string;
  readonly to: string;
  readonly index: string;
  readonly dict: string;
}

/**
 * The FreeDict dictionaries for a pair, in either direction: for de–fr both
 * `freedict-deu-fra` and `freedict-fra-deu`, when installed.
 */
export async function findDictdFiles(sourceLang: string, targetLang: string, dir = dictdDirectory()): Promise<DictdFiles[]> {
  const source = ISO_639_3[sourceLang];
  const target = ISO_639_3[targetLang];
  if (!source || !target) return [];
  const found: DictdFiles[] = [];
  for (const [from, to, a, b] of [[sourceLang, targetLang, source, target], [targetLang, sourceLang, target, source]] as const) {
    const base = path.join(dir, `freedict-${a}-${b}`);
    const index = `${base}.index`;
    const dictz = `${base}.dict.dz`;
    const plain = `${base}.dict`;
    if (!(await exists(index))) continue;
    const dict = (await exists(dictz)) ? dictz : (await exists(plain)) ? plain : undefined;
    if (dict) found.push({ from, to, index, dict });
  }
  return found;
}

async function exists(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Builds the lexicon for a pair from the installed FreeDict dictionaries (both directions)
 * and an optional user TSV (`source<TAB>target` lines). Returns no lexicon when there is
 * none, with a note saying what was used.
 *
 * @throws TandemError LEXICON_MISSING when `lexiconFile` does not exist, LEXICON_BAD_LINE /
 *   DICTD_BAD for malformed files (naming file and line).
 */
export async function loadLexicon(options: {
  sourceLang: string;
  targetLang: string;
  lexiconFile?: string;
}): Promise<{ lexicon?: Lexicon; notes: string[] }> {
  const dictionaries: LexiconDictionary[] = [];
  const used: string[] = [];
  if (options.lexiconFile) {
    const text = await fs.readFile(options.lexiconFile, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new TandemError("LEXICON_MISSING", `cannot read lexicon: ${error.code ?? error.message}`, { file: options.lexiconFile });
    });
    dictionaries.push({ from: options.sourceLang, to: options.targetLang, entries: parseLexiconTsv(text, options.lexiconFile) });
    used.push(path.basename(options.lexiconFile));
  }
  for (const files of await findDictdFiles(options.sourceLang, options.targetLang)) {
    const [index, dict] = await Promise.all([fs.readFile(files.index, "utf8"), fs.readFile(files.dict)]);
    dictionaries.push({ from: files.from, to: files.to, entries: parseDictd(index, dict, files.index) });
    used.push(path.basename(files.index, ".index"));
  }
  if (dictionaries.length === 0) return { notes: [] };
  const lexicon = createLexicon({ sourceLang: options.sourceLang, targetLang: options.targetLang, dictionaries });
  return { lexicon, notes: [`lexicon: ${used.join(" + ")} (${lexicon.forward.size} + ${lexicon.backward.size} headwords)`] };
}
