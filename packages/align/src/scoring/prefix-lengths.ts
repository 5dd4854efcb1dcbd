/**
 * Prefix sums of sentence lengths in code points: `sums[i1] - sums[i0]` is the length
 * of sentences [i0, i1) in O(1), which the DP asks for millions of times.
 *
 * @example
 * prefixLengths(["ab", "cde"]) // Float64Array [0, 2, 5]
 */
export function prefixLengths(sentences: readonly string[]): Float64Array {
  const sums = new Float64Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) sums[i + 1] = sums[i]! + codePointCount(sentences[i]!);
  return sums;
}

const SURROGATE = /[\ud800-\udfff]/;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * The code points of a text, as `for (const _ of text)` counts them (a pair of surrogates is one,
 * a lone surrogate one too), found by the regular expression engine: the loop ran before V8 had
 * compiled it on a short document, several times over its text.
 */
export function codePointCount(text: string): number {
  return SURROGATE.test(text) ? text.length - (text.match(SURROGATE_PAIR)?.length ?? 0) : text.length;
}
