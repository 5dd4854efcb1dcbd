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

  return {
    source(i, j0, j1) {
      const length = j1 - j0;
      if (length > depth || length <= 0) return sourceDirect(i, j0, j1);
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
      return sourceValue[slot * depth + length - 1]!;
    },
    target(j, i0, i1) {
      const length = i1 - i0;
      if (length > depth || length <= 0) return targetDirect(j, i0, i1);
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
      return targetValue[slot * depth + length - 1]!;
    },
  };
}
