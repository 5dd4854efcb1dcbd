/**
 * Decision models other than one linear logistic, for scripts/fit-bead-acceptance.ts
 * --variants (not a command; stop 29, none kept: docs/pages.md, "Tried and not kept"):
 *
 * - `bag`: the logistic fitted on 25 bootstrap samples of the training page pairs (a pair
 *   drawn k times weighs k; the parallel text in every sample), probabilities averaged;
 * - `forest`: a random forest of regression trees on the soft target (ml-random-forest,
 *   100 trees of depth 4, half the features per tree; the parallel-text rows sampled down
 *   to 0.3 of the page rows, since the library takes no row weights);
 * - `boost`: gradient-boosted shallow trees (logistic loss on the soft target, Newton
 *   leaves, 32 quantile cuts per feature, rows weighed as the logistic fit weighs them),
 *   from a constant (`boost`) or from the logistic's own score (`boost-on-logistic`);
 * - `relative`: the logistic with `similarity` and `margin` also taken relative to the
 *   pair's own candidates (z-score within the pair; the parallel text within its
 *   document), so that a site with a thin lexicon is judged against itself.
 *
 * Each variant is a {@link VariantFit}: fitted on the training rows, it gives the
 * probability of each candidate of a left-out pair, whose candidates it sees together.
 */
import { RandomForestRegression } from "ml-random-forest";
import { acceptanceProbability, type BeadAcceptanceModel } from "../packages/align/src/index.js";
import type { LogisticRow } from "./fit-logistic.js";
import { mulberry32 } from "./seeded-random.js";

export interface VariantRow extends LogisticRow {
  /** The page pair (set/name) or parallel document the row comes from. */
  readonly group: string;
}

/** Probabilities for one pair's candidates (their features, in order). */
export type PairProbabilities = (candidates: readonly Readonly<Record<string, number>>[]) => number[];
export type VariantFit = (training: readonly VariantRow[]) => PairProbabilities;
/** The logistic fit of the script (its settings), with optional per-row weight multipliers. */
export type LogisticFit = (rows: readonly VariantRow[], names: readonly string[], rowWeight?: readonly number[]) => BeadAcceptanceModel;

export const VARIANT_NAMES = ["bag", "forest", "boost", "boost-on-logistic", "relative"] as const;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
const vector = (features: Readonly<Record<string, number>>, names: readonly string[]) => names.map((name) => features[name] ?? 0);

/** The variant `name` over the features `names`, with the script's logistic fit and parallel-text share. */
export function variantFit(name: (typeof VARIANT_NAMES)[number], names: readonly string[], fitLogistic: LogisticFit, share: number): VariantFit {
  switch (name) {
    case "bag":
      return (training) => {
        const pairs = [...new Set(training.filter((row) => !row.parallel).map((row) => row.group))];
        const next = mulberry32(7);
        const models = Array.from({ length: 25 }, () => {
          const drawn = new Map<string, number>();
          for (let k = 0; k < pairs.length; k++) {
            const pair = pairs[Math.floor(next() * pairs.length)]!;
            drawn.set(pair, (drawn.get(pair) ?? 0) + 1);
          }
          const rows = training.filter((row) => row.parallel || drawn.has(row.group));
          return fitLogistic(rows, names, rows.map((row) => (row.parallel ? 1 : drawn.get(row.group)!)));
        });
        return (candidates) => candidates.map((f) => models.reduce((sum, model) => sum + acceptanceProbability(f, model), 0) / models.length);
      };
    case "forest":
      return (training) => {
        const page = training.filter((row) => !row.parallel);
        const next = mulberry32(11);
        const parallel = training
          .filter((row) => row.parallel)
          .map((row) => ({ row, u: next() }))
          .sort((a, b) => a.u - b.u)
          .slice(0, Math.round(share * page.length))
          .map((x) => x.row);
        const rows = [...page, ...parallel];
        const forest = new RandomForestRegression({ nEstimators: 100, maxFeatures: 0.5, replacement: true, seed: 3, noOOB: true, useSampleBagging: true, treeOptions: { maxDepth: 4, minNumSamples: 20 } });
        forest.train(rows.map((row) => vector(row.features, names)), rows.map((row) => row.target));
        return (candidates) => (candidates.length === 0 ? [] : forest.predict(candidates.map((f) => vector(f, names))));
      };
    case "boost":
    case "boost-on-logistic":
      return (training) => {
        const start = name === "boost-on-logistic" ? fitLogistic(training, names) : undefined;
        const settings = start ? { trees: 30, depth: 2, rate: 0.05 } : { trees: 150, depth: 3, rate: 0.1 };
        const trees = boostTrees(training, names, share, settings, start ? (f) => logit(acceptanceProbability(f, start)) : undefined);
        return (candidates) => candidates.map((f) => sigmoid(trees(f)));
      };
    case "relative": {
      const relative = ["similarity", "margin"];
      const all = [...names, ...relative.map((feature) => `${feature}Relative`)].sort();
      const withRelative = (rows: readonly Readonly<Record<string, number>>[]) => {
        const extra = rows.map(() => ({}) as Record<string, number>);
        for (const feature of relative) {
          const values = rows.map((f) => f[feature] ?? 0);
          const mean = values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
          const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / Math.max(1, values.length)) || 1;
          values.forEach((v, k) => (extra[k]![`${feature}Relative`] = (v - mean) / sd));
        }
        return rows.map((f, k) => ({ ...f, ...extra[k] }));
      };
      return (training) => {
        const byGroup = new Map<string, VariantRow[]>();
        for (const row of training) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);
        const rows = [...byGroup.values()].flatMap((group) => {
          const features = withRelative(group.map((row) => row.features));
          return group.map((row, k) => ({ ...row, features: features[k]! }));
        });
        const model = fitLogistic(rows, all);
        return (candidates) => withRelative(candidates).map((f) => acceptanceProbability(f, model));
      };
    }
  }
}

interface TreeNode {
  readonly value?: number;
  readonly feature?: number;
  readonly cut?: number;
  readonly low?: TreeNode;
  readonly high?: TreeNode;
}

/**
 * Gradient boosting with logistic loss on the rows' soft targets (no library found that
 * takes soft targets and row weights): each tree fits the gradient with Newton leaf values
 * (L2 1, at least 20 rows a leaf, 80 % of the rows per tree); returns the score (log-odds).
 */
function boostTrees(
  rows: readonly VariantRow[],
  names: readonly string[],
  share: number,
  settings: { trees: number; depth: number; rate: number },
  start?: (features: Readonly<Record<string, number>>) => number,
): (features: Readonly<Record<string, number>>) => number {
  const x = rows.map((row) => vector(row.features, names));
  const pageCount = rows.filter((row) => !row.parallel).length;
  const parallelCount = rows.length - pageCount;
  const weight = rows.map((row) => (row.parallel ? (share * pageCount) / Math.max(1, parallelCount) : 1));
  const y = rows.map((row) => row.target);
  const totalWeight = weight.reduce((sum, w) => sum + w, 0);
  const base = start ? 0 : logit(weight.reduce((sum, w, i) => sum + w * y[i]!, 0) / totalWeight);
  const score = rows.map((row) => (start ? start(row.features) : base));
  const cuts = names.map((_, k) => {
    const values = [...new Set(x.map((r) => r[k]!))].sort((a, b) => a - b);
    if (values.length <= 32) return values.slice(0, -1).map((v, q) => (v + values[q + 1]!) / 2);
    return Array.from({ length: 31 }, (_, q) => values[Math.floor(((q + 1) * values.length) / 32)]!);
  });
  const bins = x.map((r) => r.map((v, k) => cuts[k]!.filter((c) => v > c).length));
  const grow = (index: readonly number[], g: readonly number[], h: readonly number[], depth: number): TreeNode => {
    let G = 0;
    let H = 0;
    for (const i of index) (G += g[i]!), (H += h[i]!);
    const leaf = { value: -G / (H + 1) };
    if (depth === 0 || index.length < 40) return leaf;
    let best = { gain: 1e-9, feature: -1, cut: 0 };
    for (let k = 0; k < names.length; k++) {
      const gs = new Float64Array(cuts[k]!.length + 1);
      const hs = new Float64Array(cuts[k]!.length + 1);
      const ns = new Int32Array(cuts[k]!.length + 1);
      for (const i of index) (gs[bins[i]![k]!]! += g[i]!), (hs[bins[i]![k]!]! += h[i]!), ns[bins[i]![k]!]!++;
      let [GL, HL, nL] = [0, 0, 0];
      for (let b = 0; b < cuts[k]!.length; b++) {
        (GL += gs[b]!), (HL += hs[b]!), (nL += ns[b]!);
        if (nL < 20 || index.length - nL < 20) continue;
        const gain = (GL * GL) / (HL + 1) + ((G - GL) * (G - GL)) / (H - HL + 1) - (G * G) / (H + 1);
        if (gain > best.gain) best = { gain, feature: k, cut: cuts[k]![b]! };
      }
    }
    if (best.feature < 0) return leaf;
    const { feature, cut } = best;
    return { feature, cut, low: grow(index.filter((i) => x[i]![feature]! <= cut), g, h, depth - 1), high: grow(index.filter((i) => x[i]![feature]! > cut), g, h, depth - 1) };
  };
  const evaluate = (node: TreeNode, r: readonly number[]): number => (node.value !== undefined ? node.value : evaluate(r[node.feature!]! <= node.cut! ? node.low! : node.high!, r));
  const next = mulberry32(5);
  const trees: TreeNode[] = [];
  for (let t = 0; t < settings.trees; t++) {
    const p = score.map(sigmoid);
    const g = p.map((pi, i) => (pi - y[i]!) * weight[i]!);
    const h = p.map((pi, i) => Math.max(1e-6, pi * (1 - pi)) * weight[i]!);
    const tree = grow(rows.map((_, i) => i).filter(() => next() < 0.8), g, h, settings.depth);
    trees.push(tree);
    x.forEach((r, i) => (score[i]! += settings.rate * evaluate(tree, r)));
  }
  return (features) => {
    const r = vector(features, names);
    return trees.reduce((sum, tree) => sum + settings.rate * evaluate(tree, r), start ? start(features) : base);
  };
}
