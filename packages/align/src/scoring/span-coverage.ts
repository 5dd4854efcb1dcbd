import type { TokenSide } from "./build-token-side.js";
import type { PairMasks } from "./create-pair-masks.js";
import { maskWeight } from "./mask-weight.js";

/**
 * How much of one sentence a span of the other side matches, computed once per sentence and
 * span end and shared by every bead that contains them.
 */
export interface SpanCoverage {
  /** IDF weight of source sentence `i`'s token types matched anywhere in target span [j0, j1). */
  source(i: number, j0: number, j1: number): number;
  /** IDF weight of target sentence `j`'s token types matched anywhere in source span [i0, i1). */
  target(j: number, i0: number, i1: number): number;
  /**
   * The bead [i0, i1) × [j0, j1) at once: `out[0]` gets the sum of `source(i, j0, j1)` over its
   * source sentences, `out[1]` that of `target(j, i0, i1)` over its target sentences (each
   * added in order from 0, as a loop over the span adds them); returns how many of a merged
   * side's sentences (a side of two or more) have tokens and not one of them matched. One call
   * a bead, and no number returned per sentence: the DP asks this for millions of beads.
   */
  match(i0: number, i1: number, j0: number, j1: number, out: Float64Array): number;
}

/** Rows (bead ends) whose target coverages are kept at once (a power of two). */
const TARGET_RING = 2;

/**
 * A sentence's matched weight against a span is the weight of the union of its matched token
 * types over the span's sentences (a word matched twice counts once). The DP asks, for every
 * node (i, j) and bead shape (a, b), for each of the a source sentences against the b target
 * sentences ending at j, and each of the b target sentences against the a source sentences
 * ending at i; the same sentence-against-span values recur in up to `depth` beads of a row and
 * in `depth` consecutive rows. Keeping them, keyed by sentence and span end, and growing the
 * span's union one sentence at a time, turns the a·b mask unions and a + b weighings of every
 * bead into a + b lookups (Text+Berg ×10, 13 M beads: 58 weighings per DP node → about 8).
 *
 * Values are bit-for-bit those of the direct computation (the same union, weighed by the same
 * `maskWeight`), and spans longer than `depth` are computed directly. Memory is linear in the
 * target side: per span end, the last `depth` or more source rows' `depth` values, evicted as the DP moves
 * down; per target sentence, the values of the last two bead ends.
 */
export function createSpanCoverage(source: TokenSide, target: TokenSide, masks: PairMasks, depth: number): SpanCoverage {
  const m = target.types.length;
  // Source rows kept per target span end: the DP reaches `depth` rows back; a power of two above it.
  let ring = 2;
  while (ring <= depth) ring *= 2;
  const ringMask = ring - 1;
  // Source side, keyed by (i, j1): slot j1 · ring + (i mod ring); `stamp` holds i + 1 when the slot is i's.
  const sourceStamp = new Int32Array((m + 1) * ring);
  const sourceCount = new Int32Array((m + 1) * ring);
  const sourceLow = new Int32Array((m + 1) * ring);
  const sourceHigh = new Int32Array((m + 1) * ring);
  const sourceValue = new Float64Array((m + 1) * ring * depth);
  // Target side, keyed by (j, i1): slot j · TARGET_RING + (i1 mod TARGET_RING); stamp i1 + 1.
  const targetStamp = new Int32Array(m * TARGET_RING);
  const targetCount = new Int32Array(m * TARGET_RING);
  const targetLow = new Int32Array(m * TARGET_RING);
  const targetHigh = new Int32Array(m * TARGET_RING);
  const targetValue = new Float64Array(m * TARGET_RING * depth);

  const sourceDirect = (i: number, j0: number, j1: number): number => {
    let low = 0, high = 0;
    for (let j = j0; j < j1; j++) {
      const at = masks.slot(i, j);
      const pool = masks.pool();
      low |= pool[4 * at]!;
      high |= pool[4 * at + 1]!;
    }
    return maskWeight(source.bitWeights[i]!, low, high);
  };
  const targetDirect = (j: number, i0: number, i1: number): number => {
    let low = 0, high = 0;
    for (let i = i0; i < i1; i++) {
      const at = masks.slot(i, j);
      const pool = masks.pool();
      low |= pool[4 * at + 2]!;
      high |= pool[4 * at + 3]!;
    }
    return maskWeight(target.bitWeights[j]!, low, high);
  };

  // Where source(i, j0, j1) is kept in `sourceValue`, computed first if need be; -1 when the
  // span is longer than `depth` (computed directly). An index, not the value: a small integer
  // returned costs nothing, a fraction returned from a call that is not inlined is a new heap number.
  const sourceIndex = (i: number, j0: number, j1: number): number => {
    const length = j1 - j0;
    if (length > depth || length <= 0) return -1;
    const slot = j1 * ring + (i & ringMask);
    if (sourceStamp[slot] !== i + 1) {
      sourceStamp[slot] = i + 1;
      sourceCount[slot] = 0;
      sourceLow[slot] = 0;
      sourceHigh[slot] = 0;
    }
    let count = sourceCount[slot]!;
    if (count < length) {
      // Grow the span leftwards from j1 to j0, weighing each union once.
      let low = sourceLow[slot]!, high = sourceHigh[slot]!;
      const bits = source.bitWeights[i]!;
      for (; count < length; count++) {
        const at = masks.slot(i, j1 - count - 1);
        const pool = masks.pool();
        low |= pool[4 * at]!;
        high |= pool[4 * at + 1]!;
        sourceValue[slot * depth + count] = maskWeight(bits, low, high);
      }
      sourceCount[slot] = count;
      sourceLow[slot] = low;
      sourceHigh[slot] = high;
    }
    return slot * depth + length - 1;
  };
  const targetIndex = (j: number, i0: number, i1: number): number => {
    const length = i1 - i0;
    if (length > depth || length <= 0) return -1;
    const slot = j * TARGET_RING + (i1 & (TARGET_RING - 1));
    if (targetStamp[slot] !== i1 + 1) {
      targetStamp[slot] = i1 + 1;
      targetCount[slot] = 0;
      targetLow[slot] = 0;
      targetHigh[slot] = 0;
    }
    let count = targetCount[slot]!;
    if (count < length) {
      let low = targetLow[slot]!, high = targetHigh[slot]!;
      const bits = target.bitWeights[j]!;
      for (; count < length; count++) {
        const at = masks.slot(i1 - count - 1, j);
        const pool = masks.pool();
        low |= pool[4 * at + 2]!;
        high |= pool[4 * at + 3]!;
        targetValue[slot * depth + count] = maskWeight(bits, low, high);
      }
      targetCount[slot] = count;
      targetLow[slot] = low;
      targetHigh[slot] = high;
    }
    return slot * depth + length - 1;
  };
  // Sentences with at least one token: only those can be orphans.
  const sourceWordy = Uint8Array.from(source.types, (types) => (types.length > 0 ? 1 : 0));
  const targetWordy = Uint8Array.from(target.types, (types) => (types.length > 0 ? 1 : 0));

  return {
    source(i, j0, j1) {
      const at = sourceIndex(i, j0, j1);
      return at >= 0 ? sourceValue[at]! : sourceDirect(i, j0, j1);
    },
    target(j, i0, i1) {
      const at = targetIndex(j, i0, i1);
      return at >= 0 ? targetValue[at]! : targetDirect(j, i0, i1);
    },
    match(i0, i1, j0, j1, out) {
      let orphans = 0;
      let sourceMatched = 0, targetMatched = 0;
      for (let i = i0; i < i1; i++) {
        const at = sourceIndex(i, j0, j1);
        const matched = at >= 0 ? sourceValue[at]! : sourceDirect(i, j0, j1);
        // A sentence merged into a bead with not one word matched on the other side is
        // probably not part of the translation (the lexical scorer's `orphanFactor`).
        if (matched === 0 && i1 - i0 > 1 && sourceWordy[i] === 1) orphans++;
        sourceMatched += matched;
      }
      for (let j = j0; j < j1; j++) {
        const at = targetIndex(j, i0, i1);
        const matched = at >= 0 ? targetValue[at]! : targetDirect(j, i0, i1);
        if (matched === 0 && j1 - j0 > 1 && targetWordy[j] === 1) orphans++;
        targetMatched += matched;
      }
      out[0] = sourceMatched;
      out[1] = targetMatched;
      return orphans;
    },
  };
}
