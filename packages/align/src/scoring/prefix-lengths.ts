/**
 * Prefix sums of sentence lengths in code points: `sums[i1] - sums[i0]` is the length
 * of sentences [i0, i1) in O(1), which the DP asks for millions of times.
 *
 * @example
 * prefixLengths(["ab", "cde"]) // Float64Array [0, 2, 5]
 */
export function prefixLengths(sentences: readonly string[]): Float64Array {
  const sums = new Float64Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) {
    let length = 0;
    for (const _ of sentences[i]!) length++;
    sums[i + 1] = sums[i]! + length;
  }
  return sums;
}
