import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";

import { beadSpan, runnerUpSimilarity, signalOf, type BeadSpan } from "./bead-competition.js";

/**
 * The names {@link beadFeatures} gives beside the scorer's signals (with `edges`), and the
 * ones {@link proposeBeads} adds (`proposed`, `grown`, `lead`): what an acceptance model may
 * read whatever the scorer. A feature added to either must be named here, or
 * `acceptanceFits` refuses every model that reads it.
 */
export const OWN_BEAD_FEATURES: ReadonlySet<string> = new Set(["similarity", "runnerUp", "margin", "sides", "diagonal", "moved", "support", "gain", "edgeRival", "proposed", "grown", "lead"]);

/**
 * What the learned bead acceptance ({@link acceptBeads}) looks at, for one bead with
 * both sides non-empty and contiguous, against documents of `n` and `m` sentences:
 *
 * - `similarity`, and every signal the scorer names (`sourceCoverage`, `targetCoverage`,
 *   `length`, `numbers`, and whatever a scorer adds later: names, dates), as they are;
 * - `runnerUp`: the best similarity either side reaches with a single sentence outside
 *   the bead, and `margin`, log((similarity + 0.01) / (runnerUp + 0.01)): being
 *   outcompeted is what marks a neighbour's counterpart (the shift-by-one);
 * - `support` ({@link diagonalSupport}): the similarity of the one-to-one pair right before
 *   or right after the bead on both sides, the higher: a run of counterparts (a block
 *   translated or moved together) against a neighbour's counterpart, whose neighbours are
 *   shifted too;
 * - `sides`: sentences in the bead beyond the first pair; `diagonal`: how far the bead
 *   lies from the documents' diagonal (relative positions); `moved`: 1 for a moved pair.
 * - For a bead with two or more sentences on a side, what tells a true extension (a
 *   sentence rendered as two, s15 ↔ t06,t07) from a glued neighbour: `gain`, the least
 *   an edge sentence adds to the coverage of the other side (how much more of the other
 *   side's words it explains; the scorer's `sourceCoverage` / `targetCoverage`), and
 *   `edgeRival`, the most an edge sentence prefers a single sentence outside the bead,
 *   log((its best similarity outside + 0.01) / (its similarity with the bead's other
 *   side + 0.01)): a neighbour with its own partner elsewhere. Both 0 for a 1-1 bead. They
 *   cost a pass over the other side per edge sentence: with `edges` false (a model that does
 *   not read them) they are left out.
 *
 * Undefined for beads it does not judge (a side empty or with gaps).
 *
 * @example
 * beadFeatures({ source: [3], target: [4], score: 0.4 }, prepared, 10, 12) // { similarity: 0.4, margin: 0.2, … }
 */
export function beadFeatures(bead: Bead, prepared: PreparedScorer, n: number, m: number, edges = true): Record<string, number> | undefined {
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
  features.support = diagonalSupport(span, prepared, n, m);
  if (edges) {
    const { gain, rival } = edgeFeatures(span, prepared, signals, n, m);
    features.gain = gain;
    features.edgeRival = rival;
  }
  return features;
}

/**
 * `support`: the similarity of the one-to-one pair right before the bead on both sides
 * (i0 - 1, j0 - 1) or right after it (i1, j1), whichever is higher. A sentence and its
 * counterpart sit in a run of counterparts when a block of text was translated or moved
 * together; a neighbour's counterpart (the shift by one) has shifted neighbours too.
 */
export function diagonalSupport({ i0, i1, j0, j1 }: BeadSpan, prepared: PreparedScorer, n: number, m: number): number {
  const before = i0 > 0 && j0 > 0 ? prepared.similarity(i0 - 1, i0, j0 - 1, j0) : 0;
  const after = i1 < n && j1 < m ? prepared.similarity(i1, i1 + 1, j1, j1 + 1) : 0;
  return Math.max(0, before, after);
}

/**
 * `gain` and `edgeRival` of {@link beadFeatures}: over the first and last sentence of each
 * side that has two or more, the least coverage gain and the strongest pull elsewhere.
 */
export function edgeFeatures(span: BeadSpan, prepared: PreparedScorer, signals: Readonly<Record<string, number>>, n: number, m: number): { gain: number; rival: number } {
  const { i0, i1, j0, j1 } = span;
  let gain = Infinity;
  let rival = -Infinity;
  // A source edge sentence explains target words (targetCoverage), a target one source words.
  if (i1 - i0 >= 2) {
    for (const [edge, rest] of [[i0, [i0 + 1, i1]], [i1 - 1, [i0, i1 - 1]]] as const) {
      gain = Math.min(gain, signalOf(signals, "targetCoverage") - signalOf(prepared.signals(rest[0], rest[1], j0, j1), "targetCoverage"));
      let outside = 0;
      for (let j = 0; j < m; j++) if (j < j0 || j >= j1) outside = Math.max(outside, prepared.similarity(edge, edge + 1, j, j + 1));
      rival = Math.max(rival, Math.log((outside + 0.01) / (prepared.similarity(edge, edge + 1, j0, j1) + 0.01)));
    }
  }
  if (j1 - j0 >= 2) {
    for (const [edge, rest] of [[j0, [j0 + 1, j1]], [j1 - 1, [j0, j1 - 1]]] as const) {
      gain = Math.min(gain, signalOf(signals, "sourceCoverage") - signalOf(prepared.signals(i0, i1, rest[0], rest[1]), "sourceCoverage"));
      let outside = 0;
      for (let i = 0; i < n; i++) if (i < i0 || i >= i1) outside = Math.max(outside, prepared.similarity(i, i + 1, edge, edge + 1));
      rival = Math.max(rival, Math.log((outside + 0.01) / (prepared.similarity(i0, i1, edge, edge + 1) + 0.01)));
    }
  }
  return { gain: Number.isFinite(gain) ? gain : 0, rival: Number.isFinite(rival) ? rival : 0 };
}
