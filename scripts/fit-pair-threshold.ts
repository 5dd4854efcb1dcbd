/**
 * Fits `tandem pair`'s decision against the real page pairs, with cross-validation by set:
 * the threshold (0.17, `--threshold`) and the second chance of a mutual best pair below it
 * (`--mutual-floor`, `--mutual-margin`: a pair both of whose documents prefer each other by a
 * margin over their next best, see MutualBest in packages/align/src/pairing/match-candidates.ts).
 *
 * Every dev page of pages-dev, pages-dev2 and pages-langs-dev (the hold-out pairs are left out;
 * only which two files belong together is used, not the alignment gold) is read once, as
 * `tandem pair` reads it, and paired in process:
 *
 * - once with all files: a true pair is found when its two files come out as a pair;
 * - once per file with its partner taken out: the file is then a single, and pairing it with
 *   anything is a false pair.
 *
 * Two piles hold articles with no counterpart at all (the synthetic Text+Berg pile of
 * scripts/make-pair-corpus.ts, seed 23, and seeds/): pairing them is a false pair too.
 *
 * F1 over all (found pairs against missed pairs and false pairs). Per set left out (the piles
 * count as one), the setting with the best F1 on the others is scored on it, next to the defaults.
 *
 *     pnpm exec tsx --conditions=source scripts/fit-pair-threshold.ts
 *
 * About a minute (75 pairings of 74 files per setting; reading them once).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_PAIR_MUTUAL, DEFAULT_PAIR_THRESHOLD, pairDocuments, type MutualBest, type PairInput } from "../packages/align/src/index.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";
import { loadDocuments } from "../packages/cli/src/corpus/load-documents.js";
import { makePairCorpus } from "./make-pair-corpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bench = path.resolve(root, "../shared/bench");
const SETS = ["pages-dev", "pages-dev2", "pages-langs-dev"];

const setOf = new Map<string, string>();
const files: string[] = [];
for (const set of SETS) {
  for (const name of readdirSync(path.join(bench, set)).sort()) {
    if (HOLD_OUT_PAIRS.includes(name) || !existsSync(path.join(bench, set, name, "gold.json"))) continue;
    setOf.set(name, set);
    for (const side of ["src", "tgt"]) files.push(path.join(bench, set, name, `${side}.txt`));
  }
}
const read = async (paths: readonly string[]): Promise<PairInput[]> => {
  const loaded = await loadDocuments(paths);
  for (const problem of loaded.problems) process.stderr.write(`${problem.file}: ${problem.message}\n`);
  return loaded.documents.map((document) => ({ id: document.path, lang: document.lang, text: document.pairingText }));
};
const inputs = await read(files);
const nameOf = (file: string) => path.basename(path.dirname(file));

// Piles with articles that have no counterpart at all: the synthetic Text+Berg pile (7 pairs;
// a yearbook's German first half and French second half, same topic, other text; three seed
// articles) and the seeds (one pair, three singles, two of them on Vietnamese diplomacy).
const pileDir = mkdtempSync(path.join(os.tmpdir(), "tandem-pair-fit-"));
const pileTruth = await makePairCorpus(pileDir, { seed: 23 });
const piles = [
  { name: "textberg-pile", inputs: await read(readdirSync(pileDir).map((file) => path.join(pileDir, file))), pairs: pileTruth.pairs.map(([a, b]) => [path.join(pileDir, a), path.join(pileDir, b)]) },
  { name: "seeds", inputs: await read(readdirSync(path.join(root, "seeds")).map((file) => path.join(root, "seeds", file))), pairs: [[path.join(root, "seeds/000_a2c988d880e43a81.txt"), path.join(root, "seeds/001_9c2bcb4f48ee580e.txt")]] },
];
rmSync(pileDir, { recursive: true, force: true });

interface Setting {
  readonly threshold: number;
  readonly mutual: MutualBest | false;
}
const label = (s: Setting) => `threshold ${s.threshold}${s.mutual ? `, mutual floor ${s.mutual.floor} margin ${s.mutual.margin}${s.mutual.acrossScripts ? " across scripts" : ""}` : ", no mutual"}`;

/**
 * Per pair name: found or not (all files), and whether each of its files, left single, was
 * paired; per pile (name "pile:NAME"), its pairs found and missed and its singles paired.
 */
async function outcomes(setting: Setting): Promise<Map<string, { found: boolean; wrong: number; missed?: number; hits?: number }>> {
  const out = new Map<string, { found: boolean; wrong: number; missed?: number; hits?: number }>([...setOf.keys()].map((name) => [name, { found: false, wrong: 0 }]));
  for (const pile of piles) {
    const result = await pairDocuments(pile.inputs, { threshold: setting.threshold, mutual: setting.mutual });
    const truth = new Set(pile.pairs.map((pair) => [...pair].sort().join("|")));
    const hits = result.pairs.filter((pair) => truth.has([pair.source, pair.target].sort().join("|"))).length;
    out.set(`pile:${pile.name}`, { found: false, hits, missed: truth.size - hits, wrong: result.pairs.length - hits });
  }
  const whole = await pairDocuments(inputs, { threshold: setting.threshold, mutual: setting.mutual });
  for (const pair of whole.pairs) if (nameOf(pair.source) === nameOf(pair.target)) out.get(nameOf(pair.source))!.found = true;
  for (const input of inputs) {
    const partner = inputs.find((other) => other !== input && nameOf(other.id) === nameOf(input.id));
    const rest = inputs.filter((other) => other !== partner);
    const result = await pairDocuments(rest, { threshold: setting.threshold, mutual: setting.mutual });
    if (result.pairs.some((pair) => pair.source === input.id || pair.target === input.id)) out.get(nameOf(input.id))!.wrong++;
  }
  return out;
}

const count = (result: Map<string, { found: boolean; wrong: number; missed?: number; hits?: number }>, names: ReadonlySet<string>) => {
  let found = 0, missed = 0, wrong = 0;
  for (const name of names) {
    const r = result.get(name)!;
    if (r.hits !== undefined) (found += r.hits, missed += r.missed!);
    else r.found ? found++ : missed++;
    wrong += r.wrong;
  }
  return { found, missed, wrong, f1: (2 * found) / (2 * found + missed + wrong) };
};
const line = (text: string, c: ReturnType<typeof count>) =>
  `${text.padEnd(58)} pairs found ${String(c.found).padStart(2)} / ${c.found + c.missed}, singles paired wrongly ${String(c.wrong).padStart(2)}, F1 ${c.f1.toFixed(3)}`;

const settings: Setting[] = [];
for (const threshold of [0.14, 0.17, 0.2]) {
  settings.push({ threshold, mutual: false });
  for (const acrossScripts of [false, true]) {
    for (const floor of [0.03, 0.05, 0.08]) for (const margin of [1.5, 2, 3]) settings.push({ threshold, mutual: { floor, margin, acrossScripts } });
  }
}
const defaults: Setting = { threshold: DEFAULT_PAIR_THRESHOLD, mutual: DEFAULT_PAIR_MUTUAL };
const results = new Map<Setting, Map<string, { found: boolean; wrong: number; missed?: number; hits?: number }>>();
for (const [k, setting] of [...settings, defaults].entries()) {
  results.set(setting, await outcomes(setting));
  process.stderr.write(`\r${k + 1}/${settings.length + 1} settings`);
}
process.stderr.write("\n");

const all = new Set([...setOf.keys(), ...piles.map((pile) => `pile:${pile.name}`)]);
for (const pile of piles) setOf.set(`pile:${pile.name}`, "piles");
for (const setting of [...settings, defaults]) {
  const pileLine = piles.map((pile) => { const c = count(results.get(setting)!, new Set([`pile:${pile.name}`])); return `${pile.name} ${c.found}/${c.found + c.missed} +${c.wrong}`; }).join(", ");
  process.stdout.write(`${line(`all sets, ${label(setting)}`, count(results.get(setting)!, all))}  (${pileLine})\n`);
}
const fitted = { found: 0, missed: 0, wrong: 0 }, fixed = { found: 0, missed: 0, wrong: 0 };
for (const held of [...SETS, "piles"]) {
  const train = new Set([...all].filter((name) => setOf.get(name) !== held));
  const test = new Set([...all].filter((name) => setOf.get(name) === held));
  const best = settings.reduce((a, b) => (count(results.get(b)!, train).f1 > count(results.get(a)!, train).f1 ? b : a));
  const [c, d] = [count(results.get(best)!, test), count(results.get(defaults)!, test)];
  process.stdout.write(`${line(`${held} left out, fitted ${label(best)}`, c)}\n${line(`${held} left out, default`, d)}\n`);
  for (const key of ["found", "missed", "wrong"] as const) (fitted[key] += c[key], fixed[key] += d[key]);
}
const f1 = (c: typeof fitted) => (2 * c.found) / (2 * c.found + c.missed + c.wrong);
process.stdout.write(`cross-validated: fitted per fold F1 ${f1(fitted).toFixed(3)} (${fitted.found} found, ${fitted.wrong} wrong), default (${label(defaults)}) F1 ${f1(fixed).toFixed(3)} (${fixed.found} found, ${fixed.wrong} wrong)\n`);
