import type { Band } from "./banded-dp.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";

/** How many best 1-1 candidates a sentence's neighbourhood is the mean of (Bertalign's k). */
const TOP_K = 4;

/**
 * Margin normalisation (Bertalign, after Artetxe & Schwenk 2019): a sentence that is
 * similar to many candidates (short, full of names shared across the article) gets its
 * similarities lowered by the mean of its top-4 1-1 similarities, times `weight`; the global
 * mean of those neighbourhoods is added back so the DP's prices keep their scale.
 *
 * Candidates are the 1-1 pairs inside `band`: every pair for small inputs (full band), and
 * for large ones the pairs near the first pass's path, which is where the DP looks anyway,
 * so the cost stays linear in the band (about n × band width similarity calls).
 *
 * @example
 * const margined = withMargin(prepared, fullBand(n, m), 0.5);
 * margined.similarity(0, 1, 0, 1) // prepared's value, lowered if sentence 0 matches everything
 */
export function withMargin(prepared: PreparedScorer, band: Band, weight: number): PreparedScorer {
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
  return {
    ...prepared,
    similarity(i0, i1, j0, j1) {
      const raw = prepared.similarity(i0, i1, j0, j1);
      // A pair the scorer rules out (0: not one shared word) stays out: the margin ranks
      // candidates, and a sentence with no neighbours at all must not gain evidence from it.
      if (raw <= 0) return 0;
      let s = 0;
      for (let i = i0; i < i1; i++) s += sourceNeighbourhood[i]!;
      let t = 0;
      for (let j = j0; j < j1; j++) t += targetNeighbourhood[j]!;
      const penalty = (s / (i1 - i0) + t / (j1 - j0)) / 2;
      return Math.min(1, Math.max(0, raw - weight * (penalty - mean)));
    },
  };
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
