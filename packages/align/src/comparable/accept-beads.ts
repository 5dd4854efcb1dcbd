import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { beadExtent } from "./bead-competition.js";
import { beadFeatures } from "./bead-features.js";
import { dissolveBead } from "./dissolve-bead.js";

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

/** Features {@link beadFeatures} computes itself; the others are the scorer's signals. */
const OWN_FEATURES = new Set(["similarity", "runnerUp", "margin", "sides", "diagonal", "moved"]);

/**
 * Whether `model` can judge beads of this scorer: it was fitted on the lexical scorer's
 * signals, and a scorer that names other ones (neural, length, a test table) gets the
 * hand-set weak-bead rule instead.
 */
export function acceptanceFits(prepared: PreparedScorer, model: BeadAcceptanceModel, n: number, m: number): boolean {
  if (n === 0 || m === 0) return false;
  const signals = prepared.signals(0, 1, 0, 1);
  return model.features.every((name) => OWN_FEATURES.has(name) || name in signals);
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
 * Dissolves the beads the learned model does not accept into 1-0 / 0-1 beads (one
 * decision for every kind of bead: DP beads, moved pairs, recovered pairs), leaving a
 * sentence unaligned rather than paired with a neighbour's counterpart. Beads the
 * features do not cover (a side empty or with gaps) stay as they are, and so do moved
 * pairs: findMovedPairs already asked more of them (mutual best, margin, distance), and
 * the seed pair's moved caption (sim 0.45 against a runner-up near it) is right.
 *
 * @example
 * acceptBeads(beads, prepared, BEAD_ACCEPTANCE_MODEL) // a 1-1 bead outcompeted by its neighbour → [1-0, 0-1]
 */
export function acceptBeads(beads: readonly Bead[], prepared: PreparedScorer, model: BeadAcceptanceModel): Bead[] {
  const { n, m } = beadExtent(beads);
  const out: Bead[] = [];
  for (const bead of beads) {
    const features = bead.moved ? undefined : beadFeatures(bead, prepared, n, m);
    if (!features || acceptanceProbability(features, model) >= model.threshold) out.push(bead);
    else out.push(...dissolveBead(bead));
  }
  return out;
}
