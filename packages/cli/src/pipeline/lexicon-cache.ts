import { createHash } from "node:crypto";
import { createReadStream, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { compileLexicon, restoreLexicon, LEXICON_FORMAT, type CompiledLexicon, type Lexicon } from "@tandem/align";
import { writeCacheFile } from "../files/cache-folder.js";
import { tandemCacheDir } from "../files/tandem-cache-dir.js";
import { LazyEntries } from "./lazy-entries.js";
import { LazyStemMap, LazyWordSet, SortedLines } from "./sorted-lines.js";

/**
 * Where compiled lexicons go: `$XDG_CACHE_HOME/tandem/lexicons`, else `~/.cache/tandem/lexicons`.
 * `TANDEM_LEXICON_CACHE` overrides it; `TANDEM_LEXICON_CACHE=off` turns the cache off.
 */
export function lexiconCacheDir(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  return tandemCacheDir("TANDEM_LEXICON_CACHE", "lexicons", environment);
}

/** What a cached lexicon was built from: each input file as it was then. */
interface SourceFile {
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/**
 * The cache file: the compiled lexicon without its headword maps, and their sizes. The maps are
 * in a second file, `NAME.entries.json`, read only when something asks for them (de–en: 5 MB
 * read at start instead of 48 MB). The stem index (all the scorer reads) is in a third,
 * `NAME.stems.txt`: sorted lines, looked up by binary search without being parsed (see
 * {@link SortedLines}); `index` says where each of its sections is. A lexicon whose words a
 * line cannot hold keeps its stem index in `lexicon` instead.
 */
interface CacheEntry {
  readonly sources: SourceFile[];
  readonly lexicon: CompiledLexicon;
  readonly forwardSize: number;
  readonly backwardSize: number;
  readonly index?: Record<IndexSection, { from: number; to: number; size: number }>;
}

/** The sections of `NAME.stems.txt`, in order. */
const INDEX_SECTIONS = ["stems", "words", "hanWords", "targetStems"] as const;
type IndexSection = (typeof INDEX_SECTIONS)[number];

/** The second cache file: the headword maps. */
interface CacheEntries {
  readonly forward: [string, string[]][];
  readonly backward: [string, string[]][];
}

/** Bump when the cache's file layout changes (the lexicon's own format is LEXICON_FORMAT). */
const CACHE_LAYOUT = 3;

function readTextOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function describe(file: string, known?: SourceFile): Promise<SourceFile> {
  const stat = await fs.stat(file);
  // Same size and modification time: the file is taken as unchanged without reading it.
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return known;
  return { file, size: stat.size, mtimeMs: stat.mtimeMs, sha256: await sha256Of(file) };
}

/**
 * A lexicon compiled once and kept on disk: the first run builds it with `build` (parsing the
 * dictionaries, merging, the stem index) and writes it; later runs read it, which for de–en
 * is seconds faster. The cache file is named after the pair, the input files and the format
 * version; it is rebuilt when an input's content changes (size or mtime changed and then
 * its SHA-256 differs). An unreadable or unwritable cache is never an error: the lexicon is
 * built as if there were none.
 *
 * @example
 * const { lexicon, cached } = await cachedLexicon({ key: "de-fr", files, stemLength: 6, build });
 */
export async function cachedLexicon(options: {
  /** Names the pair and anything else the lexicon depends on besides the files. */
  key: string;
  files: readonly string[];
  stemLength: number;
  build: () => Promise<Lexicon | undefined>;
  dir?: string;
}): Promise<{ lexicon?: Lexicon; cached: boolean }> {
  const dir = options.dir ?? lexiconCacheDir();
  if (!dir) return { lexicon: await options.build(), cached: false };
  const files = options.files.map((file) => path.resolve(file));
  const name = createHash("sha256")
    .update(JSON.stringify({ format: LEXICON_FORMAT, layout: CACHE_LAYOUT, key: options.key, stemLength: options.stemLength, files }))
    .digest("hex")
    .slice(0, 32);
  const cacheFile = path.join(dir, `${name}.json`);
  const entriesFile = path.join(dir, `${name}.entries.json`);
  const stemsFile = path.join(dir, `${name}.stems.txt`);
  const entry = await fs
    .readFile(cacheFile, "utf8")
    .then((text) => JSON.parse(text) as CacheEntry)
    .catch(() => undefined);
  const sources = await Promise.all(files.map((file, k) => describe(file, entry?.sources[k])));
  const fresh = entry && entry.sources.length === sources.length && entry.sources.every((known, k) => known.sha256 === sources[k]!.sha256);
  // Read at once: the promise API decodes a file of megabytes chunk by chunk through a
  // StringDecoder, several times slower than one synchronous read and decode.
  const stemsText = fresh && entry.index ? readTextOrUndefined(stemsFile) : undefined;
  if (fresh && (!entry.index || stemsText !== undefined) && (await fs.stat(entriesFile).catch(() => undefined))?.isFile()) {
    let entries: CacheEntries | undefined;
    const load = () => (entries ??= JSON.parse(readFileSync(entriesFile, "utf8")) as CacheEntries);
    const section = (name: IndexSection) => new SortedLines(stemsText!, entry.index![name].from, entry.index![name].to);
    const size = (name: IndexSection) => entry.index![name].size;
    const lexicon = restoreLexicon(
      entry.lexicon,
      {
        forward: new LazyEntries(entry.forwardSize, () => load().forward),
        backward: new LazyEntries(entry.backwardSize, () => load().backward),
      },
      entry.index && {
        stems: new LazyStemMap(size("stems"), section("stems")),
        words: new LazyWordSet(size("words"), section("words")),
        hanWords: new LazyWordSet(size("hanWords"), section("hanWords")),
        targetStems: new LazyWordSet(size("targetStems"), section("targetStems")),
      },
    );
    if (lexicon) {
      // Touched but unchanged files: remember their new mtime so the next run need not hash them.
      if (entry.sources.some((known, k) => known !== sources[k])) writeCacheFile(cacheFile, JSON.stringify({ ...entry, sources }));
      return { lexicon, cached: true };
    }
  }
  const lexicon = await options.build();
  if (lexicon) {
    const { forward, backward, ...compiled } = compileLexicon(lexicon, options.stemLength);
    const index = stemIndexText(compiled);
    // The entries and the stem index first: a header is only read when they are there.
    writeCacheFile(entriesFile, JSON.stringify({ forward, backward }));
    if (index) writeCacheFile(stemsFile, index.text);
    const header: CacheEntry = {
      sources,
      lexicon: index ? { ...compiled, forward: [], backward: [], stems: [], words: [], hanWords: [] } : { ...compiled, forward: [], backward: [] },
      forwardSize: forward.length,
      backwardSize: backward.length,
      ...(index ? { index: index.sections } : {}),
    };
    // The versions first, so that pruneStaleEntries can tell them from the first bytes.
    writeCacheFile(cacheFile, `${headerStart()}${JSON.stringify(header).slice(1)}`);
    await pruneStaleEntries(dir);
  }
  return { lexicon, cached: false };
}

/** How every header of the running format and layout begins. */
const headerStart = () => `{"format":${LEXICON_FORMAT},"layout":${CACHE_LAYOUT},`;

/** A cache entry's files: `NAME.json` (the header), `NAME.entries.json`, `NAME.stems.txt`. */
const ENTRY_FILE = /^([0-9a-f]{32})\.(json|entries\.json|stems\.txt)$/;

/**
 * Removes the entries an earlier format or layout wrote (their names hash the version, so
 * nothing would read them again): without this the folder grows with every upgrade. Run
 * after a build, so it costs nothing when the cache is read. Only a header whose first bytes
 * name another version condemns an entry; files without a header are left alone (another
 * thread may be writing them: a header is written last), as is every file not named like an
 * entry. Failures are ignored: the cache is only a cache.
 */
export async function pruneStaleEntries(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const start = Buffer.from(headerStart());
  const stale = new Set<string>();
  for (const name of names) {
    const match = ENTRY_FILE.exec(name);
    if (!match || match[2] !== "json") continue;
    const head = Buffer.alloc(start.length);
    const handle = await fs.open(path.join(dir, name), "r").catch(() => undefined);
    if (!handle) continue;
    try {
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (bytesRead < head.length || !head.equals(start)) stale.add(match[1]!);
    } catch {
      // unreadable: leave it
    } finally {
      await handle.close().catch(() => undefined);
    }
  }
  for (const name of names) {
    const match = ENTRY_FILE.exec(name);
    if (match && stale.has(match[1]!)) await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

/** The stem index as the sections of `NAME.stems.txt`, or undefined when a word holds a tab or line break. */
function stemIndexText(compiled: Pick<CompiledLexicon, "stems" | "words" | "hanWords">): { text: string; sections: NonNullable<CacheEntry["index"]> } | undefined {
  const targetStems = new Set<string>();
  for (const [, values] of compiled.stems) for (const value of values) targetStems.add(value);
  const alone = (words: Iterable<string>) => Array.from(words, (word) => [word, []] as const);
  const parts = {
    stems: { text: SortedLines.write(compiled.stems), size: compiled.stems.length },
    words: { text: SortedLines.write(alone(compiled.words)), size: new Set(compiled.words).size },
    hanWords: { text: SortedLines.write(alone(compiled.hanWords)), size: new Set(compiled.hanWords).size },
    targetStems: { text: SortedLines.write(alone(targetStems)), size: targetStems.size },
  };
  let text = "";
  const sections = {} as Record<IndexSection, { from: number; to: number; size: number }>;
  for (const name of INDEX_SECTIONS) {
    const part = parts[name];
    if (part.text === undefined) return undefined;
    sections[name] = { from: text.length, to: text.length + part.text.length, size: part.size };
    text += part.text;
  }
  return { text, sections };
}

