/**
 * Checks `tandem pair`'s threshold (0.17, `--threshold`) against the real page pairs, with
 * cross-validation by set. Every dev page of pages-dev, pages-dev2 and pages-langs-dev (the
 * hold-out pairs are left out; only which two files belong together is used, not the
 * alignment gold) is copied into one folder and paired:
 *
 * - once with all files, `--threshold 0`: each true pair's score (the pair's own row, or the
 *   file's best candidate when that is its partner);
 * - once per file with its partner taken out, `--threshold 0.99`: the file is then a single, and
 *   its best candidate, always a wrong one, is what a threshold has to stay above.
 *
 * For a threshold t: a true pair scoring t or more is found, a single whose best wrong candidate
 * scores t or more makes a false pair, F1 over both. Per set left out, the threshold with the
 * best F1 on the other two sets (0.02 to 0.30) is scored on it, next to the default.
 *
 *     pnpm run build && pnpm exec tsx --conditions=source scripts/fit-pair-threshold.ts [--dir /tmp/tandem-pair-threshold]
 *
 * About three minutes (75 runs of `tandem pair` over 74 files).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bench = path.resolve(root, "../shared/bench");
const args = process.argv.slice(2);
const dir = path.resolve(args.includes("--dir") ? args[args.indexOf("--dir") + 1]! : "/tmp/tandem-pair-threshold");
const SETS = ["pages-dev", "pages-dev2", "pages-langs-dev"];
const DEFAULT = 0.17;

rmSync(dir, { recursive: true, force: true });
const pool = path.join(dir, "pool");
mkdirSync(pool, { recursive: true });
const setOf = new Map<string, string>();
for (const set of SETS) {
  for (const name of readdirSync(path.join(bench, set)).sort()) {
    if (HOLD_OUT_PAIRS.includes(name) || !existsSync(path.join(bench, set, name, "gold.json"))) continue;
    setOf.set(name, set);
    for (const side of ["src", "tgt"]) copyFileSync(path.join(bench, set, name, `${side}.txt`), path.join(pool, `${name}.${side}.txt`));
  }
}

interface PairOutput {
  pairs: { source: string; target: string; score: number }[];
  unpaired: { id: string; best?: { id: string; score: number } }[];
}
const pairOf = (folder: string, threshold: number): PairOutput => {
  const run = spawnSync("node", [path.join(root, "packages/cli/bin/tandem.js"), "pair", folder, "--json", "--quiet", "--threshold", String(threshold)], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`tandem pair failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PairOutput;
};
const nameOf = (file: string) => path.basename(file).replace(/\.(src|tgt)\.txt$/u, "");

// True pairs' scores, from the whole pool.
const whole = pairOf(pool, 0);
const truePair = new Map<string, number>();
for (const pair of whole.pairs) if (nameOf(pair.source) === nameOf(pair.target)) truePair.set(nameOf(pair.source), pair.score);
for (const single of whole.unpaired) {
  const name = nameOf(single.id);
  if (single.best && nameOf(single.best.id) === name && !truePair.has(name)) truePair.set(name, single.best.score);
}
// Each file as a single: its partner taken out.
const singleBest: { name: string; score: number }[] = [];
const files = readdirSync(pool).sort();
for (const [k, file] of files.entries()) {
  const name = nameOf(file);
  const partner = file.endsWith(".src.txt") ? `${name}.tgt.txt` : `${name}.src.txt`;
  const folder = path.join(dir, "without");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  for (const other of files) if (other !== partner) symlinkSync(path.join(pool, other), path.join(folder, other));
  const out = pairOf(folder, 0.99);
  const me = out.unpaired.find((single) => path.basename(single.id) === file);
  singleBest.push({ name, score: me?.best?.score ?? 0 });
  process.stderr.write(`\r${k + 1}/${files.length} singles`);
}
process.stderr.write("\n");

const count = (threshold: number, names: ReadonlySet<string>) => {
  let found = 0, missed = 0, wrong = 0;
  for (const name of names) (truePair.get(name) ?? 0) >= threshold ? found++ : missed++;
  for (const single of singleBest) if (names.has(single.name) && single.score >= threshold) wrong++;
  return { found, missed, wrong, f1: (2 * found) / (2 * found + missed + wrong) };
};
const line = (label: string, c: ReturnType<typeof count>) =>
  `${label.padEnd(40)} pairs found ${String(c.found).padStart(2)} / ${c.found + c.missed}, singles paired wrongly ${String(c.wrong).padStart(2)}, F1 ${c.f1.toFixed(3)}`;
const all = new Set(setOf.keys());
const thresholds = Array.from({ length: 29 }, (_, k) => (k + 2) / 100);
for (const t of [0.1, 0.12, 0.14, DEFAULT, 0.2]) process.stdout.write(`${line(`all sets, threshold ${t}`, count(t, all))}\n`);
let fitted = { found: 0, missed: 0, wrong: 0 }, fixed = { found: 0, missed: 0, wrong: 0 };
for (const held of SETS) {
  const train = new Set([...all].filter((name) => setOf.get(name) !== held));
  const test = new Set([...all].filter((name) => setOf.get(name) === held));
  const best = thresholds.reduce((a, b) => (count(b, train).f1 > count(a, train).f1 ? b : a));
  const [c, d] = [count(best, test), count(DEFAULT, test)];
  process.stdout.write(`${line(`${held} left out, fitted ${best}`, c)}\n${line(`${held} left out, default ${DEFAULT}`, d)}\n`);
  for (const key of ["found", "missed", "wrong"] as const) (fitted[key] += c[key], fixed[key] += d[key]);
}
const f1 = (c: typeof fitted) => (2 * c.found) / (2 * c.found + c.missed + c.wrong);
process.stdout.write(`cross-validated: fitted per fold F1 ${f1(fitted).toFixed(3)} (${fitted.found} found, ${fitted.wrong} wrong), default ${DEFAULT} F1 ${f1(fixed).toFixed(3)} (${fixed.found} found, ${fixed.wrong} wrong)\n`);
