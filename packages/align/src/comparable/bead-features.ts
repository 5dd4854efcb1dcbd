import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";

import { beadSpan, runnerUpSimilarity } from "./bead-competition.js";

/**
 * What the learned bead acceptance ({@link acceptBeads}) looks at, for one bead with
 * both sides non-empty and contiguous, against documents of `n` and `m` sentences:
 *
 * - `similarity`, and every signal the scorer names (`sourceCoverage`, `targetCoverage`,
 *   `length`, `numbers`, and whatever a scorer adds later: names, dates), as they are;
 * - `runnerUp`: the best similarity either side reaches with a single sentence outside
 *   the bead, and `margin`, log((similarity + 0.01) / (runnerUp + 0.01)): being
 *   outcompeted is what marks a neighbour's counterpart (the shift-by-one);
 * - `sides`: sentences in the bead beyond the first pair; `diagonal`: how far the bead
 *   lies from the documents' diagonal (relative positions); `moved`: 1 for a moved pair.
 *
 * Undefined for beads it does not judge (a side empty or with gaps).
 *
 * @example
 * beadFeatures({ source: [3], target: [4], score: 0.4 }, prepared, 10, 12) // { similarity: 0.4, margin: 0.2, … }
 */
export function beadFeatures(bead: Bead, prepared: PreparedScorer, n: number, m: number): Record<string, number> | undefined {
  const span = beadSpan(bead);
  if (!span) return undefined;
  const { i0, i1, j0, j1 } = span;
  const similarity = prepared.similarity(i0, i1, j0, j1);
  const runnerUp = runnerUpSimilarity(prepared, span, n, m);
  const signals = prepared.signals(i0, i1, j0, j1);
  const features: Record<string, number> = {};
  for (const [key, value] of Object.entries(signals)) if (Number.isFinite(value)) features[key] = value;
  features.similarity = similarity;
  features.runnerUp = runnerUp;
  features.margin = Math.log((similarity + 0.01) / (runnerUp + 0.01));
  features.sides = i1 - i0 + (j1 - j0) - 2;
  features.diagonal = Math.abs((i0 + i1) / 2 / Math.max(1, n) - (j0 + j1) / 2 / Math.max(1, m));
  features.moved = bead.moved ? 1 : 0;
  return features;
}
