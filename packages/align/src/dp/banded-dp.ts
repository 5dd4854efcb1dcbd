/**
 * Which DP nodes may be visited: node (i, j) — i source and j target sentences
 * consumed — is allowed when `lo[i] <= j <= hi[i]`. Arrays have n + 1 entries.
 */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** A bead shape: `a` source sentences, `b` target sentences. */
export type Shape = readonly [a: number, b: number];

/** The whole table, for inputs small enough to afford it. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** A band of half-width `width` around the straight line from (0, 0) to (n, m). */
export function diagonalBand(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? m : Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(m, centre + width);
  }
  lo[n] = Math.min(lo[n]!, m);
  hi[n] = m;
  return { lo, hi };
}

/**
 * A band of half-width `width` (in both directions) around a path of nodes from
 * (0, 0) to (n, m): the second pass searches only near the first pass's answer.
 */
export function bandAroundPath(n: number, m: number, path: readonly (readonly [number, number])[], width: number): Band {
  const pathLo = new Int32Array(n + 1).fill(m);
  const pathHi = new Int32Array(n + 1);
  for (let k = 0; k < path.length; k++) {
    const [i, j] = path[k]!;
    const [pi, pj] = k > 0 ? path[k - 1]! : path[k]!;
    // Rows a multi-sentence bead jumps over lie between its two end nodes.
    for (let r = pi; r <= i; r++) {
      pathLo[r] = Math.min(pathLo[r]!, r === i ? j : pj);
      pathHi[r] = Math.max(pathHi[r]!, j);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    // The widened band of row i reaches from the lowest path node within `width` rows
    // above to the highest within `width` rows below.
    const top = Math.max(0, i - width);
    const bottom = Math.min(n, i + width);
    lo[i] = Math.max(0, pathLo[top]! - width);
    hi[i] = Math.min(m, pathHi[bottom]! + width);
  }
  return { lo, hi };
}

/**
 * Whether node (i, j) of a path lies along an inner edge of `band` (one that is not an edge
 * of the table): `low` within 2 of `lo[i]`, `high` within 2 of `hi[i]`. Moore (2002): a path
 * there was pushed by the band, not drawn by the text.
 */
export function edgeOf(band: Band, m: number, i: number, j: number): { low: boolean; high: boolean } {
  return { low: band.lo[i]! > 0 && j - band.lo[i]! < 2, high: band.hi[i]! < m && band.hi[i]! - j < 2 };
}

/**
 * `band` widened where `path` runs along one of its inner edges ({@link edgeOf}): the rows
 * within `reach` of each such node get `extra` more columns on that side; and joined with a
 * band of half-width `extra` around `path` (where it left the band's middle). A path that
 * hugs the edge in one stretch gets room there, instead of a band twice as wide on every row:
 * on Text+Berg ×10 (9,910 × 10,110) the same path as the twice-wider band, at about three
 * quarters of the time.
 *
 * @example
 * widenAtEdges(n, m, band, path.nodes, 8, 16) // band, plus 8 columns where the path touched, 16 rows either side
 */
export function widenAtEdges(n: number, m: number, band: Band, path: readonly (readonly [number, number])[], extra: number, reach: number): Band {
  const around = bandAroundPath(n, m, path, extra);
  const lo = Int32Array.from(around.lo, (value, r) => Math.min(value, band.lo[r]!));
  const hi = Int32Array.from(around.hi, (value, r) => Math.max(value, band.hi[r]!));
  for (const [i, j] of path) {
    const { low, high } = edgeOf(band, m, i, j);
    if (!low && !high) continue;
    for (let r = Math.max(0, i - reach); r <= Math.min(n, i + reach); r++) {
      if (low) lo[r] = Math.max(0, Math.min(lo[r]!, band.lo[r]! - extra));
      if (high) hi[r] = Math.min(m, Math.max(hi[r]!, band.hi[r]! + extra));
    }
  }
  return { lo, hi };
}

/** The result of {@link runBandedDp}: the bead shapes in order, and their nodes. */
export interface DpPath {
  readonly shapes: Shape[];
  /** Nodes visited, from (0, 0) to (n, m); one more than `shapes`. */
  readonly nodes: [number, number][];
  /** Total cost of the path. */
  readonly cost: number;
}

/**
 * Monotone minimum-cost path from (0, 0) to (n, m) over the nodes of `band`, stepping by
 * `shapes`. `cost(i0, i1, j0, j1)` prices the bead of source [i0, i1) and target [j0, j1)
 * and must be ≥ 0, which lets a step be skipped when its start is already dearer than the
 * best found. Memory is one float and one byte per band node, never n × m unless the band is full.
 */
export function runBandedDp(
  n: number,
  m: number,
  band: Band,
  shapes: readonly Shape[],
  cost: (i0: number, i1: number, j0: number, j1: number) => number,
  onRow?: (row: number) => void,
  /** Float32 costs halve the memory of wide first passes, whose path only guides a band. */
  singlePrecision = false,
  /**
   * Per shape, a number no bead of that shape costs less than (0 when nothing better is
   * known): a step whose start plus this is already dearer than the best found is skipped
   * without pricing it. Exact, since adding a dearer bead to the same start never rounds
   * below adding the bound.
   */
  lowerBound?: Float64Array,
): DpPath {
  const { lo, hi } = band;
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  const total = offset[n + 1]!;
  const best = (singlePrecision ? new Float32Array(total) : new Float64Array(total)).fill(Infinity);
  const back = new Uint8Array(total).fill(255);
  if (lo[0]! === 0 && hi[0]! >= 0) best[offset[0]!] = 0;
  const shapeA = Int32Array.from(shapes, (shape) => shape[0]);
  const shapeB = Int32Array.from(shapes, (shape) => shape[1]);
  const shapeCount = shapes.length;
  const floor = new Float64Array(shapeCount);
  for (let s = 0; s < shapeCount; s++) floor[s] = Math.max(0, lowerBound?.[s] ?? 0);
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const rowOffset = offset[i]!;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestShape = 255;
      for (let s = 0; s < shapeCount; s++) {
        const pi = i - shapeA[s]!;
        const pj = j - shapeB[s]!;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const previous = best[offset[pi]! + pj - lo[pi]!]!;
        if (previous + floor[s]! >= bestCost) continue;
        const candidate = previous + cost(pi, i, pj, j);
        if (candidate < bestCost) {
          bestCost = candidate;
          bestShape = s;
        }
      }
      best[rowOffset + j - rowLo] = bestCost;
      back[rowOffset + j - rowLo] = bestShape;
    }
    onRow?.(i);
  }
  if (m < lo[n]! || m > hi[n]!) throw new Error(`band does not reach (${n}, ${m})`);
  const finalCost = best[offset[n]! + m - lo[n]!]!;
  if (!Number.isFinite(finalCost)) throw new Error("band admits no path");
  const shapesOut: Shape[] = [];
  const nodes: [number, number][] = [[n, m]];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[offset[i]! + j - lo[i]!]!;
    const shape = shapes[s]!;
    shapesOut.push(shape);
    i -= shape[0];
    j -= shape[1];
    nodes.push([i, j]);
  }
  shapesOut.reverse();
  nodes.reverse();
  return { shapes: shapesOut, nodes, cost: finalCost };
}
