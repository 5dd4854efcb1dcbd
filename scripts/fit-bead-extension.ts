/**
 * Fits the bead extension (packages/align/src/comparable/extend-beads.ts): the second,
 * fitted decision after the bead acceptance, a logistic yes/no per extension (a free
 * sentence next to a taken bead joins it; two taken beads touching on both sides become
 * one), over extensionCandidates' features.
 *
 * Data: every dev pair of the page sets (hold-out pairs are never read), collected as
 * scripts/fit-bead-acceptance.ts does (devPageCandidates, the acceptance and the passes it
 * replaces switched off), then decided by the committed acceptance model (selectCandidates,
 * as acceptBeads does). The extensions open to that result are labelled by the gold: the
 * share of the links an extension adds that are gold links (1 when the added sentence
 * belongs to the bead's gold group). Rows come from every round of a gold-guided growth
 * (the right extensions applied one at a time, the candidates taken again; each
 * extension once), so the model also sees beads that have grown already.
 *
 * The cross-validated figure: leave one page pair out (a pair is a site, or two): fit on
 * the other pairs, let the extension grow the left-out pair's beads (extendBeads), put the
 * repeats back and dissolve a cut-off fragment's bead (as alignWithMovedSentences does),
 * score the pair. Prints micro strict / link F1 per set: no extension, a gold-guided one
 * (`oracle`: what the candidates allow at best), and the fitted model at several
 * thresholds. Then fits on every pair and writes packages/align/src/comparable/
 * bead-extension-model.ts (unless --dry). --check: per dev pair, the simulated counts with
 * the committed extension model next to benchPagePair's; exit 1 on a difference.
 *
 * --parallel-share S: the parallel-text rows' weight against the page rows (0.3; 0 leaves them out).
 * --explain: per left-out pair, the extensions the fold's model gives 0.3 or more (or that
 * are right), and those the committed model makes, with the texts. --rows: every page row.
 *
 *     pnpm exec tsx --conditions=source scripts/fit-bead-extension.ts [--dry] [--check] [--threshold T] [--lambda 0.01] [--parallel-share 0.3] [--drop-features a,b] [--sets pages-dev,pages-dev2]
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  scorePageAlignment,
  summarizePageCounts,
  acceptanceProbability,
  BEAD_ACCEPTANCE_MODEL,
  COMPARABLE_DEFAULTS,
  type Bead,
  type BeadAcceptanceModel,
  type PageCounts,
  type PageGold,
} from "../packages/align/src/index.js"; // the root package does not depend on @tandem/align; scripts run from sources
import { attachRepeats } from "../packages/align/src/comparable/attach-repeats.js";
import { dropCutCounterparts } from "../packages/align/src/comparable/drop-cut-counterparts.js";
import { applyExtension, extendBeads, extensionCandidates, EXTENSION_FEATURES, type BeadExtension } from "../packages/align/src/comparable/extend-beads.js";
import { BEAD_EXTENSION_MODEL } from "../packages/align/src/comparable/bead-extension-model.js";
import type { PreparedScorer } from "../packages/align/src/scoring/span-scorer.js";
import { devPageCandidates, type Offsets, takenCandidates } from "./dev-page-candidates.js";
import { fitLogistic } from "./fit-logistic.js";
import { benchPagePair, HOLD_OUT_PAIRS, listPagePairs } from "../packages/cli/src/bench/pages.js";
import { createScorer } from "../packages/cli/src/options/scorer-options.js";
import { textberg } from "../packages/cli/src/bench/textberg.js";
import { parice } from "../packages/cli/src/bench/parice.js";
import { bible } from "../packages/cli/src/bench/bible.js";
import type { Dataset } from "../packages/cli/src/bench/dataset.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const sets = (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",");
/** As scripts/fit-bead-acceptance.ts collects: the decision and the passes it replaces off; cut-counterparts applied after. */
const OFF = new Set(["weak-beads", "recover-moved", "trim-edges", "bead-acceptance", "bead-extension", "cut-counterparts"]);
const LAMBDA = Number(valueOf("--lambda") ?? 0.01);
/** The aligner's limits, except that the extension runs here even when the defaults switch it off (maxSteps 0). */
const OPTIONS = { maxSpan: COMPARABLE_DEFAULTS.extend.maxSpan };
const ACCEPTANCE = BEAD_ACCEPTANCE_MODEL!;

interface Row {
  readonly features: Readonly<Record<string, number>>;
  readonly label: 0 | 1;
  readonly target: number;
  readonly parallel?: true;
}
interface PagePair {
  readonly set: string;
  readonly name: string;
  readonly gold: PageGold;
  readonly sourceText: string;
  readonly targetText: string;
  readonly texts: { readonly source: readonly string[]; readonly target: readonly string[] };
  /** The segmenter's kind of each aligner sentence (the extension joins one kind only, as the aligner does). */
  readonly kinds: { readonly source: readonly string[]; readonly target: readonly string[] };
  readonly prepared: PreparedScorer;
  readonly toOffsets: (bead: Bead) => Offsets;
  readonly cut: { source?: number; target?: number };
  /** The committed acceptance's beads, with a 1-0 / 0-1 bead for each sentence it left. */
  readonly accepted: readonly Bead[];
  readonly rows: Row[];
  /** The beads after the gold-guided growth. */
  oracle: readonly Bead[];
}

/** The links an extension adds and how many of them are gold links (score.py's sentence mapping). */
function labelOf(pair: Omit<PagePair, "rows" | "oracle">, beads: readonly Bead[], extension: BeadExtension): { added: number; right: number } {
  const count = (list: readonly Bead[]) => scorePageAlignment(pair.gold, pair.sourceText, pair.targetText, list.map(pair.toOffsets));
  const before = count([beads[extension.bead]!, ...(extension.joined !== undefined ? [beads[extension.joined]!] : [])]);
  const after = count([{ source: range(extension.span.i0, extension.span.i1), target: range(extension.span.j0, extension.span.j1), score: 0 }]);
  return { added: after.predLinks - before.predLinks, right: after.tpLinks - before.tpLinks };
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

// ---- collect ----
const pages: PagePair[] = [];
for await (const { set, name, gold, source, target, aligned, toOffsets, kinds, cut, proposal, title } of devPageCandidates(benchRoot, sets, OFF)) {
  const n = aligned.source.length;
  const m = aligned.target.length;
  const taken = takenCandidates(proposal.candidates, (c) => acceptanceProbability(c.features, ACCEPTANCE), ACCEPTANCE.threshold, title);
  const usedSource = new Set(taken.flatMap((b) => b.source));
  const usedTarget = new Set(taken.flatMap((b) => b.target));
  const accepted: Bead[] = [
    ...taken,
    ...range(0, n).filter((i) => !usedSource.has(i)).map((i) => ({ source: [i], target: [], score: 0 })),
    ...range(0, m).filter((j) => !usedTarget.has(j)).map((j) => ({ source: [], target: [j], score: 0 })),
  ];
  const base = {
    set,
    name,
    gold,
    sourceText: source.file.text,
    targetText: target.file.text,
    texts: { source: aligned.source.map((s) => s.text), target: aligned.target.map((s) => s.text) },
    kinds,
    prepared: aligned.prepared,
    toOffsets,
    cut,
    accepted,
  };
  // Gold-guided growth: every candidate of every round is a row; the best right one is applied.
  const rows: Row[] = [];
  const seen = new Set<string>();
  let current: Bead[] = [...accepted];
  for (let round = 0; round < 40; round++) {
    let best: { extension: BeadExtension; share: number } | undefined;
    for (const extension of extensionCandidates(current, aligned.prepared, base.texts, n, m, { ...OPTIONS, kinds: base.kinds })) {
      const { added, right } = labelOf(base, current, extension);
      if (added <= 0) continue; // the added sentence maps to gold sentences the bead holds already
      const share = right / added;
      const key = `${extension.span.i0}:${extension.span.i1}|${extension.span.j0}:${extension.span.j1}`;
      if (!seen.has(key)) rows.push({ features: extension.features, label: share >= 0.5 ? 1 : 0, target: share });
      seen.add(key);
      if (share >= 0.5 && (!best || share > best.share)) best = { extension, share };
    }
    if (!best) break;
    current = applyExtension(current, best.extension, aligned.prepared);
  }
  pages.push({ ...base, rows, oracle: current });
  process.stderr.write(`${set}/${name}: ${rows.length} extensions, ${rows.filter((r) => r.label).length} right\n`);
}

// ---- parallel text: gold beads with their many-to-one groups cut to a 1-1 core ----
/**
 * Text+Berg dev, ParIce test and the Bible's first verses have gold 1-2 and 2-1 beads (a
 * sentence rendered as two) in numbers the pages lack. The beads are the gold's, except
 * that each bead with two or more sentences on a side keeps only its most similar 1-1 and
 * leaves the rest free (the extensions that are right), and every fifth 1-1 bead is taken
 * apart (free sentences next to beads they do not belong to, with their partner elsewhere:
 * the extensions that are wrong). Labelled by the gold, weighed --parallel-share (0.3) of the
 * page rows in total.
 */
const PARALLEL_SHARE = Number(valueOf("--parallel-share") ?? 0.3);
const parallel: Row[] = [];
async function addParallel(dataset: Dataset, split: string, limit: number): Promise<void> {
  const dir = path.join(benchRoot, dataset.folder);
  if (!existsSync(dir)) return;
  const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: dataset.sourceLang, targetLang: dataset.targetLang });
  for (const doc of await dataset.load(dir, split)) {
    const source = doc.source.slice(0, limit);
    const target = doc.target.slice(0, limit);
    const prepared = await scorer.prepare(source, target, { maxBead: 4 });
    const gold = doc.gold.filter((link) => [...link.source, ...link.target].every((k) => k < limit - 5));
    const groupOf = new Map<string, number>();
    gold.forEach((link, g) => {
      link.source.forEach((i) => groupOf.set(`s${i}`, g));
      link.target.forEach((j) => groupOf.set(`t${j}`, g));
    });
    const beads: Bead[] = [];
    for (const [g, link] of gold.entries()) {
      const free = (): Bead[] => [...link.source.map((i) => ({ source: [i], target: [], score: 0 })), ...link.target.map((j) => ({ source: [], target: [j], score: 0 }))];
      if (link.source.length === 0 || link.target.length === 0) {
        beads.push(...free());
        continue;
      }
      if (link.source.length === 1 && link.target.length === 1) {
        beads.push(...(g % 5 === 2 ? free() : [{ ...link, score: 1 }]));
        continue;
      }
      let core = { i: link.source[0]!, j: link.target[0]!, sim: -1 };
      for (const i of link.source) for (const j of link.target) if (prepared.similarity(i, i + 1, j, j + 1) > core.sim) core = { i, j, sim: prepared.similarity(i, i + 1, j, j + 1) };
      beads.push({ source: [core.i], target: [core.j], score: 1 }, ...free().filter((b) => b.source[0] !== core.i && b.target[0] !== core.j));
    }
    let rows = 0;
    for (const extension of extensionCandidates(beads, prepared, { source, target }, source.length, target.length, OPTIONS)) {
      const grown = beads[extension.bead]!;
      const addedKeys = extension.joined !== undefined ? [...beads[extension.joined]!.source.map((i) => `s${i}`), ...beads[extension.joined]!.target.map((j) => `t${j}`)] : [...beads[extension.free!]!.source.map((i) => `s${i}`), ...beads[extension.free!]!.target.map((j) => `t${j}`)];
      const right = addedKeys.every((key) => groupOf.get(key) === groupOf.get(grown.source.length > 0 ? `s${grown.source[0]}` : `t${grown.target[0]}`));
      parallel.push({ features: extension.features, label: right ? 1 : 0, target: right ? 1 : 0, parallel: true });
      rows++;
    }
    process.stderr.write(`${dataset.folder}/${doc.name}: ${rows} extensions\n`);
  }
}
if (PARALLEL_SHARE > 0) {
  await addParallel(textberg, "dev", 200);
  await addParallel(parice, "test", 120);
  await addParallel(bible, "test", 300);
}

// ---- fit: as scripts/fit-bead-acceptance.ts fits the acceptance ----
function fit(pageRows: readonly Row[], names: readonly string[], threshold: number): BeadAcceptanceModel {
  return fitLogistic([...pageRows, ...parallel], names, threshold, { share: PARALLEL_SHARE, lambda: LAMBDA, steps: 1000 });
}

/** The pair's counts with `beads` (after the acceptance, maybe grown), finished as alignWithMovedSentences does. */
function scoreBeads(pair: PagePair, beads: readonly Bead[]): PageCounts {
  const repeated = attachRepeats([...beads], pair.texts.source, pair.texts.target);
  const cut = pair.cut.source !== undefined || pair.cut.target !== undefined ? dropCutCounterparts(repeated, pair.cut) : repeated;
  return scorePageAlignment(pair.gold, pair.sourceText, pair.targetText, cut.filter((b) => b.source.length > 0 && b.target.length > 0).map(pair.toOffsets));
}
const grow = (pair: PagePair, model: BeadAcceptanceModel) => extendBeads(pair.accepted, pair.prepared, pair.texts, model, { ...OPTIONS, kinds: pair.kinds });

const names = [...EXTENSION_FEATURES].filter((name) => !(valueOf("--drop-features") ?? "").split(",").includes(name));
const allRows = pages.flatMap((pair) => pair.rows);
process.stderr.write(`${allRows.length} rows, ${allRows.filter((r) => r.label).length} right; parallel ${parallel.length} rows, ${parallel.filter((r) => r.label).length} right; features: ${names.join(", ")}\n`);

if (args.includes("--check")) {
  const show = (c: PageCounts) => `links ${c.tpLinks}/${c.predLinks}/${c.goldLinks} groups ${c.tpGroups}/${c.predGroups}/${c.goldGroups}`;
  const simulated: PageCounts[] = [];
  const real: PageCounts[] = [];
  let differ = 0;
  for (const set of sets) {
    const dir = path.join(benchRoot, set);
    for (const name of await listPagePairs(dir)) {
      if (HOLD_OUT_PAIRS.includes(name)) continue;
      const pair = pages.find((p) => p.set === set && p.name === name);
      const bench = (await benchPagePair(dir, name, { method: "lexical", "max-bead": 4 }, { maxBead: 4, ...(BEAD_EXTENSION_MODEL ? { extension: BEAD_EXTENSION_MODEL } : {}) })).summary.counts;
      real.push(bench);
      const sim = pair ? scoreBeads(pair, BEAD_EXTENSION_MODEL ? grow(pair, BEAD_EXTENSION_MODEL) : pair.accepted) : undefined;
      if (sim) simulated.push(sim);
      const same = sim !== undefined && show(sim) === show(bench);
      if (!same) differ++;
      process.stdout.write(`${same ? "same" : "DIFF"} ${set}/${name}: ${sim ? show(sim) : "not simulated"} | ${show(bench)}\n`);
    }
  }
  const [a, b] = [summarizePageCounts(simulated), summarizePageCounts(real)];
  process.stdout.write(`all-dev strict / link F1: simulated ${a.strict.f1.toFixed(3)} / ${a.link.f1.toFixed(3)}, bench ${b.strict.f1.toFixed(3)} / ${b.link.f1.toFixed(3)}; ${differ} pair(s) differ\n`);
  process.exit(differ > 0 ? 1 : 0);
}

// ---- cross-validate: leave one pair out ----
const thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const cv = new Map<string, PageCounts[]>();
const add = (key: string, counts: PageCounts) => cv.set(key, [...(cv.get(key) ?? []), counts]);
for (const pair of pages) {
  const model = fit(pages.filter((other) => other !== pair).flatMap((other) => other.rows), names, 0.5);
  if (args.includes("--explain"))
    for (const row of pair.rows) {
      const p = acceptanceProbability(row.features, model);
      if (p >= 0.3 || row.label) process.stdout.write(`${pair.name} p=${p.toFixed(2)} label ${row.target.toFixed(2)} ${Object.entries(row.features).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(" ")}\n`);
    }
  if (args.includes("--explain") && BEAD_EXTENSION_MODEL) {
    // The committed model's extensions on this pair, with the texts, and whether they were right.
    const before = new Set(pair.accepted.map((b) => `${b.source.join(",")}:${b.target.join(",")}`));
    for (const bead of grow(pair, BEAD_EXTENSION_MODEL)) {
      if (before.has(`${bead.source.join(",")}:${bead.target.join(",")}`)) continue;
      const counts = scorePageAlignment(pair.gold, pair.sourceText, pair.targetText, [pair.toOffsets(bead)]);
      process.stdout.write(`EXTENDED ${pair.name} ${bead.source.join(",")}:${bead.target.join(",")} links ${counts.tpLinks}/${counts.predLinks}\n`);
      for (const i of bead.source) process.stdout.write(`   s${i} ${pair.texts.source[i]}\n`);
      for (const j of bead.target) process.stdout.write(`   t${j} ${pair.texts.target[j]}\n`);
    }
  }
  const results = thresholds.map((threshold) => scoreBeads(pair, grow(pair, { ...model, threshold })));
  for (const set of [pair.set, "all"]) {
    add(`${set}|none`, scoreBeads(pair, pair.accepted));
    add(`${set}|oracle`, scoreBeads(pair, pair.oracle));
    if (BEAD_EXTENSION_MODEL) add(`${set}|committed`, scoreBeads(pair, grow(pair, BEAD_EXTENSION_MODEL)));
    thresholds.forEach((threshold, k) => add(`${set}|learned ${threshold}`, results[k]!));
  }
}
const f3 = (x: number) => x.toFixed(3);
process.stdout.write(`leave-one-pair-out over ${pages.length} dev page pairs (${allRows.length} extensions, ${allRows.filter((r) => r.label).length} right), micro strict / link F1\n`);
const setNames = [...new Set(pages.map((pair) => pair.set)), "all"];
const methods = ["oracle", "none", ...(BEAD_EXTENSION_MODEL ? ["committed"] : []), ...thresholds.map((t) => `learned ${t}`)];
process.stdout.write(`${"decision".padEnd(14)}${setNames.map((s) => s.padStart(18)).join("")}\n`);
for (const method of methods) {
  const cells = setNames.map((set) => {
    const s = summarizePageCounts(cv.get(`${set}|${method}`) ?? []);
    return `${f3(s.strict.f1)} / ${f3(s.link.f1)}`.padStart(18);
  });
  process.stdout.write(`${method.padEnd(14)}${cells.join("")}\n`);
}
const cvSum = (t: number) => {
  const s = summarizePageCounts(cv.get(`all|learned ${t}`) ?? []);
  return s.strict.f1 + s.link.f1;
};
const threshold = Number(valueOf("--threshold") ?? thresholds.reduce((best, t) => (cvSum(t) > cvSum(best) ? t : best)));
const final = fit(allRows, names, threshold);
const all = summarizePageCounts(cv.get(`all|learned ${threshold}`) ?? []);
const none = summarizePageCounts(cv.get("all|none") ?? []);
process.stdout.write(`threshold ${threshold}\nweights (standardised): ${final.features.map((name, k) => `${name} ${final.weights[k]!.toFixed(2)}`).join(", ")}, bias ${final.bias.toFixed(2)}\n`);
const described: BeadAcceptanceModel = {
  ...final,
  mean: final.mean.map((v) => Number(v.toFixed(5))),
  scale: final.scale.map((v) => Number(v.toFixed(5))),
  weights: final.weights.map((v) => Number(v.toFixed(5))),
  bias: Number(final.bias.toFixed(5)),
  fitted: `scripts/fit-bead-extension.ts on ${pages.length} dev page pairs (${allRows.length} extensions, ${allRows.filter((r) => r.label).length} right) + ${parallel.length} parallel-text extensions (${parallel.filter((r) => r.label).length} right, share ${PARALLEL_SHARE}); leave-one-pair-out strict / link F1 ${f3(all.strict.f1)} / ${f3(all.link.f1)} at threshold ${threshold} (without extension ${f3(none.strict.f1)} / ${f3(none.link.f1)})`,
};
if (!args.includes("--dry")) {
  const file = path.resolve(here, "../packages/align/src/comparable/bead-extension-model.ts");
  writeFileSync(
    file,
    `import type { BeadAcceptanceModel } from "./accept-beads.js";\n\n/** Written by scripts/fit-bead-extension.ts: re-run it after the scorer or the acceptance changes, do not edit by hand. */\nexport const BEAD_EXTENSION_MODEL: BeadAcceptanceModel | undefined = ${JSON.stringify(described, null, 2)};\n`,
  );
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
if (args.includes("--rows")) for (const pair of pages) for (const row of pair.rows) process.stdout.write(`${row.label} ${row.target.toFixed(2)} ${pair.name} ${Object.entries(row.features).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(" ")}\n`);
