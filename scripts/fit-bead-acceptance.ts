/**
 * Fits the learned bead acceptance (packages/align/src/comparable/accept-beads.ts): a
 * logistic model over bead features (lexical coverage both ways, numbers, length, the
 * similarity, the margin over the best competing sentence, bead size, distance from the
 * diagonal, moved or not; plus any signal the scorer adds later, e.g. names and dates),
 * labelled by the gold.
 *
 * Data: every dev pair of the page sets (hold-out pairs are never read), aligned as
 * `tandem bench pages` does but with the acceptance and the two hand-set passes it
 * replaces (weak-beads, recover-moved, trim-edges) switched off; the candidates are what acceptBeads
 * lets compete (proposeBeads: the DP's beads, the moved pairs, every mutual-best span
 * pair). A candidate's target is the share of its links that are gold links (1 when it is
 * exactly a gold group, score.py's strict rule). Parallel text (Text+Berg dev, ParIce, the
 * Bible's first 300 verses) adds the plain DP's beads, labelled against their gold files.
 *
 * The cross-validated figure: leave one page pair out (a pair is a site, or two): fit on
 * every other pair plus the parallel text, let the left-out pair's candidates compete
 * (selectCandidates, as acceptBeads does), score the pair. It prints micro strict / link
 * F1 per set for the DP's beads all kept, the hand-set weak-bead rule (ratio 0.9) and the
 * learned model at several thresholds; then fits on everything and writes the numbers to
 * packages/align/src/comparable/bead-acceptance-model.ts (unless --dry). --explain lists
 * each pair's candidates with their probability; --oracle adds the row of a perfect
 * decision over the same candidates (what candidate generation allows at best).
 * Re-run it after the scorer changes (new signals are picked up by name).
 *
 * --check [committed|fit]: per dev pair, the simulated counts with one fixed model next to
 * benchPagePair's (what `tandem bench pages` runs) with that model and the extension after
 * it switched off (scripts/fit-bead-extension.ts --check covers that); exit 1 on a difference.
 * The CV table's `committed` row scores the committed model (fixed, so in-sample) the
 * same way: adopt a refit only if its CV figure beats it. --lambda: the L2 penalty (0.01).
 *
 * --tune: the weights and bias of the fit are then moved (±0.4, 0.2, 0.1) while the
 * training pairs' micro strict + link F1 under the competing decision rises (quickCounts),
 * in every fold and for the written model (row `tuned`, threshold --tune-threshold, 0.5);
 * --ensemble averages three tuned models (soft labels, hard labels, no parallel text).
 * --variants [bag,forest,…]: rows for decision models other than one logistic
 * (scripts/bead-decision-variants.ts: bagging over pairs, a random forest, boosted trees,
 * features relative to the pair), fitted in every fold like the logistic, at thresholds
 * 0.4–0.6 (the figure to quote is the best of five, so a little optimistic).
 * --grow N: grown candidates (growBeads, N sentences; the default is
 * COMPARABLE_DEFAULTS.propose.grow). --dump FILE writes the page rows as JSONL.
 *
 * --agree agrees,reverseOverlap (stop 29, not kept; docs/pages.md "Tried and not kept"):
 * the pair aligned once more the other way round (tgt as source, the bench's pipeline with
 * the committed model), and each candidate gets `agrees` (1 when that run made exactly this
 * bead) and/or `reverseOverlap` (the share of its links that run's beads hold); parallel
 * text gets them from the plain DP the other way round. --agree-fold: the left-out pair's
 * reverse run is decided by a model fitted without it (no leak through the committed model).
 * --counts: the all-dev tp/pred/gold groups and links after each row.
 *
 *     pnpm run --silent build && pnpm exec tsx --conditions=source scripts/fit-bead-acceptance.ts [--dry] [--scorer hybrid --embeddings-url URL --model NAME] [--oracle] [--tune [--ensemble]] [--grow N] [--check [fit]] [--variants [names]] [--hard | --jaccard] [--lambda 0.01] [--parallel-share 0.3] [--sets pages-dev,pages-dev2] [--agree agrees,reverseOverlap [--agree-fold]] [--counts]
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  alignSentences,
  beadFeatures,
  selectCandidates,
  scorePageAlignment,
  listPageGroups,
  summarizePageCounts,
  acceptanceProbability,
  BEAD_ACCEPTANCE_MODEL,
  type Bead,
  type BeadAcceptanceModel,
  type PageCounts,
  type PageGold,
} from "../packages/align/src/index.js"; // the root package does not depend on @tandem/align; scripts run from sources
import { attachRepeats } from "../packages/align/src/comparable/attach-repeats.js";
import { dropCutCounterparts } from "../packages/align/src/comparable/drop-cut-counterparts.js";
import { createScorer, type ScorerArgs } from "../packages/cli/src/options/scorer-options.js";
import { defaultEmbeddingCacheFile } from "../packages/cli/src/options/neural-options.js";
import { alignLoadedSides } from "../packages/cli/src/pipeline/align-loaded-sides.js";
import { devPageCandidates, takenCandidates, type Offsets } from "./dev-page-candidates.js";
import { fitLogistic } from "./fit-logistic.js";
import { VARIANT_NAMES, variantFit } from "./bead-decision-variants.js";
import { benchPagePair, HOLD_OUT_PAIRS, listPagePairs } from "../packages/cli/src/bench/pages.js";
import { textberg } from "../packages/cli/src/bench/textberg.js";
import { parice } from "../packages/cli/src/bench/parice.js";
import { bible } from "../packages/cli/src/bench/bible.js";
import type { Dataset } from "../packages/cli/src/bench/dataset.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const DEV_SETS = (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",");
/**
 * --scorer hybrid (with --embeddings-url URL --model NAME, as `tandem bench` takes them; --dry
 * only): the candidates, features and parallel text scored by that scorer. The aligner judges
 * hybrid beads with the lexical scorer's model (its signals are among hybrid's), and the
 * `committed` row shows that; stop 37 found a model fitted on hybrid runs no better
 * (docs/pages.md, "Tried and not kept"). Embeddings are cached where `tandem bench` keeps them.
 */
const SCORER = valueOf("--scorer") ?? "lexical";
if (!["lexical", "hybrid"].includes(SCORER)) throw new Error(`--scorer ${SCORER}: lexical or hybrid (neural alone lacks the lexical signals the features read)`);
if (SCORER !== "lexical" && !args.includes("--dry") && !args.includes("--check")) throw new Error(`--scorer ${SCORER} needs --dry: the aligner reads the lexical scorer's model only`);
const SCORER_ARGS: ScorerArgs & { method: string } = {
  method: SCORER,
  "max-bead": 4,
  ...(valueOf("--embeddings-url") ? { "embeddings-url": valueOf("--embeddings-url")! } : {}),
  ...(valueOf("--model") ? { model: valueOf("--model")! } : {}),
  ...(SCORER === "lexical" ? {} : { embeddingCacheFile: defaultEmbeddingCacheFile() }),
};
/**
 * --train-extra DIR[,DIR]: page pairs with gold that are in every fold's training and in none's
 * evaluation (e.g. scripts/make-synthetic-pages.ts's pairs made from the parallel sets); their
 * beads count as parallel text (PARALLEL_SHARE) unless --extra-as-pages.
 */
const EXTRA = (valueOf("--train-extra") ?? "").split(",").filter(Boolean).map((dir) => path.resolve(dir));
const sets = [...DEV_SETS, ...EXTRA];
/**
 * Passes switched off while collecting: the decision itself and the three hand-set passes
 * it replaces (weak-beads, recover-moved, trim-edges), and --off a,b (to fit for a chain
 * without them). cut-counterparts runs after the decision in the aligner, so it is off
 * here and scorePair applies it after the decision: applied before, it took a cut-off
 * fragment's bead apart before it could compete and freed its partners (--check found
 * pompeo-retno-call-id-en scored 1/2 groups here and 1/1 in the bench).
 */
/** --grow N: candidates grown by N sentences (growBeads) instead of COMPARABLE_DEFAULTS.propose.grow; --check then differs from the bench unless N is the default. */
/** --top N, --no-mutual: proposeBeads' `top` and `mutual` instead of COMPARABLE_DEFAULTS.propose's (same caveat). */
const GROW = {
  ...(valueOf("--grow") !== undefined ? { grow: Number(valueOf("--grow")) } : {}),
  ...(valueOf("--top") !== undefined ? { top: Number(valueOf("--top")) } : {}),
  ...(args.includes("--no-mutual") ? { mutual: false } : {}),
};
const OFF = new Set(["weak-beads", "recover-moved", "trim-edges", "bead-acceptance", "cut-counterparts", ...(valueOf("--off") ?? "").split(",").filter(Boolean)]);
/** The parallel-text beads weigh this much in total against all page beads (1 = as much). */
/**
 * Features left out of the model (--drop-features a,b; "none" keeps all). By default the
 * raw runner-up: with it the model gave it a positive weight (it goes with a good
 * lexicon) and kept outcompeted beads; the margin carries the comparison. Without it the
 * cross-validated all-sets figure was 0.606 / 0.592 against 0.594 / 0.591.
 */
const DROPPED = new Set((valueOf("--drop-features") ?? (SCORER === "hybrid" ? "runnerUp,hybrid" : "runnerUp")).split(",").filter(Boolean)); // hybrid's `hybrid` signal is its similarity
/**
 * The fit learns the share of a bead's links that are gold links (1 for an exact gold
 * group): a partly right bead still earns link F1, and labelling it 0 taught the model to
 * dissolve too much (cross-validated all-sets figure 0.633 / 0.610 against 0.630 / 0.600
 * at its best threshold with exact 0/1 labels). --hard: exact 0/1 labels.
 */
const SOFT = !args.includes("--hard");
/**
 * --jaccard: the target is the candidate's gold links over the union of its links and the gold
 * links that touch its sentences. A one-to-one inside a gold two-to-one group then learns 0.5, not
 * the 1 of the link share, so it no longer wins over the whole group.
 */
const JACCARD = args.includes("--jaccard");
const PARALLEL_SHARE = Number(valueOf("--parallel-share") ?? 0.3);
/** The L2 penalty on the standardised weights (--lambda). */
const LAMBDA = Number(valueOf("--lambda") ?? 0.01);

interface Row {
  readonly group: string;
  readonly features: Record<string, number>;
  readonly label: 0 | 1;
  /** The target the fit learns: `label`, or with --soft the share of the bead's links that are gold links. */
  readonly target: number;
  readonly parallel?: true;
}
interface PagePair {
  readonly set: string;
  readonly name: string;
  readonly gold: PageGold;
  readonly sourceText: string;
  readonly targetText: string;
  /** The aligner's sentence texts, for putting repeats back (attachRepeats) as the aligner does. */
  readonly texts: { readonly source: readonly string[]; readonly target: readonly string[] };
  /** The candidates that compete, with their offsets, features and gold label. */
  readonly toOffsets: (bead: Bead) => Offsets;
  /** The index of a side's cut-off last sentence (the aligner's cutEnd), dissolved after the decision. */
  readonly cut: { source?: number; target?: number };
  /** The headline pair the headline pass paired, which the aligner keeps whatever the acceptance says. */
  readonly title?: Bead;
  readonly beads: { offsets: Offsets; features: Readonly<Record<string, number>>; bead: Bead; label: 0 | 1; linkShare: number; jaccard: number; key: string; links: readonly string[]; ids: { source: readonly number[]; target: readonly number[] } }[];
  /** --agree: the loaded sides, for the reverse run with a fold's model (--agree-fold). */
  sides?: { source: Parameters<typeof alignLoadedSides>[0]; target: Parameters<typeof alignLoadedSides>[0] };
  /** The gold groups' keys and gold links, for {@link quickCounts}. */
  readonly goldKeys: ReadonlySet<string>;
  readonly goldLinks: ReadonlySet<string>;
}

/** --agree agrees,reverseOverlap: features from the reverse alignment (sides swapped). */
const AGREE = new Set((valueOf("--agree") ?? "").split(",").filter(Boolean));
/** The beads (as "ids:ids" in forward orientation) and links of the reverse run: target as source, the bench's pipeline and committed model. */
async function reverseLinks(source: Parameters<typeof alignLoadedSides>[0], target: Parameters<typeof alignLoadedSides>[0], acceptance?: BeadAcceptanceModel): Promise<{ groups: Set<string>; links: Set<string> }> {
  const { scorer } = await createScorer(SCORER_ARGS, { sourceLang: target.document.lang, targetLang: source.document.lang });
  const { beads } = await alignLoadedSides(target, source, { scorer, maxBead: 4, recover: true, ...(acceptance ? { acceptance } : {}) });
  const groups = new Set<string>();
  const links = new Set<string>();
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    const [s, t] = [[...bead.target].sort((a, b) => a - b), [...bead.source].sort((a, b) => a - b)];
    groups.add(`${s.join(",")}:${t.join(",")}`);
    for (const x of s) for (const y of t) links.add(`${x}|${y}`);
  }
  return { groups, links };
}

/** The --agree features of a candidate (document sentence ids) against the reverse run. */
function agreeFeatures(reverse: { groups: ReadonlySet<string>; links: ReadonlySet<string> }, ids: { source: readonly number[]; target: readonly number[] }): Record<string, number> {
  const links = ids.source.flatMap((x) => ids.target.map((y) => `${x}|${y}`));
  const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b).join(",");
  return {
    ...(AGREE.has("agrees") ? { agrees: reverse.groups.has(`${sorted(ids.source)}:${sorted(ids.target)}`) ? 1 : 0 } : {}),
    ...(AGREE.has("reverseOverlap") ? { reverseOverlap: links.length > 0 ? links.filter((l) => reverse.links.has(l)).length / links.length : 0 } : {}),
  };
}

// ---- collect ----
const pages: PagePair[] = [];
for await (const { set, name, gold, source, target, aligned, toOffsets, cut, proposal, title } of devPageCandidates(benchRoot, sets, OFF, GROW, SCORER_ARGS)) {
  const goldGroups = listPageGroups(gold, source.file.text, target.file.text, []).gold;
  const pair: PagePair = {
    set,
    name,
    gold,
    sourceText: source.file.text,
    targetText: target.file.text,
    texts: { source: aligned.source.map((s) => s.text), target: aligned.target.map((s) => s.text) },
    toOffsets,
    // cut-counterparts switched off for the whole chain (--off) leaves the fragment's bead alone.
    cut: (valueOf("--off") ?? "").split(",").includes("cut-counterparts") ? {} : cut,
    ...(title ? { title } : {}),
    beads: [],
    goldKeys: new Set(goldGroups.map((group) => group.key)),
    goldLinks: new Set(gold.links.flatMap(([s, t]) => s.flatMap((x) => t.map((y) => `${x}|${y}`)))),
  };
  // --agree a,b: features from the reverse run (target -> source, the whole pipeline with the committed acceptance), in document sentence ids.
  const reverse = AGREE.size > 0 ? await reverseLinks(source, target) : undefined;
  if (AGREE.size > 0) pair.sides = { source, target };
  for (const candidate of proposal.candidates) {
    const ids = { source: candidate.bead.source.map((k) => aligned.source[k]!.id), target: candidate.bead.target.map((k) => aligned.target[k]!.id) };
    const features = reverse ? { ...candidate.features, ...agreeFeatures(reverse, ids) } : candidate.features;
    const offsets = toOffsets(candidate.bead);
    const counts = scorePageAlignment(gold, source.file.text, target.file.text, [offsets]);
    const label = counts.tpGroups > 0 ? 1 : 0;
    const linkShare = counts.predLinks > 0 ? counts.tpLinks / counts.predLinks : 0;
    const group = listPageGroups(gold, source.file.text, target.file.text, [offsets]).predicted[0];
    const links = group ? group.source.flatMap((x) => group.target.map((y) => `${x}|${y}`)) : [];
    // --jaccard: the candidate's gold links over its links and the gold links touching its sentences.
    const touched = [...pair.goldLinks].filter((link) => {
      const [x, y] = link.split("|");
      return (group?.source.includes(x!) ?? false) || (group?.target.includes(y!) ?? false);
    });
    const hits = links.filter((link) => pair.goldLinks.has(link)).length;
    const jaccard = links.length + touched.length - hits > 0 ? hits / (links.length + touched.length - hits) : 0;
    pair.beads.push({ offsets, features: args.includes("--oracle") ? { ...features, label } : features, bead: candidate.bead, label, linkShare, jaccard, key: group?.key ?? "", links, ids });
  }
  pages.push(pair);
  process.stderr.write(`${set}/${name}: ${pair.beads.length} candidates, ${pair.beads.filter((b) => b.label).length} right\n`);
}

// Parallel text: the DP's beads on documents with a gold alignment.
const parallel: Row[] = [];
async function addParallel(dataset: Dataset, split: string, limit: number): Promise<void> {
  const dir = path.join(benchRoot, dataset.folder);
  if (!existsSync(dir)) return;
  const { scorer } = await createScorer(SCORER_ARGS, { sourceLang: dataset.sourceLang, targetLang: dataset.targetLang });
  const reverseScorer = AGREE.size > 0 ? (await createScorer(SCORER_ARGS, { sourceLang: dataset.targetLang, targetLang: dataset.sourceLang })).scorer : undefined;
  for (const doc of await dataset.load(dir, split)) {
    const source = doc.source.slice(0, limit);
    const target = doc.target.slice(0, limit);
    const result = await alignSentences(source, target, { scorer, maxBead: 4 });
    // --agree: the plain DP the other way round (the parallel path has no acceptance).
    const reverse = AGREE.size > 0 ? await alignSentences(target, source, { scorer: reverseScorer!, maxBead: 4 }) : undefined;
    const reverseGroups = new Set(reverse?.beads.filter((b) => b.source.length > 0 && b.target.length > 0).map((b) => `${b.target.join(",")}:${b.source.join(",")}`));
    const reverseLinkSet = new Set(reverse?.beads.flatMap((b) => b.target.flatMap((x) => b.source.map((y) => `${x}|${y}`))));
    const gold = new Set(doc.gold.map((link) => `${link.source.join(",")}:${link.target.join(",")}`));
    let kept = 0;
    for (const bead of result.beads) {
      const last = Math.max(...bead.source, ...bead.target);
      if (last >= limit - 5) continue; // the cut at `limit` makes the last beads unfair
      const own = beadFeatures(bead, result.prepared, source.length, target.length);
      if (!own) continue;
      const links = bead.source.flatMap((x) => bead.target.map((y) => `${x}|${y}`));
      const features = {
        ...own,
        ...(AGREE.has("agrees") ? { agrees: reverseGroups.has(`${bead.source.join(",")}:${bead.target.join(",")}`) ? 1 : 0 } : {}),
        ...(AGREE.has("reverseOverlap") ? { reverseOverlap: links.length > 0 ? links.filter((l) => reverseLinkSet.has(l)).length / links.length : 0 } : {}),
      };
      parallel.push({ group: `${dataset.folder}/${doc.name}`, features, label: gold.has(`${bead.source.join(",")}:${bead.target.join(",")}`) ? 1 : 0, target: gold.has(`${bead.source.join(",")}:${bead.target.join(",")}`) ? 1 : 0, parallel: true });
      kept++;
    }
    process.stderr.write(`${dataset.folder}/${doc.name}: ${kept} beads\n`);
  }
}
await addParallel(textberg, "dev", 200);
await addParallel(parice, "test", 120);
await addParallel(bible, "test", 300);

// ---- fit ----
const rowsOf = (pairs: readonly PagePair[]): Row[] =>
  pairs.flatMap((pair) => pair.beads.map((b) => ({ group: `${pair.set}/${pair.name}`, features: { ...b.features }, label: b.label, target: JACCARD ? Math.max(b.label, b.jaccard) : SOFT ? Math.max(b.label, b.linkShare) : b.label })));

function fit(rows: readonly Row[], names: readonly string[], threshold: number, setting: { hard?: boolean; share?: number } = {}): BeadAcceptanceModel {
  return fitLogistic(rows, names, threshold, { share: setting.share ?? PARALLEL_SHARE, lambda: LAMBDA, steps: 800, ...(setting.hard ? { hard: true } : {}) });
}

// The hand-set rule it replaces: keep a bead when similarity ≥ 0.05 and ≥ 0.9 × the runner-up; moved beads always.
const handRule = (f: Record<string, number>) => f.moved === 1 || (f.similarity! >= 0.05 && (f.runnerUp === 0 || f.similarity! >= 0.9 * f.runnerUp!));

/** The pair's predictions when `probability` decides which candidates compete and win (as acceptBeads does). */
function scorePair(pair: PagePair, probability: (features: Readonly<Record<string, number>>) => number, threshold: number): PageCounts {
  const taken = takenCandidates(pair.beads.map((b) => ({ bead: b.bead, features: b.features })), (c) => probability(c.features), threshold, pair.title);
  // As alignWithMovedSentences does: a repeat left unaligned joins its twin's bead.
  const loose = (count: number, used: Set<number>, side: "source" | "target"): Bead[] =>
    Array.from({ length: count }, (_, k) => k).filter((k) => !used.has(k)).map((k) => ({ source: side === "source" ? [k] : [], target: side === "target" ? [k] : [], score: 0 }));
  const all = [
    ...taken,
    ...loose(pair.texts.source.length, new Set(taken.flatMap((b) => b.source)), "source"),
    ...loose(pair.texts.target.length, new Set(taken.flatMap((b) => b.target)), "target"),
  ];
  const repeated = OFF.has("repeats") ? all : attachRepeats(all, pair.texts.source, pair.texts.target);
  // As alignWithMovedSentences does after the decision: a cut-off fragment's bead is dissolved.
  const cut = pair.cut.source !== undefined || pair.cut.target !== undefined ? dropCutCounterparts(repeated, pair.cut) : repeated;
  const beads = cut.filter((b) => b.source.length > 0 && b.target.length > 0);
  return scorePageAlignment(pair.gold, pair.sourceText, pair.targetText, beads.map(pair.toOffsets));
}

// --train-extra: those pairs leave the evaluated pages and join the rows every fold trains on.
const extraPages = pages.filter((pair) => EXTRA.includes(pair.set));
for (const pair of extraPages) pages.splice(pages.indexOf(pair), 1);
for (const row of rowsOf(extraPages)) parallel.push(args.includes("--extra-as-pages") ? row : { ...row, parallel: true });
if (EXTRA.length > 0) process.stderr.write(`--train-extra: ${extraPages.length} pairs, ${rowsOf(extraPages).length} beads in every fold's training\n`);
if (valueOf("--dump")) writeFileSync(valueOf("--dump")!, rowsOf(pages).map((row) => JSON.stringify(row)).join("\n") + "\n"); // --dump FILE: the page rows as JSONL
const names = [...new Set([...rowsOf(pages), ...parallel].flatMap((row) => Object.keys(row.features)))].filter((name) => !DROPPED.has(name) && name !== "label").sort(); // --oracle's label is no feature
process.stderr.write(`features: ${names.join(", ")}\n`);

// ---- tune: the weights moved towards the decision's own figure ----
/**
 * The counts of `pairs` when `model` decides (selectCandidates, as acceptBeads does),
 * from each candidate's gold key and links computed once: no repeats put back and no
 * cut-off fragment dissolved, so a little off scorePair, and thousands of times faster.
 */
function quickCounts(pairs: readonly PagePair[], model: BeadAcceptanceModel): PageCounts {
  const counts: PageCounts = { tpLinks: 0, predLinks: 0, goldLinks: 0, tpGroups: 0, predGroups: 0, goldGroups: 0 };
  for (const pair of pairs) {
    const byBead = new Map(pair.beads.map((b) => [b.bead, b]));
    const taken = selectCandidates(pair.beads.map((b) => ({ bead: b.bead, features: b.features })), (c) => acceptanceProbability(c.features, model), model.threshold);
    const keys = new Set<string>();
    const links = new Set<string>();
    for (const bead of taken) {
      const b = byBead.get(bead)!;
      keys.add(b.key);
      for (const link of b.links) links.add(link);
    }
    counts.tpGroups += [...keys].filter((k) => pair.goldKeys.has(k)).length;
    counts.predGroups += keys.size;
    counts.goldGroups += pair.goldKeys.size;
    counts.tpLinks += [...links].filter((l) => pair.goldLinks.has(l)).length;
    counts.predLinks += links.size;
    counts.goldLinks += pair.goldLinks.size;
  }
  return counts;
}

/**
 * --tune: the logistic fit learns each candidate on its own, but the decision lets them
 * compete, and what counts is micro strict + link F1. Starting from the fit, each weight
 * and the bias are moved by ±step (0.4, 0.2, 0.1) while the training pairs' strict + link
 * F1 ({@link quickCounts}) rises; the cross-validation judges the result on the left-out pair.
 */
function tune(model: BeadAcceptanceModel, pairs: readonly PagePair[]): BeadAcceptanceModel {
  const objective = (m: BeadAcceptanceModel) => {
    const s = summarizePageCounts([quickCounts(pairs, m)]);
    return s.strict.f1 + s.link.f1;
  };
  let best = model;
  let bestValue = objective(best);
  for (const step of [0.4, 0.2, 0.1]) {
    for (let pass = 0; pass < 3; pass++) {
      let improved = false;
      for (let k = 0; k <= best.weights.length; k++) {
        for (const sign of [1, -1]) {
          const candidate: BeadAcceptanceModel =
            k === best.weights.length
              ? { ...best, bias: best.bias + sign * step }
              : { ...best, weights: best.weights.map((w, q) => (q === k ? w + sign * step : w)) };
          const value = objective(candidate);
          if (value > bestValue + 1e-9) {
            best = candidate;
            bestValue = value;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
  }
  return best;
}
const TUNE = args.includes("--tune");
/**
 * The tuned model: with --ensemble, the mean of three tuned models (soft labels with
 * parallel share 0.3, hard labels, soft labels without parallel text; same features and
 * standardisation, so their weights add): one tuning alone is a noisy local optimum.
 */
function tuneModel(rows: readonly Row[], pairs: readonly PagePair[]): BeadAcceptanceModel {
  if (!args.includes("--ensemble")) return tune(fit(rows, names, TUNE_THRESHOLD), pairs);
  const models = [{}, { hard: true }, { share: 0 }].map((setting) => tune(fit(rows, names, TUNE_THRESHOLD, setting), pairs));
  const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  return { ...models[0]!, weights: models[0]!.weights.map((_, k) => mean(models.map((m) => m.weights[k]!))), bias: mean(models.map((m) => m.bias)) };
}
/** The threshold the tuned model decides at (--tune-threshold); the bias moves instead. */
const TUNE_THRESHOLD = Number(valueOf("--tune-threshold") ?? 0.5);

// ---- check: the simulation against the aligner ----
// --check [committed|fit]: with one fixed model (the committed one, or one fitted on
// every pair), each dev pair's simulated decision (scorePair) must give the counts
// `tandem bench pages` gives (benchPagePair, the function the bench calls, with that
// model). Prints both per pair and exits 1 on any difference.
if (args.includes("--check")) {
  const which = valueOf("--check") === "fit" ? "fit" : "committed";
  const model = which === "fit" ? fit([...rowsOf(pages), ...parallel], names, Number(valueOf("--threshold") ?? 0.55)) : BEAD_ACCEPTANCE_MODEL!;
  const show = (c: PageCounts) => `links ${c.tpLinks}/${c.predLinks}/${c.goldLinks} groups ${c.tpGroups}/${c.predGroups}/${c.goldGroups}`;
  const simulated: PageCounts[] = [];
  const real: PageCounts[] = [];
  let differ = 0;
  process.stdout.write(`check with the ${which} model (threshold ${model.threshold}): per pair tp/pred/gold, simulated | bench\n`);
  for (const set of DEV_SETS) {
    const dir = path.join(benchRoot, set);
    for (const name of await listPagePairs(dir)) {
      if (HOLD_OUT_PAIRS.includes(name)) continue;
      const pair = pages.find((p) => p.set === set && p.name === name);
      // The acceptance alone: the extension after it (pass bead-extension) has its own --check in scripts/fit-bead-extension.ts.
      const bench = (await benchPagePair(dir, name, SCORER_ARGS, { maxBead: 4, acceptance: model, disable: new Set(["bead-extension"]) })).summary.counts;
      real.push(bench);
      if (!pair) {
        differ++;
        process.stdout.write(`DIFF ${set}/${name}: not simulated | ${show(bench)}\n`);
        continue;
      }
      const sim = scorePair(pair, (f) => acceptanceProbability(f, model), model.threshold);
      simulated.push(sim);
      const same = show(sim) === show(bench);
      if (!same) differ++;
      process.stdout.write(`${same ? "same" : "DIFF"} ${set}/${name}: ${show(sim)} | ${show(bench)}\n`);
    }
  }
  const [a, b] = [summarizePageCounts(simulated), summarizePageCounts(real)];
  process.stdout.write(`all-dev strict / link F1: simulated ${a.strict.f1.toFixed(3)} / ${a.link.f1.toFixed(3)}, bench ${b.strict.f1.toFixed(3)} / ${b.link.f1.toFixed(3)}; ${differ} pair(s) differ\n`);
  process.exit(differ > 0 ? 1 : 0);
}
const VARIANTS = args.includes("--variants")
  ? (valueOf("--variants")?.startsWith("--") !== false ? [...VARIANT_NAMES] : valueOf("--variants")!.split(",").filter((v): v is (typeof VARIANT_NAMES)[number] => (VARIANT_NAMES as readonly string[]).includes(v)))
  : [];
const VARIANT_THRESHOLDS = [0.4, 0.45, 0.5, 0.55, 0.6];
const variantFits = VARIANTS.map((name) => ({ name, fit: variantFit(name, names, (rows, features, rowWeight) => fitLogistic(rows, features, 0.5, { share: PARALLEL_SHARE, lambda: LAMBDA, steps: 800, ...(rowWeight ? { rowWeight } : {}) }), PARALLEL_SHARE) }));
const thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];
const cv = new Map<string, PageCounts[]>();
const add = (key: string, counts: PageCounts) => cv.set(key, [...(cv.get(key) ?? []), counts]);
for (const original of pages) {
  let pair = original;
  const training = [...rowsOf(pages.filter((other) => other !== original)), ...parallel];
  const model = fit(training, names, 0.5);
  // --agree-fold: the left-out pair's reverse run decided by a model fitted without it (the same recipe, no --agree features), not by the committed one.
  if (args.includes("--agree-fold") && pair.sides) {
    const base = fit(training, names.filter((name) => !AGREE.has(name)), 0.5);
    const reverse = await reverseLinks(pair.sides.source, pair.sides.target, base);
    pair = { ...pair, beads: pair.beads.map((b) => ({ ...b, features: { ...b.features, ...agreeFeatures(reverse, b.ids) } })) };
  }
  const tuned = TUNE ? tuneModel(training, pages.filter((other) => other !== original)) : undefined;
  if (TUNE) process.stderr.write(`tuned without ${pair.name}\n`);
  // --variants: each variant's probabilities for the left-out pair's candidates, by their features object.
  const variantProbability = variantFits.map(({ name, fit: fitVariant }) => {
    const ps = fitVariant(training)(pair.beads.map((b) => b.features));
    const byFeatures = new Map(pair.beads.map((b, k) => [b.features, ps[k]!]));
    return { name, probability: (f: Readonly<Record<string, number>>) => byFeatures.get(f)! };
  });
  for (const set of [pair.set, "all"]) {
    // none / hand: the DP's beads only (no proposals), all kept or the hand-set ratio rule.
    add(`${set}|none`, scorePair(pair, (f) => (f.proposed === 1 ? 0 : 1), 0.5));
    if (args.includes("--oracle")) add(`${set}|oracle`, scorePair(pair, (f) => f.label!, 0.5));
    add(`${set}|hand`, scorePair(pair, (f) => (f.proposed !== 1 && handRule(f) ? 1 : 0), 0.5));
    // The committed model is fixed: its "cross-validated" figure is its score on each pair (in-sample, so optimistic for it).
    if (BEAD_ACCEPTANCE_MODEL) add(`${set}|committed`, scorePair(pair, (f) => acceptanceProbability(f, BEAD_ACCEPTANCE_MODEL!), BEAD_ACCEPTANCE_MODEL.threshold));
    if (set === "all" && args.includes("--explain")) {
      const ps = pair.beads.map((b) => ({ b, p: acceptanceProbability(b.features, model) }));
      const taken = new Set(selectCandidates(pair.beads.map((b) => ({ bead: b.bead, features: b.features })), (c) => acceptanceProbability(c.features, model), 0.4));
      const show = (x: (typeof ps)[number]) => `${x.b.bead.source.join(",")}:${x.b.bead.target.join(",")} p=${x.p.toFixed(2)} sim=${x.b.features.similarity!.toFixed(2)} mg=${x.b.features.margin!.toFixed(2)} lead=${x.b.features.lead!.toFixed(2)} prop=${x.b.features.proposed} L=${x.b.label} ${JSON.stringify(Object.fromEntries(Object.entries(x.b.features).map(([k, v]) => [k, Number(v.toFixed(2))])))}`;
      process.stdout.write(`${pair.name}\n`);
      for (const x of ps) process.stdout.write(`  ${taken.has(x.b.bead) ? "TAKE" : "    "} ${show(x)}\n`);
    }
    for (const threshold of thresholds) add(`${set}|learned ${threshold}`, scorePair(pair, (f) => acceptanceProbability(f, model), threshold));
    for (const { name, probability } of variantProbability) for (const t of VARIANT_THRESHOLDS) add(`${set}|${name} ${t}`, scorePair(pair, probability, t));
    if (TUNE) add(`${set}|tuned`, scorePair(pair, (f) => acceptanceProbability(f, tuned!), tuned!.threshold));
  }
}
const f3 = (x: number) => x.toFixed(3);
process.stdout.write(`leave-one-pair-out over ${pages.length} dev page pairs (+ ${parallel.length} parallel-text beads in every fold), micro strict / link F1\n`);
const setNames = [...new Set(pages.map((pair) => pair.set)), "all"];
const methods = [...(args.includes("--oracle") ? ["oracle"] : []), "none", "hand", ...(BEAD_ACCEPTANCE_MODEL ? ["committed"] : []), ...thresholds.map((t) => `learned ${t}`), ...(TUNE ? ["tuned"] : []), ...VARIANTS.flatMap((name) => VARIANT_THRESHOLDS.map((t) => `${name} ${t}`))];
const pad = VARIANTS.length > 0 ? 22 : 14;
process.stdout.write(`${"decision".padEnd(pad)}${setNames.map((s) => s.padStart(18)).join("")}\n`);
for (const method of methods) {
  const cells = setNames.map((set) => {
    const s = summarizePageCounts(cv.get(`${set}|${method}`) ?? []);
    return `${f3(s.strict.f1)} / ${f3(s.link.f1)}`.padStart(18);
  });
  const all = cv.get(`all|${method}`) ?? [];
  const sum = (key: keyof PageCounts) => all.reduce((total, c) => total + c[key], 0);
  const counts = args.includes("--counts") ? `   groups ${sum("tpGroups")}/${sum("predGroups")}/${sum("goldGroups")} links ${sum("tpLinks")}/${sum("predLinks")}/${sum("goldLinks")}` : "";
  process.stdout.write(`${method.padEnd(pad)}${cells.join("")}${counts}\n`);
}

// The threshold with the best cross-validated strict + link F1 over all pairs (one choice
// among four, so the printed figure is a little optimistic), unless --threshold is given.
const cvSum = (t: number) => {
  const s = summarizePageCounts(cv.get(`all|learned ${t}`) ?? []);
  return s.strict.f1 + s.link.f1;
};
const threshold = TUNE ? TUNE_THRESHOLD : Number(valueOf("--threshold") ?? thresholds.reduce((best, t) => (cvSum(t) > cvSum(best) ? t : best)));
process.stdout.write(`threshold ${threshold}\n`);
const final = TUNE ? tuneModel([...rowsOf(pages), ...parallel], pages) : fit([...rowsOf(pages), ...parallel], names, threshold);
const all = summarizePageCounts(cv.get(TUNE ? "all|tuned" : `all|learned ${threshold}`) ?? []);
const described: BeadAcceptanceModel = {
  ...final,
  mean: final.mean.map((v) => Number(v.toFixed(5))),
  scale: final.scale.map((v) => Number(v.toFixed(5))),
  weights: final.weights.map((v) => Number(v.toFixed(5))),
  bias: Number(final.bias.toFixed(5)),
  fitted: `scripts/fit-bead-acceptance.ts on ${pages.length} dev page pairs (${rowsOf(pages).length} beads) + ${parallel.length} parallel-text beads; leave-one-pair-out strict / link F1 ${f3(all.strict.f1)} / ${f3(all.link.f1)} at threshold ${threshold}${TUNE ? `, weights tuned on the decision's strict + link F1 (${args.includes("--ensemble") ? "--tune --ensemble" : "--tune"})` : ""}`,
};
process.stdout.write(`\nweights (standardised): ${final.features.map((name, k) => `${name} ${final.weights[k]!.toFixed(2)}`).join(", ")}, bias ${final.bias.toFixed(2)}\n`);
if (!args.includes("--dry")) {
  const file = path.resolve(here, "../packages/align/src/comparable/bead-acceptance-model.ts");
  writeFileSync(
    file,
    `import type { BeadAcceptanceModel } from "./accept-beads.js";\n\n/** Written by scripts/fit-bead-acceptance.ts: re-run it after the scorer changes, do not edit by hand. */\nexport const BEAD_ACCEPTANCE_MODEL: BeadAcceptanceModel | undefined = ${JSON.stringify(described, null, 2)};\n`,
  );
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
