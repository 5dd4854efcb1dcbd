import type { Band, Shape } from "./banded-dp.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";

/** At most this many similarities are kept (8 bytes each); a band that would need more is not kept. */
const MEMO_LIMIT = 12_000_000;

/** A scorer whose similarities are remembered per bead inside the bands it was told of. */
export interface SimilarityMemo {
  readonly prepared: PreparedScorer;
  /** Makes room for the beads ending in `band` (keeping what is known), before a search there. */
  reserve(band: Band): void;
}

/**
 * The scorer's similarity, remembered per bead, for a banded search that asks for the same
 * beads again: the margin asks for every 1-1 bead of the band before the DP does, and a
 * refinement whose path hugs its band's edge is searched again in a wider band that holds
 * most of the first one (Text+Berg ×10: 5.0 M of 12.8 M beads asked were known).
 *
 * Beads of the DP's shapes (`beadShapes`, deletions aside) are kept per end row, over the end columns of the
 * bands reserved so far (bounded: a band that would take the memo past {@link MEMO_LIMIT}
 * values is not added, and beads outside are computed each time). A value is the scorer's own, so results are
 * unchanged. Only for a scorer whose similarity does not change: after `refine`, make a new one.
 */
export function memoizeSimilarity(scorer: PreparedScorer, n: number, beadShapes: readonly Shape[]): SimilarityMemo {
  // Slot of each kept shape (a, b ≥ 1) at slotOf[a · side + b], −1 for shapes not kept.
  const side = Math.max(...beadShapes.map(([a, b]) => Math.max(a, b))) + 1;
  const slotOf = new Int32Array(side * side).fill(-1);
  let shapes = 0;
  for (const [a, b] of beadShapes) if (a > 0 && b > 0) slotOf[a * side + b] = shapes++;
  // Row i1 keeps end columns [rowBase, rowBase + rowWidth) at nodes rowStart… of one arena.
  let rowBase = new Int32Array(n + 1);
  let rowWidth = new Int32Array(n + 1);
  let rowStart = new Int32Array(n + 1);
  let arena = new Float64Array(0);
  const similarity = (i0: number, i1: number, j0: number, j1: number): number => {
    const a = i1 - i0;
    const b = j1 - j0;
    const slot = a >= 0 && b >= 0 && a < side && b < side ? slotOf[a * side + b]! : -1;
    const k = j1 - rowBase[i1]!;
    if (slot < 0 || i1 > n || k < 0 || k >= rowWidth[i1]!) return scorer.similarity(i0, i1, j0, j1);
    const at = (rowStart[i1]! + k) * shapes + slot;
    const known = arena[at]!;
    if (known === known) return known; // NaN marks a bead not asked yet
    return (arena[at] = scorer.similarity(i0, i1, j0, j1));
  };
  return {
    prepared: { ...scorer, similarity, signals: (i0, i1, j0, j1) => scorer.signals(i0, i1, j0, j1) },
    reserve(band) {
      // Each row's window becomes the union of what it had and the band's row (one arena, so a
      // search allocates once, not once a row).
      const base = new Int32Array(n + 1);
      const width = new Int32Array(n + 1);
      const start = new Int32Array(n + 1);
      let total = 0;
      for (let i = 0; i <= n; i++) {
        const lo = i > 0 && i < band.lo.length ? band.lo[i]! : 0;
        const hi = i > 0 && i < band.lo.length ? band.hi[i]! : -1;
        let from = rowBase[i]!;
        let to = rowBase[i]! + rowWidth[i]!;
        if (hi >= lo) {
          from = to > from ? Math.min(from, lo) : lo;
          to = Math.max(to, hi + 1);
        }
        base[i] = from;
        start[i] = total;
        total += (width[i] = to - from);
      }
      const needed = total * shapes;
      if (needed > MEMO_LIMIT) return; // keep what there is
      // Where row i's known values go: its window only widens and moves right in the arena.
      const keptAt = (i: number) => (start[i]! + rowBase[i]! - base[i]!) * shapes;
      let grown = arena;
      if (needed > arena.length) {
        // Room for the next band too (a refinement searched again is about twice as wide), so
        // that it grows in place: an arena's pages are touched only as they are filled, where a
        // second arena with the first copied in touched both (Text+Berg ×10: 35 + 69 MB).
        grown = new Float64Array(Math.min(MEMO_LIMIT, 2 * needed));
        for (let i = 0; i <= n; i++) {
          if (rowWidth[i]! === 0) continue;
          const from = rowStart[i]! * shapes;
          grown.set(arena.subarray(from, from + rowWidth[i]! * shapes), keptAt(i));
        }
      } else {
        // In place, last row first: a row moves right onto room only later rows had.
        for (let i = n; i >= 0; i--) {
          if (rowWidth[i]! === 0) continue;
          const from = rowStart[i]! * shapes;
          grown.copyWithin(keptAt(i), from, from + rowWidth[i]! * shapes);
        }
      }
      // NaN (not asked yet) in each row's new columns.
      for (let i = 0; i <= n; i++) {
        const rowFrom = start[i]! * shapes;
        const rowTo = rowFrom + width[i]! * shapes;
        if (rowWidth[i]! === 0) {
          grown.fill(NaN, rowFrom, rowTo);
          continue;
        }
        grown.fill(NaN, rowFrom, keptAt(i));
        grown.fill(NaN, keptAt(i) + rowWidth[i]! * shapes, rowTo);
      }
      arena = grown;
      rowBase = base;
      rowWidth = width;
      rowStart = start;
    },
  };
}
