import type { TokenSide } from "./build-token-side.js";

/** Keep at most this many sentence pairs' mask slots (16 bytes each); beyond it the cache starts again (bounded memory). */
const PAIR_CACHE_LIMIT = 8_000_000;
/** Source rows whose type-to-bits tables are kept at once (the DP reaches back `maxBead` rows); a power of two. */
const ROW_RING = 8;

/** Matched-word masks of sentence pairs, computed on first use and cached. */
export interface PairMasks {
  /** Where the masks of sentence pair (i, j) are: `[srcLow, srcHigh, tgtLow, tgtHigh]` at 4·slot in `pool()`. */
  slot(i: number, j: number): number;
  /** The pool of masks; replaced when it grows, so read it after `slot`. */
  pool(): Int32Array;
}

// Masks of matched type positions, per sentence pair: [srcLow, srcHigh, tgtLow, tgtHigh],
// kept per source row in a window of target indices (the DP asks for a band, so a
// row's window stays narrow; a Map keyed by pair was a third of the run time).
export function createPairMasks(source: TokenSide, target: TokenSide, candidates: Int32Array[]): PairMasks {
  const rowBase = new Int32Array(source.types.length);
  const rowSlots: (Int32Array | undefined)[] = new Array(source.types.length);
  let stored = 0;
  let pool = new Int32Array(4 * 4096);
  let used = 0;
  // Per source row, the source bits each target type would set (the positions of the row's
  // types that have it as a candidate): a pair's masks then take one pass over the target
  // sentence's types instead of one over every candidate of every source type. A few rows are
  // kept, since the DP asks for the last `maxBead` rows in turn.
  const words = target.words.length;
  // A table's entry counts only when its tag is the row's id + 1: a row taking over a slot
  // needs no pass to clear the last row's entries (that pass cost as much as filling).
  const rowOf = new Int32Array(ROW_RING).fill(-1);
  const rowLow = Array.from({ length: ROW_RING }, () => new Int32Array(words));
  const rowHigh = Array.from({ length: ROW_RING }, () => new Int32Array(words));
  const rowTag = Array.from({ length: ROW_RING }, () => new Int32Array(words));
  const prepareRow = (i: number): number => {
    const r = i & (ROW_RING - 1);
    if (rowOf[r] === i) return r;
    const low = rowLow[r]!;
    const high = rowHigh[r]!;
    const tag = rowTag[r]!;
    const own = i + 1;
    const sourceTypes = source.types[i]!;
    for (let p = 0; p < sourceTypes.length; p++) {
      const list = candidates[sourceTypes[p]!]!;
      const bit = p & 63;
      for (let c = 0; c < list.length; c++) {
        const type = list[c]!;
        if (tag[type] !== own) {
          tag[type] = own;
          low[type] = high[type] = 0;
        }
        if (bit < 32) low[type] |= 1 << bit;
        else high[type] |= 1 << (bit - 32);
      }
    }
    rowOf[r] = i;
    return r;
  };
  const compute = (i: number, j: number): number => {
    if (4 * (used + 1) > pool.length) {
      const bigger = new Int32Array(pool.length * 2);
      bigger.set(pool);
      pool = bigger;
    }
    const r = prepareRow(i);
    const low = rowLow[r]!;
    const high = rowHigh[r]!;
    const tag = rowTag[r]!;
    const own = i + 1;
    let sLow = 0, sHigh = 0, tLow = 0, tHigh = 0;
    const targetTypes = target.types[j]!;
    for (let q = 0; q < targetTypes.length; q++) {
      const type = targetTypes[q]!;
      if (tag[type] !== own) continue; // no source type of row i has it as a candidate
      const l = low[type]!;
      const h = high[type]!;
      if (l === 0 && h === 0) continue;
      sLow |= l;
      sHigh |= h;
      const tBit = q & 63;
      if (tBit < 32) tLow |= 1 << tBit;
      else tHigh |= 1 << (tBit - 32);
    }
    const at = used++;
    pool[4 * at] = sLow;
    pool[4 * at + 1] = sHigh;
    pool[4 * at + 2] = tLow;
    pool[4 * at + 3] = tHigh;
    return at;
  };
  const pair = (i: number, j: number): number => {
    let slots = rowSlots[i];
    let base = rowBase[i]!;
    if (slots === undefined || j < base || j >= base + slots.length) {
      if (stored > PAIR_CACHE_LIMIT) {
        // Bounded memory whatever the caller asks: forget everything and recompute.
        rowSlots.fill(undefined);
        stored = 0;
        used = 0;
        slots = undefined;
      }
      const from = slots === undefined ? Math.max(0, j - 16) : Math.max(0, Math.min(base, j - 16));
      const to = slots === undefined ? j + 17 : Math.max(base + slots.length, j + 17);
      const grown = new Int32Array(to - from).fill(-1);
      if (slots !== undefined) grown.set(slots, base - from);
      stored += grown.length - (slots?.length ?? 0);
      rowSlots[i] = slots = grown;
      rowBase[i] = base = from;
    }
    const slot = slots[j - base]!;
    if (slot >= 0) return slot;
    return (slots[j - base] = compute(i, j));
  };
  return { slot: pair, pool: () => pool };
}
