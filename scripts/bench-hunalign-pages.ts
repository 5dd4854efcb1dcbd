/**
 * hunalign on the real page pairs, scored exactly as `tandem bench pages` is (score.py's
 * definition), so the two can be quoted side by side. For every pair of each page set:
 *
 * - naive splitting (scripts/naive-split.ts): each line of src.txt / tgt.txt is cut after the
 *   end marks of any script (. ! ? … । ॥ ؟ ۔ ። ။ ។ before white space; 。！？ anywhere),
 *   nothing cleaned or dropped;
 * - words split from punctuation and lower-cased, one sentence per line, for hunalign;
 * - the FreeDict dictionaries Debian installed in /usr/share/dictd for the pair (both
 *   directions, as `tandem align` finds them), converted to hunalign's `target @ source`
 *   lines; hunalign's null dictionary (an empty file) where Debian has none;
 * - hunalign's default settings plus `-onebyteencoding` (the best setting on pages-dev in
 *   docs/pages.md; `--utf8` counts characters instead, `--realign` adds -realign);
 * - its ladder turned into beads (JSONL with UTF-16 offsets, as `tandem align -o x.jsonl`
 *   writes) and scored by the set's own score.py (python3).
 *
 * The hunalign binary is not built here: give it with --hunalign PATH or $HUNALIGN.
 *
 *     pnpm exec tsx --conditions=source scripts/bench-hunalign-pages.ts --hunalign PATH --data ../shared/bench/pages-dev [--data DIR …] [--utf8] [--realign] [--save DIR] [--verbose]
 *
 * Prints one line per set: `SET (N pairs, D with a dictionary): link P R F1 | strict P R F1`
 * (score.py's micro line), then, when the set has hold-out pairs (`HOLD_OUT_PAIRS`, the pairs
 * `tandem bench pages` never tuned on), the same micro line for its dev and its hold-out pairs
 * apart; --verbose adds score.py's line per pair.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDictd } from "../packages/align/src/index.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";
import { findDictdFiles } from "../packages/cli/src/pipeline/load-lexicon.js";
import { readPage, splitNaively } from "./naive-split.js";

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((arg, at) => (arg === name && args[at + 1] !== undefined ? [args[at + 1]!] : []));
const flag = (name: string) => args.includes(name);
const hunalign = values("--hunalign")[0] ?? process.env.HUNALIGN;
const sets = values("--data");
const save = values("--save")[0];
if (!hunalign || sets.length === 0) {
  process.stderr.write("usage: bench-hunalign-pages.ts --hunalign PATH (or $HUNALIGN) --data DIR [--data DIR …] [--utf8] [--realign] [--save DIR] [--verbose]\n");
  process.exit(2);
}
if (!existsSync(hunalign)) {
  process.stderr.write(`${hunalign}: no such file; build hunalign first (this script does not) [HUNALIGN_MISSING]\n`);
  process.exit(1);
}
for (const dir of sets) {
  if (!existsSync(path.join(dir, "score.py"))) {
    process.stderr.write(`${dir}: no score.py here; give a page set folder [DATA_MISSING]\n`);
    process.exit(1);
  }
}
const hunalignOptions = [...(flag("--utf8") ? [] : ["-onebyteencoding"]), ...(flag("--realign") ? ["-realign"] : [])];

/** hunalign compares space-separated tokens with its dictionary: words apart from punctuation, lower-cased. */
function tokenize(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/([\p{P}\p{S}])/gu, " $1 ")
    .replace(/\s+/gu, " ")
    .trim();
}

const dictionaries = new Map<string, Promise<{ text: string; names: string[] }>>();

/** hunalign's dictionary for source → target: `target @ source` per line, from FreeDict in both directions. */
function hunalignDictionary(sourceLang: string, targetLang: string): Promise<{ text: string; names: string[] }> {
  const key = `${sourceLang}-${targetLang}`;
  if (!dictionaries.has(key)) dictionaries.set(key, buildDictionary(sourceLang, targetLang));
  return dictionaries.get(key)!;
}

async function buildDictionary(sourceLang: string, targetLang: string): Promise<{ text: string; names: string[] }> {
  const lines = new Set<string>();
  const files = await findDictdFiles(sourceLang, targetLang);
  for (const found of files) {
    const entries = parseDictd(readFileSync(found.index, "utf8"), readFileSync(found.dict), found.index);
    for (const [head, translations] of entries) {
      for (const translation of translations) {
        const [source, target] = found.from === sourceLang ? [head, translation] : [translation, head];
        const s = tokenize(source);
        const t = tokenize(target);
        if (s && t && !s.includes("@") && !t.includes("@")) lines.add(`${t} @ ${s}`);
      }
    }
  }
  return { text: lines.size ? `${[...lines].join("\n")}\n` : "", names: files.map((f) => path.basename(f.index, ".index")) };
}

/** hunalign's ladder (rungs `source<TAB>target<TAB>score`) as beads of sentence indices. */
function beadsOfLadder(ladder: string): { source: number[]; target: number[] }[] {
  const rungs = ladder
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t").map(Number) as [number, number]);
  const beads: { source: number[]; target: number[] }[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [s0, t0] = rungs[k]!;
    const [s1, t1] = rungs[k + 1]!;
    const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
    beads.push({ source: range(s0, s1), target: range(t0, t1) });
  }
  return beads;
}

const work = mkdtempSync(path.join(os.tmpdir(), "hunalign-pages-"));
try {
  for (const dir of sets) {
    const pairs = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "gold.json")))
      .map((entry) => entry.name)
      .sort();
    const scoreArgs: string[] = [];
    const scoreArgsOf = new Map<string, string[]>();
    let withDictionary = 0;
    const outDir = save ? path.join(save, path.basename(path.resolve(dir))) : path.join(work, path.basename(path.resolve(dir)));
    mkdirSync(outDir, { recursive: true });
    for (const pair of pairs) {
      const folder = path.join(dir, pair);
      const gold = JSON.parse(readFileSync(path.join(folder, "gold.json"), "utf8")) as { src_lang: string; tgt_lang: string };
      const source = splitNaively(readPage(path.join(folder, "src.txt")));
      const target = splitNaively(readPage(path.join(folder, "tgt.txt")));
      const sourceFile = path.join(work, `${pair}.src`);
      const targetFile = path.join(work, `${pair}.tgt`);
      const dictionaryFile = path.join(work, `${pair}.dic`);
      writeFileSync(sourceFile, `${source.map((p) => tokenize(p.text)).join("\n")}\n`);
      writeFileSync(targetFile, `${target.map((p) => tokenize(p.text)).join("\n")}\n`);
      const dictionary = await hunalignDictionary(gold.src_lang, gold.tgt_lang);
      if (dictionary.text) withDictionary++;
      writeFileSync(dictionaryFile, dictionary.text);
      const ladder = execFileSync(hunalign, [...hunalignOptions, dictionaryFile, sourceFile, targetFile], {
        encoding: "utf8",
        // hunalign writes a scratch file (translate.txt) into its working folder.
        cwd: work,
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 64 * 1024 * 1024,
      });
      const jsonl = beadsOfLadder(ladder)
        .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
        .map((bead) =>
          JSON.stringify({
            source: { offsets: bead.source.map((i) => [source[i]!.start, source[i]!.end]) },
            target: { offsets: bead.target.map((i) => [target[i]!.start, target[i]!.end]) },
          }),
        )
        .join("\n");
      const predictions = path.join(outDir, `${pair}.jsonl`);
      writeFileSync(predictions, jsonl ? `${jsonl}\n` : "");
      const pairArgs = [path.join(folder, "gold.json"), path.join(folder, "src.txt"), path.join(folder, "tgt.txt"), predictions];
      scoreArgs.push(...pairArgs);
      scoreArgsOf.set(pair, pairArgs);
      if (flag("--verbose")) {
        process.stdout.write(`  ${pair}: ${source.length}/${target.length} naive sentences, dictionary ${dictionary.names.join(" + ") || "null"}\n`);
      }
    }
    const scored = execFileSync("python3", [path.join(dir, "score.py"), ...scoreArgs], { encoding: "utf8" });
    const lines = scored.trim().split("\n");
    if (flag("--verbose")) for (const line of lines.slice(0, -1)) process.stdout.write(`  ${path.basename(line.split(":")[0]!.replace(/\/gold\.json$/u, ""))}: ${line.slice(line.indexOf(":") + 2)}\n`);
    const micro = pairs.length > 1 ? lines.at(-1)!.replace(/^micro \(\d+ pairs\): /u, "") : lines[0]!;
    process.stdout.write(`${path.basename(path.resolve(dir))} (${pairs.length} pairs, ${withDictionary} with a dictionary): ${micro}\n`);
    const holdout = pairs.filter((pair) => HOLD_OUT_PAIRS.includes(pair));
    if (holdout.length > 0) {
      for (const [split, members] of [["dev", pairs.filter((pair) => !HOLD_OUT_PAIRS.includes(pair))], ["holdout", holdout]] as const) {
        const splitLines = execFileSync("python3", [path.join(dir, "score.py"), ...members.flatMap((pair) => scoreArgsOf.get(pair)!)], { encoding: "utf8" })
          .trim()
          .split("\n");
        const splitMicro = members.length > 1 ? splitLines.at(-1)!.replace(/^micro \(\d+ pairs\): /u, "") : splitLines[0]!;
        process.stdout.write(`  ${split} (${members.length} pairs): ${splitMicro}\n`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
