import type { Band } from "./banded-dp.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { runningSums, spanSum } from "../scoring/span-sums.js";

/** How many best 1-1 candidates a sentence's neighbourhood is the mean of (Bertalign's k). */
const TOP_K = 4;

/**
 * The margin's tables for one band: each sentence's neighbourhood (the mean of its top-4 1-1
 * similarities in the band), summed per span start and length up to `depth` sentences, and
 * the global mean of the neighbourhoods (see {@link createMargin}); {@link marginSimilarity}
 * applies them to a raw similarity, so a caller that prices beads can do it without a call
 * through a wrapping scorer per bead.
 */
export interface Margin {
  readonly weight: number;
  readonly mean: number;
  readonly depth: number;
  readonly sourceNeighbourhood: Float64Array;
  readonly targetNeighbourhood: Float64Array;
  /** [i · depth + k]: neighbourhoods of sentences i … i + k added left to right from 0. */
  readonly sourceSums: Float64Array;
  readonly targetSums: Float64Array;
}

/**
 * The margin tables of `prepared`'s 1-1 similarities inside `band`, for the margin
 * normalisation (Bertalign, after Artetxe & Schwenk 2019): a sentence that is similar to many
 * candidates (short, full of names shared across the article) gets its similarities lowered by
 * the mean of its top-4 1-1 similarities, times `weight`; the global mean of those
 * neighbourhoods is added back so the DP's prices keep their scale ({@link marginSimilarity}).
 *
 * Candidates are the 1-1 pairs inside `band`: every pair for small inputs (full band), and
 * for large ones the pairs near the first pass's path, which is where the DP looks anyway,
 * so the cost stays linear in the band (about n × band width similarity calls).
 *
 * @example
 * const margin = createMargin(prepared, fullBand(n, m), 0.5);
 * marginSimilarity(margin, prepared.similarity(0, 1, 0, 1), 0, 1, 0, 1) // lowered if sentence 0 matches everything
 */
export function createMargin(prepared: Pick<PreparedScorer, "similarity">, band: Band, weight: number, depth = 4): Margin {
  const n = band.lo.length - 1;
  const m = band.hi[n]!;
  const sourceTop = new Float64Array(n * TOP_K);
  const sourceCount = new Int32Array(n);
  const targetTop = new Float64Array(m * TOP_K);
  const targetCount = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const last = Math.min(band.hi[i]!, m - 1);
    for (let j = band.lo[i]!; j <= last; j++) {
      const s = prepared.similarity(i, i + 1, j, j + 1);
      sourceCount[i] = insertTop(sourceTop, i * TOP_K, sourceCount[i]!, s);
      targetCount[j] = insertTop(targetTop, j * TOP_K, targetCount[j]!, s);
    }
  }
  const neighbourhood = (top: Float64Array, count: Int32Array) => {
    const out = new Float64Array(count.length);
    for (let x = 0; x < count.length; x++) {
      let sum = 0;
      for (let k = 0; k < count[x]!; k++) sum += top[x * TOP_K + k]!;
      out[x] = count[x]! > 0 ? sum / count[x]! : 0;
    }
    return out;
  };
  const sourceNeighbourhood = neighbourhood(sourceTop, sourceCount);
  const targetNeighbourhood = neighbourhood(targetTop, targetCount);
  let total = 0;
  for (const value of sourceNeighbourhood) total += value;
  for (const value of targetNeighbourhood) total += value;
  const mean = total / Math.max(1, n + m);
  const span = Math.max(1, Math.floor(depth));
  return {
    weight,
    mean,
    depth: span,
    sourceNeighbourhood,
    targetNeighbourhood,
    sourceSums: runningSums(sourceNeighbourhood, span),
    targetSums: runningSums(targetNeighbourhood, span),
  };
}

/**
 * `raw` lowered by the mean neighbourhood of the bead's sentences, less the global mean,
 * times the margin's weight, in [0, 1]. A pair the scorer rules out (0: not one shared word)
 * stays out: the margin ranks candidates, and a sentence with no neighbours at all must not
 * gain evidence from it.
 */
export function marginSimilarity(margin: Margin, raw: number, i0: number, i1: number, j0: number, j1: number): number {
  if (raw <= 0) return 0;
  const a = i1 - i0;
  const b = j1 - j0;
  const depth = margin.depth;
  // The sums a loop over the span forms (from 0, left to right), read from the tables.
  const s = a > 0 && a <= depth ? margin.sourceSums[i0 * depth + a - 1]! : spanSum(margin.sourceNeighbourhood, i0, i1);
  const t = b > 0 && b <= depth ? margin.targetSums[j0 * depth + b - 1]! : spanSum(margin.targetNeighbourhood, j0, j1);
  const penalty = (s / a + t / b) / 2;
  return Math.min(1, Math.max(0, raw - margin.weight * (penalty - margin.mean)));
}


/** Inserts `value` into the descending list of at most TOP_K values at `at`; returns the new count. */
function insertTop(top: Float64Array, at: number, count: number, value: number): number {
  if (count === TOP_K && value <= top[at + TOP_K - 1]!) return count;
  let k = Math.min(count, TOP_K - 1);
  while (k > 0 && top[at + k - 1]! < value) {
    top[at + k] = top[at + k - 1]!;
    k--;
  }
  top[at + k] = value;
  return Math.min(TOP_K, count + 1);
}
