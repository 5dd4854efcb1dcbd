import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mergeExports } from "../src/corpus/merge-exports.js";
import { repoRoot, runCli } from "./run-cli.js";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "tandem-corpus-"));
const seed = (name: string) => path.join(repoRoot, "seeds", name);
const bench = path.resolve(repoRoot, "../shared/bench/textberg-de-fr");
const DATE = ["--creation-date", "2025-07-08T00:00:00Z"];

interface CorpusJson {
  pairs: number;
  aligned: number;
  stored: number;
  failed: number;
  units: number;
  pairList: { source: string; target: string; status: string; lane?: number; units?: number; error?: { code: string; message: string } }[];
  problems: { file: string; code: string }[];
}

/** A folder with the seed pair, two Text+Berg pairs (sentences joined into paragraphs) and a single. */
function makeFolder(): string {
  const dir = tempDir();
  const folder = path.join(dir, "articles");
  mkdirSync(folder);
  copyFileSync(seed("000_a2c988d880e43a81.txt"), path.join(folder, "vufo-nl.txt"));
  copyFileSync(seed("001_9c2bcb4f48ee580e.txt"), path.join(folder, "vufo-en.txt"));
  copyFileSync(seed("004_d4922d260111db05.txt"), path.join(folder, "essay-zh.txt"));
  for (const n of [2, 4]) {
    for (const lang of ["de", "fr"]) {
      const lines = readFileSync(path.join(bench, `test${n}.${lang}`), "utf8").trim().split("\n");
      const paragraphs: string[] = [];
      for (let i = 0; i < lines.length; i += 4) paragraphs.push(lines.slice(i, i + 4).join(" "));
      writeFileSync(path.join(folder, `berg${n}-${lang}.txt`), `${paragraphs.join("\n\n")}\n`);
    }
  }
  return dir;
}

describe("tandem corpus", () => {
  it("pairs the seeds, aligns 000 ↔ 001 and writes a valid TMX whose units name both documents", async () => {
    const dir = tempDir();
    const out = path.join(dir, "corpus.tmx");
    const result = await runCli(["corpus", path.join(repoRoot, "seeds"), "-o", out, "--db", path.join(dir, "t.db"), "--source-lang", "nl", "--json", ...DATE]);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as CorpusJson;
    expect([json.pairs, json.aligned, json.stored, json.failed]).toEqual([1, 1, 0, 0]);
    expect(json.units).toBeGreaterThan(10);
    const tmx = readFileSync(out, "utf8");
    const units = tmx.match(/<tu /g) ?? [];
    expect(units.length).toBe(json.units);
    expect((tmx.match(/<prop type="x-source-doc">[^<]*000_a2c988d880e43a81\.txt<\/prop>/g) ?? []).length).toBe(units.length);
    expect((tmx.match(/<prop type="x-target-doc">[^<]*001_9c2bcb4f48ee580e\.txt<\/prop>/g) ?? []).length).toBe(units.length);
    const lint = spawnSync("xmllint", ["--noout", out], { encoding: "utf8" });
    expect(lint.status, lint.stderr).toBe(0);
  });

  it("aligns each pair exactly as tandem align does (same sentence pairs and scores)", async () => {
    const dir = tempDir();
    const aligned = await runCli(["align", seed("000_a2c988d880e43a81.txt"), seed("001_9c2bcb4f48ee580e.txt"), "-o", path.join(dir, "a.tsv"), "--no-store", "-q"]);
    expect(aligned.status, aligned.stderr).toBe(0);
    const corpus = await runCli(["corpus", path.join(repoRoot, "seeds"), "-o", path.join(dir, "c.tsv"), "--no-store", "--source-lang", "nl", "-q"]);
    expect(corpus.status, corpus.stderr).toBe(0);
    const firstThree = readFileSync(path.join(dir, "c.tsv"), "utf8").split("\n").map((line) => line.split("\t").slice(0, 3).join("\t")).join("\n");
    expect(firstThree).toBe(readFileSync(path.join(dir, "a.tsv"), "utf8"));
  });

  it("aligns several pairs on worker threads, and a second run takes every pair from the store", async () => {
    const dir = makeFolder();
    const db = path.join(dir, "t.db");
    const first = await runCli(["corpus", path.join(dir, "articles"), "-o", path.join(dir, "a.tsv"), "--db", db, "--jobs", "2", "--method", "length", "--json", ...DATE]);
    expect(first.status, first.stderr).toBe(0);
    const one = JSON.parse(first.stdout) as CorpusJson;
    expect([one.pairs, one.aligned, one.stored, one.failed]).toEqual([3, 3, 0, 0]);
    // Both lanes worked: this thread and one worker thread.
    expect(new Set(one.pairList.map((pair) => pair.lane))).toEqual(new Set([0, 1]));
    expect(one.pairList.map((pair) => [path.basename(pair.source), path.basename(pair.target)]).sort()).toEqual([
      ["berg2-de.txt", "berg2-fr.txt"],
      ["berg4-de.txt", "berg4-fr.txt"],
      ["vufo-en.txt", "vufo-nl.txt"],
    ]);
    const tsv = readFileSync(path.join(dir, "a.tsv"), "utf8").trimEnd().split("\n");
    expect(tsv).toHaveLength(one.units);
    expect(tsv.every((line) => line.split("\t").length === 5)).toBe(true);
    expect(new Set(tsv.map((line) => line.split("\t").slice(3).map((file) => path.basename(file)).join(" ")))).toEqual(
      new Set(["berg2-de.txt berg2-fr.txt", "berg4-de.txt berg4-fr.txt", "vufo-en.txt vufo-nl.txt"]),
    );

    const second = await runCli(["corpus", path.join(dir, "articles"), "-o", path.join(dir, "b.tsv"), "--db", db, "--method", "length", "--json", ...DATE]);
    expect(second.status, second.stderr).toBe(0);
    const two = JSON.parse(second.stdout) as CorpusJson;
    expect([two.pairs, two.aligned, two.stored]).toEqual([3, 0, 3]);
    expect(readFileSync(path.join(dir, "b.tsv"), "utf8")).toBe(readFileSync(path.join(dir, "a.tsv"), "utf8"));
  });

  it("realigns a pair whose article changed, and only that pair", async () => {
    const dir = makeFolder();
    const db = path.join(dir, "t.db");
    const args = (out: string) => ["corpus", path.join(dir, "articles"), "-o", path.join(dir, out), "--db", db, "--json", "--jobs", "1", "--method", "length", ...DATE];
    expect((await runCli(args("a.jsonl"))).status).toBe(0);
    const file = path.join(dir, "articles", "berg4-fr.txt");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nUne phrase de plus à la fin.\n`);
    const again = await runCli(args("b.jsonl"));
    expect(again.status, again.stderr).toBe(0);
    const json = JSON.parse(again.stdout) as CorpusJson;
    expect(json.pairList.filter((pair) => pair.status === "aligned").map((pair) => path.basename(pair.target))).toEqual(["berg4-fr.txt"]);
    expect(json.stored).toBe(2);
  });

  it("reports a pair that fails, writes the others and exits 1", async () => {
    const dir = makeFolder();
    // A broken German–French dictionary fails the two de-fr pairs only: nl-en finds no
    // dictionary in this folder and aligns without one.
    const dictd = path.join(dir, "dictd");
    mkdirSync(dictd);
    writeFileSync(path.join(dictd, "freedict-deu-fra.index"), "Berg\tnot-base64!\n");
    writeFileSync(path.join(dictd, "freedict-deu-fra.dict"), "montagne\n");
    const out = path.join(dir, "c.tmx");
    const result = await runCli(["corpus", path.join(dir, "articles"), "-o", out, "--db", path.join(dir, "t.db"), "--jobs", "2", ...DATE], {
      env: { TANDEM_DICTD_DIR: dictd },
    });
    expect(result.status).toBe(1);
    const failures = result.stderr.trim().split("\n").filter((line) => line.includes(" ↔ "));
    expect(failures).toHaveLength(2);
    expect(failures.every((line) => /berg\d-de\.txt ↔ .*berg\d-fr\.txt: .*\[DICTD_BAD\]$/.test(line))).toBe(true);
    expect(result.stdout).toMatch(/3 article pairs \(1 aligned, 0 from the store, 2 failed\)/);
    const tmx = readFileSync(out, "utf8");
    expect(tmx).toMatch(/<prop type="x-source-doc">[^<]*vufo-en\.txt<\/prop>/);
    expect(tmx).not.toMatch(/berg/);
  });

  it("reports bad files one line each and still writes the corpus", async () => {
    const dir = tempDir();
    const folder = path.join(dir, "in");
    mkdirSync(folder);
    copyFileSync(seed("000_a2c988d880e43a81.txt"), path.join(folder, "nl.txt"));
    copyFileSync(seed("001_9c2bcb4f48ee580e.txt"), path.join(folder, "en.txt"));
    copyFileSync(seed("001_9c2bcb4f48ee580e.txt"), path.join(folder, "en-again.txt"));
    writeFileSync(path.join(folder, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const out = path.join(dir, "c.jsonl");
    const result = await runCli(["corpus", folder, "-o", out, "--db", path.join(dir, "t.db")]);
    expect(result.status, result.stderr).toBe(0);
    // Besides the "note:" lines on the scorer, exactly one line per bad file.
    const lines = result.stderr.trim().split("\n").filter((line) => !line.startsWith("note: "));
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => line.includes("logo.png") && line.endsWith("[INPUT_BINARY]"))).toBe(true);
    expect(lines.some((line) => line.includes("en.txt") && line.endsWith("[INPUT_DUPLICATE]"))).toBe(true);
    expect(result.stdout).toMatch(/1 article pair \(1 aligned, 0 from the store, 0 failed\)/);
    const records = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { source: { doc: string }; target: { doc: string } });
    expect(new Set(records.map((record) => `${path.basename(record.source.doc)} ${path.basename(record.target.doc)}`))).toEqual(new Set(["en-again.txt nl.txt"]));
  });

  it("fails with PAIR_NONE and writes nothing when all articles are in one language", async () => {
    const dir = tempDir();
    const folder = path.join(dir, "in");
    mkdirSync(folder);
    copyFileSync(seed("000_a2c988d880e43a81.txt"), path.join(folder, "a.txt"));
    copyFileSync(seed("002_2813931674483232.txt"), path.join(folder, "b.txt"));
    const out = path.join(dir, "c.tmx");
    const result = await runCli(["corpus", folder, "-o", out, "--db", path.join(dir, "t.db")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/one language \(nl\); nothing to pair \[LANG_SAME\]/);
    expect(result.stderr).toMatch(/no article pairs among 2 readable documents.*\[PAIR_NONE\]/);
    expect(existsSync(out)).toBe(false);
  });

  it("--help shows examples and the scorer options of tandem align", async () => {
    const result = await runCli(["corpus", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Examples:\n\s+tandem corpus seeds\/ -o corpus\.tmx/);
    expect(result.stdout).toMatch(/--method/);
    expect(result.stdout).not.toMatch(/--target-lang/);
  });

  it("refuses an existing output before doing any work, and .align as a corpus format", async () => {
    const dir = tempDir();
    const out = path.join(dir, "c.tmx");
    writeFileSync(out, "keep me");
    const exists = await runCli(["corpus", path.join(repoRoot, "seeds"), "-o", out, "--db", path.join(dir, "t.db")]);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toMatch(/output file exists; pass --force to overwrite \[OUTPUT_EXISTS\]/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(existsSync(path.join(dir, "t.db"))).toBe(false);
    const align = await runCli(["corpus", path.join(repoRoot, "seeds"), "-o", path.join(dir, "c.align")]);
    expect(align.status).toBe(1);
    expect(align.stderr).toMatch(/\[OUTPUT_FORMAT\]/);
  });
});

describe("mergeExports", () => {
  const side = (file: string, lang: string, texts: string[]) => {
    let start = 0;
    const sentences = texts.map((text) => {
      const sentence = { text, start, end: start + text.length };
      start += text.length + 1;
      return sentence;
    });
    return { path: file, lang, sentences };
  };
  const parts = [
    {
      beads: [
        { source: [0], target: [0], score: 0.9 },
        { source: [1], target: [], score: 0 },
        { source: [2], target: [1], score: 0.8 },
      ],
      meta: { source: side("a.nl.txt", "nl", ["Hallo.", "Weg.", "Tot & met <b>."]), target: side("a.en.txt", "en", ["Hello.", "Up to & with <b>."]), creationDate: new Date("2025-07-08T00:00:00Z"), toolVersion: "0.1.0" },
    },
    {
      beads: [{ source: [0], target: [0], score: 0.7 }],
      meta: { source: side("b.de.txt", "de", ["Berg."]), target: side("b.fr.txt", "fr", ["Montagne."]), creationDate: new Date("2025-07-08T00:00:00Z"), toolVersion: "0.1.0" },
    },
  ];

  it("writes one valid TMX: units of every pair, tuids numbered through, srclang *all* for mixed sources", async () => {
    const tmx = mergeExports("tmx", parts);
    expect(tmx.match(/<tu tuid="\d+">/g)).toEqual(['<tu tuid="1">', '<tu tuid="2">', '<tu tuid="3">']);
    expect(tmx.match(/<header /g)).toHaveLength(1);
    expect(tmx).toMatch(/srclang="\*all\*"/);
    expect(tmx.match(/<prop type="x-source-doc">([^<]*)<\/prop>/g)).toEqual([
      '<prop type="x-source-doc">a.nl.txt</prop>',
      '<prop type="x-source-doc">a.nl.txt</prop>',
      '<prop type="x-source-doc">b.de.txt</prop>',
    ]);
    const dir = tempDir();
    writeFileSync(path.join(dir, "m.tmx"), tmx);
    const lint = spawnSync("xmllint", ["--noout", path.join(dir, "m.tmx")], { encoding: "utf8" });
    expect(lint.status, lint.stderr).toBe(0);
  });

  it("keeps the source language of a TMX whose pairs share it", async () => {
    expect(mergeExports("tmx", [parts[0]!, parts[0]!])).toMatch(/srclang="nl"/);
  });

  it("adds the two document paths to every TSV line", async () => {
    expect(mergeExports("tsv", parts)).toBe(
      "Hallo.\tHello.\t0.9000\ta.nl.txt\ta.en.txt\n" +
        "Tot & met <b>.\tUp to & with <b>.\t0.8000\ta.nl.txt\ta.en.txt\n" +
        "Berg.\tMontagne.\t0.7000\tb.de.txt\tb.fr.txt\n",
    );
  });
});
