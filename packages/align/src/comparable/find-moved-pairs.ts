import type { Bead } from "../bead.js";
import { meanTopK } from "./mean-top-k.js";
import type { RecoverMovedOptions } from "./recover-moved.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { COMPARABLE_DEFAULTS } from "./comparable-defaults.js";

/** A source and a target sentence that belong together but sit apart in the documents. */
export interface MovedPair {
  readonly source: number;
  readonly target: number;
  readonly similarity: number;
  readonly margin: number;
}

/**
 * Finds sentence pairs the monotone DP could not link because they sit at different
 * places (a caption at the top of one edition and far down in the other) and that the
 * DP therefore swallowed into some neighbouring many-to-many bead or left unaligned.
 *
 * A pair (i, j) of single sentences qualifies when i and j are not in the same DP
 * bead and, exactly as in {@link recoverMovedBeads}: each is the other's best match
 * over the whole other document, sim ≥ minSimilarity, ratio margin (Artetxe & Schwenk
 * 2019, k nearest neighbours over all sentences) ≥ minMargin, and sim ≥
 * minRunnerUpRatio × the runner-up of either side. Moreover j must lie at least
 * `minDisplacement` sentences from every target sentence of i's DP bead (or, when i was
 * left unaligned, from the targets of the beads around it): a partner one bead over is a
 * boundary the DP weighed, not a sentence that moved, and on real page pairs such
 * near "moves" were wrong while the moved captions of a comparable article sit a dozen
 * sentences away. Cost: one similarity per sentence
 * pair (n × m), skipped above `maxComparisons`.
 *
 * @example
 * findMovedPairs(beads, prepared) // [{ source: 17, target: 1, similarity: 0.51, margin: 1.5 }]
 */
export function findMovedPairs(beads: readonly Bead[], prepared: PreparedScorer, options: RecoverMovedOptions = {}): MovedPair[] {
  const minSimilarity = options.minSimilarity ?? COMPARABLE_DEFAULTS.moved.minSimilarity;
  const minMargin = options.minMargin ?? COMPARABLE_DEFAULTS.moved.minMargin;
  const minRunnerUpRatio = options.minRunnerUpRatio ?? COMPARABLE_DEFAULTS.moved.minRunnerUpRatio;
  const k = options.neighbours ?? COMPARABLE_DEFAULTS.moved.neighbours;
  const maxComparisons = options.maxComparisons ?? COMPARABLE_DEFAULTS.moved.maxComparisons;
  const minDisplacement = options.minDisplacement ?? COMPARABLE_DEFAULTS.moved.minDisplacement;

  const sourceBead: number[] = [];
  const targetBead: number[] = [];
  beads.forEach((bead, b) => {
    for (const i of bead.source) sourceBead[i] = b;
    for (const j of bead.target) targetBead[j] = b;
  });
  const n = sourceBead.length;
  const m = targetBead.length;
  if (n === 0 || m === 0 || n * m > maxComparisons) return [];

  const sims: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(m);
    for (let j = 0; j < m; j++) row[j] = prepared.similarity(i, i + 1, j, j + 1);
    sims.push(row);
  }
  const column = (j: number) => Array.from({ length: n }, (_, i) => sims[i]![j]!);
  const rowNeighbourhood = sims.map((row) => meanTopK(Array.from(row), k));
  const pairs: MovedPair[] = [];
  for (let i = 0; i < n; i++) {
    const row = sims[i]!;
    const [best, second] = topTwo(Array.from(row));
    const j = best.index;
    if (j < 0 || sourceBead[i] === targetBead[j] || best.value < minSimilarity) continue;
    const col = column(j);
    const [colBest, colSecond] = topTwo(col);
    if (colBest.index !== i) continue;
    const runnerUp = Math.max(second.value, colSecond.value);
    if (runnerUp > 0 && best.value / runnerUp < minRunnerUpRatio) continue;
    const denominator = (rowNeighbourhood[i]! + meanTopK(col, k)) / 2;
    const margin = denominator > 0 ? best.value / denominator : Number.POSITIVE_INFINITY;
    if (margin < minMargin) continue;
    if (displacement(beads, sourceBead[i]!, j) < minDisplacement) continue;
    pairs.push({ source: i, target: j, similarity: best.value, margin });
  }
  return pairs;
}

function topTwo(values: ArrayLike<number>): [{ index: number; value: number }, { index: number; value: number }] {
  let best = { index: -1, value: 0 };
  let second = { index: -1, value: 0 };
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    if (value > best.value) {
      second = best;
      best = { index, value };
    } else if (value > second.value) {
      second = { index, value };
    }
  }
  return [best, second];
}

/** Distance from target j to the nearest target of bead b, or of the nearest beads before and after it with targets. */
function displacement(beads: readonly Bead[], b: number, j: number): number {
  const targets: number[] = [...beads[b]!.target];
  if (targets.length === 0) {
    for (let k = b - 1; k >= 0; k--) if (beads[k]!.target.length > 0) { targets.push(...beads[k]!.target); break; }
    for (let k = b + 1; k < beads.length; k++) if (beads[k]!.target.length > 0) { targets.push(...beads[k]!.target); break; }
  }
  return targets.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...targets.map((t) => Math.abs(t - j)));
}
