import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { beadExtent } from "./bead-competition.js";
import { OWN_BEAD_FEATURES } from "./bead-features.js";
import { proposeBeads, type BeadCandidate, type ProposeBeadsOptions } from "./propose-beads.js";

/**
 * A logistic model over {@link beadFeatures}: features are standardised with `mean`
 * and `scale`, weighted, and a bead is kept when the probability reaches `threshold`.
 * A feature the model names but the scorer does not give counts as 0.
 */
export interface BeadAcceptanceModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly threshold: number;
  /** Where the numbers came from: data, folds, the cross-validated figure. */
  readonly fitted?: string;
}

/**
 * Whether `model` can judge beads of this scorer: it was fitted on the lexical scorer's
 * signals, and a scorer that names other ones (neural, length, a test table) gets the
 * hand-set weak-bead rule instead.
 */
export function acceptanceFits(prepared: PreparedScorer, model: BeadAcceptanceModel, n: number, m: number): boolean {
  if (n === 0 || m === 0) return false;
  const signals = prepared.signals(0, 1, 0, 1);
  return model.features.every((name) => OWN_BEAD_FEATURES.has(name) || name in signals);
}

/** The probability that a bead with these features is right, under `model`. */
export function acceptanceProbability(features: Readonly<Record<string, number>>, model: BeadAcceptanceModel): number {
  let z = model.bias;
  model.features.forEach((name, k) => {
    z += model.weights[k]! * (((features[name] ?? 0) - model.mean[k]!) / (model.scale[k]! || 1));
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * The learned bead acceptance: one decision, with competition, over every candidate
 * {@link proposeBeads} gives (the DP's beads and the mutual-best span pairs anywhere in
 * the documents). Candidates are taken by falling probability under `model`, each while
 * its sentences are still free and its probability reaches the threshold; what no taken
 * candidate holds is left unaligned (1-0 / 0-1), rather than paired with a neighbour's
 * counterpart. Moved pairs compete too (feature `moved`); a bead with gaps competes by
 * its contiguous pieces.
 *
 * @example
 * acceptBeads(beads, prepared, BEAD_ACCEPTANCE_MODEL) // a 1-1 bead outcompeted by its neighbour → [1-0, 0-1]
 */
export function acceptBeads(beads: readonly Bead[], prepared: PreparedScorer, model: BeadAcceptanceModel, options: ProposeBeadsOptions = {}): Bead[] {
  // `gain` and `edgeRival` cost a pass over the other side per edge sentence: only for a model that reads them.
  const edgeFeatures = model.features.includes("gain") || model.features.includes("edgeRival");
  const proposal = proposeBeads(beads, prepared, { edgeFeatures, ...options });
  const probability = (candidate: BeadCandidate) => acceptanceProbability(candidate.features, model);
  return completeBeads([...selectCandidates(proposal.candidates, probability, model.threshold)], beads);
}

/**
 * The candidates taken, greedily by falling `probability` (the DP's bead first on a tie),
 * each only while none of its sentences is taken and its probability reaches `threshold`.
 */
export function selectCandidates(candidates: readonly BeadCandidate[], probability: (candidate: BeadCandidate) => number, threshold: number): Bead[] {
  const scored = candidates.map((candidate) => ({ candidate, p: probability(candidate) }));
  scored.sort((x, y) => y.p - x.p || (x.candidate.features.proposed ?? 0) - (y.candidate.features.proposed ?? 0));
  const usedSource = new Set<number>();
  const usedTarget = new Set<number>();
  const taken: Bead[] = [];
  for (const { candidate, p } of scored) {
    if (p < threshold) break;
    const { bead } = candidate;
    if (bead.source.some((i) => usedSource.has(i)) || bead.target.some((j) => usedTarget.has(j))) continue;
    bead.source.forEach((i) => usedSource.add(i));
    bead.target.forEach((j) => usedTarget.add(j));
    taken.push(bead);
  }
  return taken;
}

/**
 * `kept` plus a 1-0 / 0-1 bead for every sentence of `all` that no kept bead holds, in
 * reading order: by first source sentence, a bead without one after the bead holding
 * the target sentence before it.
 */
export function completeBeads(kept: readonly Bead[], all: readonly Bead[]): Bead[] {
  const usedSource = new Set(kept.flatMap((bead) => bead.source));
  const usedTarget = new Set(kept.flatMap((bead) => bead.target));
  const out: Bead[] = [...kept];
  for (const bead of all) {
    for (const i of bead.source) if (!usedSource.has(i)) out.push({ source: [i], target: [], score: 0 });
    for (const j of bead.target) if (!usedTarget.has(j)) out.push({ source: [], target: [j], score: 0 });
  }
  const targetKey = new Map<number, number>();
  const targetOnly: Bead[] = [];
  for (const bead of out) {
    if (bead.source.length > 0) for (const j of bead.target) targetKey.set(j, Math.min(...bead.source));
    else targetOnly.push(bead);
  }
  const { m } = beadExtent(out);
  let previous = -1;
  const keyOfTarget: number[] = [];
  for (let j = 0; j < m; j++) {
    previous = targetKey.get(j) ?? previous;
    keyOfTarget[j] = previous;
  }
  const keyOf = (bead: Bead) => (bead.source.length > 0 ? Math.min(...bead.source) : (keyOfTarget[bead.target[0]!] ?? -1) + 0.5);
  const tie = (bead: Bead) => (bead.source.length > 0 ? -1 : bead.target[0]!);
  return out.map((bead) => ({ bead, key: keyOf(bead), tie: tie(bead) })).sort((x, y) => x.key - y.key || x.tie - y.tie).map((x) => x.bead);
}
