/**
 * Sums of per-sentence values over spans, as the scorer's coverage and the DP's margin read
 * them: a table of running sums for spans up to `depth` sentences, and the plain loop for
 * longer ones. Both add left to right from 0, so a span's sum is the same bits either way.
 *
 * @example
 * const sums = runningSums(Float64Array.of(1, 2, 3), 2); // [1, 3, 2, 5, 3, 0]
 * sums[0 * 2 + 1] === spanSum(Float64Array.of(1, 2, 3), 0, 2) // true: 3
 */
export function runningSums(values: Float64Array, depth: number): Float64Array {
  const out = new Float64Array(values.length * depth);
  for (let i = 0; i < values.length; i++) {
    let sum = 0;
    for (let k = 0; k < depth && i + k < values.length; k++) out[i * depth + k] = sum += values[i + k]!;
  }
  return out;
}

/** values[from] + … + values[to − 1], added left to right from 0. */
export function spanSum(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += values[k]!;
  return sum;
}
