import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { alignSentences, createLexicalScorer, createLexicon, parseLexiconTsv } from "@tandem/align";
import { cachedLexicon, lexiconCacheDir } from "../src/pipeline/lexicon-cache.js";
import { loadLexicon } from "../src/pipeline/load-lexicon.js";
import { repoRoot } from "./run-cli.js";

const root = mkdtempSync(path.join(tmpdir(), "tandem-lexicon-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(root, "case-"));
  cache = path.join(dir, "cache");
});

/** A build from a TSV file that counts its calls, as loadLexicon's build parses dictionaries. */
function counted(file: string) {
  const build = async () => {
    build.calls++;
    return createLexicon({ sourceLang: "de", targetLang: "fr", dictionaries: [{ from: "de", to: "fr", entries: parseLexiconTsv(readFileSync(file, "utf8")) }] });
  };
  build.calls = 0;
  return build;
}

describe("cachedLexicon", () => {
  it("builds once, then reads the compiled lexicon from the cache", async () => {
    const file = path.join(dir, "de-fr.tsv");
    writeFileSync(file, "berg\tmontagne\nhaus\tmaison\n");
    const build = counted(file);
    const first = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    const second = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    expect([first.cached, second.cached, build.calls]).toEqual([false, true, 1]);
    // One lexicon: its stem index, and its headword maps in a second file read only when asked.
    expect(readdirSync(cache).filter((name) => name.endsWith(".json")).map((name) => name.replace(/^[0-9a-f]+/, "")).sort()).toEqual([".entries.json", ".json"]);
    expect([...second.lexicon!.forward]).toEqual([...first.lexicon!.forward]);
    expect(Object.fromEntries(second.lexicon!.forward)).toEqual({ berg: ["montagne"], haus: ["maison"] });
  });

  it("keeps the stem index as sorted lines, read back to the same alignments as the built lexicon", async () => {
    const file = path.join(dir, "de-fr.tsv");
    writeFileSync(file, "berg\tmontagne\nhaus\tmaison\nhaustür\tporte d'entrée\nwand\tparoi\nnordost\tnord-est\nsonne\tsoleil\n");
    const build = counted(file);
    const built = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    const read = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    expect(read.cached).toBe(true);
    const stems = readdirSync(cache).find((name) => name.endsWith(".stems.txt"))!;
    const lines = readFileSync(path.join(cache, stems), "utf8").split("\n");
    expect(lines.slice(0, 3)).toEqual(["berg\tmontag", "haus\tmaison", "haustu\tporte\tentree"]);
    // Compounds split through the words, inflections through the stems, on both lexicons alike.
    const source = ["Die Nordostwand des Berges.", "Das Haus in der Sonne.", "Die Haustür ist rot."];
    const target = ["La paroi nord-est de la montagne.", "La maison au soleil.", "La porte d'entrée est rouge."];
    const align = async (lexicon = built.lexicon!) =>
      (await alignSentences(source, target, { scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon }) })).beads;
    const expected = await align();
    expect(expected.map((bead) => bead.score).every((score) => score > 0.3)).toBe(true);
    expect(await align(read.lexicon!)).toEqual(expected);
  });

  it("rebuilds when a dictionary file changes, and not when it is only touched", async () => {
    const file = path.join(dir, "de-fr.tsv");
    writeFileSync(file, "berg\tmontagne\n");
    const build = counted(file);
    await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const touched = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    expect([touched.cached, build.calls]).toEqual([true, 1]);
    writeFileSync(file, "berg\tsommet\n");
    const changed = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    expect([changed.cached, build.calls]).toEqual([false, 2]);
    expect(changed.lexicon!.forward.get("berg")).toEqual(["sommet"]);
    const again = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    expect([again.cached, build.calls]).toEqual([true, 2]);
  });

  it("removes the entries an earlier format wrote when it builds one, and nothing else", async () => {
    const file = path.join(dir, "de-fr.tsv");
    writeFileSync(file, "berg\tmontagne\nhaus\tmaison\n");
    mkdirSync(cache, { recursive: true });
    const old = "0123456789abcdef0123456789abcdef";
    const pending = "fedcba9876543210fedcba9876543210";
    writeFileSync(path.join(cache, `${old}.json`), JSON.stringify({ format: 1, layout: 1, sources: [] }));
    writeFileSync(path.join(cache, `${old}.entries.json`), "{}");
    writeFileSync(path.join(cache, `${old}.stems.txt`), "");
    writeFileSync(path.join(cache, `${pending}.entries.json`), "{}"); // header not written yet
    writeFileSync(path.join(cache, "notes.txt"), "mine");
    const build = counted(file);
    await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    const left = readdirSync(cache).sort();
    expect(left.filter((name) => name.startsWith(old))).toEqual([]);
    expect(left).toContain(`${pending}.entries.json`);
    expect(left).toContain("notes.txt");
    // The new entry is whole and read back.
    expect(left.filter((name) => /^[0-9a-f]{32}\.json$/.test(name))).toHaveLength(1);
    const again = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: cache });
    expect([again.cached, build.calls]).toEqual([true, 1]);
  });

  it("still builds when the cache folder cannot be written", async () => {
    const file = path.join(dir, "de-fr.tsv");
    writeFileSync(file, "berg\tmontagne\n");
    const blocker = path.join(dir, "not-a-folder");
    writeFileSync(blocker, "");
    const build = counted(file);
    const result = await cachedLexicon({ key: "de-fr", files: [file], stemLength: 6, build, dir: path.join(blocker, "cache") });
    expect([result.cached, build.calls, result.lexicon!.forward.get("berg")]).toEqual([false, 1, ["montagne"]]);
  });
});

describe("lexiconCacheDir", () => {
  it("follows XDG_CACHE_HOME, then HOME, and can be turned off", () => {
    expect(lexiconCacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/ann" })).toBe("/x/cache/tandem/lexicons");
    expect(lexiconCacheDir({ HOME: "/home/ann" })).toBe("/home/ann/.cache/tandem/lexicons");
    expect(lexiconCacheDir({ TANDEM_LEXICON_CACHE: "off", HOME: "/home/ann" })).toBeUndefined();
  });
});

describe("loadLexicon", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("adds a pivot through another language to a thin dictionary (ru–en: eng-rus × (pol-rus, pol-eng) via pl)", async () => {
    const dictd = path.join(dir, "dictd");
    mkdirSync(dictd);
    // A dictd dictionary in plain text: offsets and lengths in dictd's base64 digits.
    const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const encode = (n: number): string => (n < 64 ? digits[n]! : encode(Math.floor(n / 64)) + digits[n % 64]!);
    const write = (name: string, entries: [string, string][]) => {
      let dict = "";
      let index = "";
      for (const [headword, translation] of entries) {
        const entry = `${headword} /x/ <n>\n${translation}\n`;
        index += `${headword}\t${encode(Buffer.byteLength(dict))}\t${encode(Buffer.byteLength(entry))}\n`;
        dict += entry;
      }
      writeFileSync(path.join(dictd, `freedict-${name}.dict`), dict);
      writeFileSync(path.join(dictd, `freedict-${name}.index`), index);
    };
    write("eng-rus", [["house", "дом"]]);
    write("pol-rus", [["pies", "собака"], ["dom", "дом"]]);
    write("pol-eng", [["pies", "dog"], ["dom", "house"]]);
    Object.assign(process.env, { TANDEM_DICTD_DIR: dictd, TANDEM_LEXICON_CACHE: cache, TANDEM_CEDICT: "off" });
    const loaded = await loadLexicon({ sourceLang: "ru", targetLang: "en" });
    expect(loaded.lexicon?.via).toBe("pl");
    expect(loaded.lexicon?.forward.get("собака")).toEqual(["dog"]);
    expect(loaded.lexicon?.forward.get("дом")).toEqual(["house"]);
    expect(loaded.notes).toEqual(["lexicon: freedict-eng-rus + (freedict-pol-rus) × (freedict-pol-eng) via pl (2 + 1 headwords)"]);
  });

  it("goes through English for a pair with no dictionary (es–fr from spa-eng and eng-fra), cached", async () => {
    const dictd = path.join(dir, "dictd");
    mkdirSync(dictd);
    const fixture = path.join(repoRoot, "fixtures/align/dictd-pivot");
    for (const name of readdirSync(fixture)) if (!name.endsWith(".md")) copyFileSync(path.join(fixture, name), path.join(dictd, name));
    Object.assign(process.env, { TANDEM_DICTD_DIR: dictd, TANDEM_LEXICON_CACHE: cache, TANDEM_CEDICT: "off" });
    const first = await loadLexicon({ sourceLang: "es", targetLang: "fr" });
    expect(first.lexicon?.via).toBe("en");
    expect(first.lexicon?.forward.get("perro")).toEqual(["chien", "toutou"]);
    expect(first.notes).toEqual(["lexicon: (freedict-spa-eng) × (freedict-eng-fra) via en (3 + 0 headwords)"]);
    // The second load reads the cache; a changed dictionary is read anew.
    const second = await loadLexicon({ sourceLang: "es", targetLang: "fr" });
    expect(second.lexicon?.forward.get("perro")).toEqual(["chien", "toutou"]);
    const eng = path.join(dictd, "freedict-eng-fra.dict");
    writeFileSync(eng, readFileSync(eng, "utf8").replace("chien", "clebs_"));
    const third = await loadLexicon({ sourceLang: "es", targetLang: "fr" });
    expect(third.lexicon?.forward.get("perro")).toEqual(["clebs_", "toutou"]);
  });

  it("reads CC-CEDICT for zh–en and pivots es–zh through English", async () => {
    Object.assign(process.env, {
      TANDEM_DICTD_DIR: path.join(repoRoot, "fixtures/align/dictd-pivot"),
      TANDEM_LEXICON_CACHE: cache,
      TANDEM_CEDICT: path.join(repoRoot, "fixtures/align/cedict-tiny/cedict_ts.u8"),
    });
    const enZh = await loadLexicon({ sourceLang: "en", targetLang: "zh" });
    expect(enZh.lexicon?.backward.get("总统")).toEqual(["president"]);
    expect(enZh.notes).toEqual(["lexicon: cc-cedict (0 + 17 headwords)"]);
    // es–zh: spa-eng × CC-CEDICT (read backwards).
    const esZh = await loadLexicon({ sourceLang: "es", targetLang: "zh" });
    expect(esZh.lexicon?.forward.get("presidente")).toEqual(["总统", "總統"]);
    expect(esZh.lexicon?.forward.get("montaña")).toEqual(["山"]);
  });
});
