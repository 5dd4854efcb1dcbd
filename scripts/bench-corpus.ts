/**
 * Corpus throughput on real translated text: builds a folder of about 1,000 article pairs from
 * the bench sets and runs `tandem corpus` on it once, timed from outside with /usr/bin/time -v.
 *
 *   pnpm exec tsx scripts/bench-corpus.ts [--dir DIR] [--jobs N] [--tandem "CMD"]
 *
 * The folder (default /tmp/tandem-bench-corpus, rebuilt each time):
 * - Text+Berg de–fr (test0–6 and dev): windows of 8 gold links, 4 apart, each one article per
 *   language (a few sentences of a yearbook chronicle and their translation);
 * - the Bible en–zh: 6 verses an article;
 * - pages-dev and pages-dev2: every page pair as crawled (raw files, both sides).
 * Every article is a real translation of its counterpart; no two files have the same bytes.
 * `--tandem` replaces the command (default: node packages/cli/bin/tandem.js, the bundled program; `pnpm run build`
 * first), e.g. an older build, for a before/after. Prints pairs found and aligned, pairs per
 * second (and per core), the stages' seconds from `--json` (when the build reports them) and
 * the whole process's wall time and peak RSS.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAlignFile } from "../packages/align/src/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bench = path.resolve(root, "../shared/bench");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = path.resolve(option("--dir") ?? "/tmp/tandem-bench-corpus");
const tandem = (option("--tandem") ?? `node ${path.join(root, "packages/cli/bin/tandem.js")}`).split(" ");
const folder = path.join(dir, "articles");
rmSync(dir, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });

const lines = (file: string) => readFileSync(file, "utf8").replace(/\n$/, "").split("\n");
let articles = 0;
const write = (name: string, sentences: readonly string[]) => {
  writeFileSync(path.join(folder, name), `${sentences.join(" ")}\n`);
  articles++;
};

// Text+Berg: runs of 4 gold links.
const textberg = path.join(bench, "textberg-de-fr");
for (const doc of ["test0", "test1", "test2", "test3", "test4", "test5", "test6", "dev"]) {
  const de = lines(path.join(textberg, `${doc}.de`));
  const fr = lines(path.join(textberg, `${doc}.fr`));
  const links = parseAlignFile(readFileSync(path.join(textberg, `${doc}.defr`), "utf8")).filter((link) => link.source.length > 0 && link.target.length > 0);
  // Windows of 8 links, 4 apart: neighbours share half their sentences, a third of their word
  // trigrams, below the pairer's near-duplicate bar (0.6).
  for (let k = 0; k + 8 <= links.length; k += 4) {
    const run = links.slice(k, k + 8);
    write(`tb-${doc}-${k / 4}.de.txt`, run.flatMap((link) => link.source.map((i) => de[i]!)));
    write(`tb-${doc}-${k / 4}.fr.txt`, run.flatMap((link) => link.target.map((j) => fr[j]!)));
  }
}

// Bible: 6 verses an article, each side's lines grouped by verse id.
const bible = path.join(bench, "bible-en-zh");
const byVerse = (lang: string) => {
  const text = lines(path.join(bible, `${lang}.txt`));
  const verses = lines(path.join(bible, `${lang}.verse`));
  const grouped = new Map<string, string[]>();
  verses.forEach((verse, k) => grouped.set(verse, [...(grouped.get(verse) ?? []), text[k]!]));
  return grouped;
};
const en = byVerse("en");
const zh = byVerse("zh");
const shared = [...en.keys()].filter((verse) => zh.has(verse));
for (let k = 0; k + 6 <= shared.length; k += 6) {
  const verses = shared.slice(k, k + 6);
  write(`bible-${k / 6}.en.txt`, verses.flatMap((verse) => en.get(verse)!));
  write(`bible-${k / 6}.zh.txt`, verses.flatMap((verse) => zh.get(verse)!));
}

// Page pairs as crawled.
for (const set of ["pages-dev", "pages-dev2"]) {
  const setDir = path.join(bench, set);
  if (!existsSync(setDir)) continue;
  for (const pair of readdirSync(setDir)) {
    if (!existsSync(path.join(setDir, pair, "src.txt"))) continue;
    copyFileSync(path.join(setDir, pair, "src.txt"), path.join(folder, `${set}-${pair}.src.txt`));
    copyFileSync(path.join(setDir, pair, "tgt.txt"), path.join(folder, `${set}-${pair}.tgt.txt`));
    articles += 2;
  }
}
console.log(`${folder}: ${articles} articles (${articles / 2} true pairs)`);

const output = path.join(dir, "corpus.jsonl");
const jobs = option("--jobs");
const command = [...tandem, "corpus", folder, "-o", output, "--no-store", "--json", "--force", ...(jobs ? ["--jobs", jobs] : [])];
const result = spawnSync("/usr/bin/time", ["-v", ...command], { encoding: "utf8", maxBuffer: 1 << 30 });
const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
const cpu = /User time \(seconds\): ([\d.]+)[\s\S]*System time \(seconds\): ([\d.]+)/.exec(result.stderr);
const summary = JSON.parse(result.stdout || "{}") as {
  documents?: number;
  pairs?: number;
  aligned?: number;
  failed?: number;
  seconds?: number;
  lanes?: number;
  pairsPerSecond?: number;
  pairsPerSecondPerCore?: number;
  stages?: Record<string, number>;
  peakRssMb?: number;
  pairList?: { source: string; target: string }[];
};
const stem = (file: string) => path.basename(file).replace(/\.(de|fr|en|zh|src|tgt)\.txt$/, "");
const right = (summary.pairList ?? []).filter((pair) => stem(pair.source) === stem(pair.target)).length;
const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
console.log(
  `corpus: ${summary.documents} documents read, ${summary.pairs} pairs found (${right} of them true), ${summary.aligned} aligned, ${summary.failed} failed; ` +
    `${summary.seconds} s inside the command, ${summary.lanes ?? "?"} lanes: ${summary.pairsPerSecond ?? ((summary.aligned ?? 0) / (summary.seconds ?? 1)).toFixed(2)} pairs/s, ` +
    `${summary.pairsPerSecondPerCore ?? "?"} per core`,
);
if (summary.stages) console.log(`stages (s): ${Object.entries(summary.stages).map(([stage, value]) => `${stage} ${value.toFixed(2)}`).join(", ")}`);
console.log(
  `whole process: ${seconds.toFixed(2)} s wall, ${cpu ? (Number(cpu[1]) + Number(cpu[2])).toFixed(2) : "?"} s CPU, peak RSS ${rss ? (Number(rss[1]) / 1024).toFixed(0) : "?"} MB ` +
    `(the lanes are threads of this one process); exit ${result.status}`,
);
if (result.status !== 0 && result.status !== 1) console.error(result.stderr.slice(-2000));
