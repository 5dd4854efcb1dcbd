/** Side of the square blocks the cosine matrix is computed in. */
const TILE = 32;

/**
 * The cosines of every source sentence vector with every target sentence vector, computed
 * on first use in 32 × 32 blocks over the packed Float32Arrays (one tight loop per block,
 * never one call per cell), so a banded search pays only for the blocks its band touches.
 * Vectors are unit length, so a cosine is a dot product.
 *
 * @example
 * const cosine = createCosineTiles(sourceVectors, n, targetVectors, m, 768);
 * cosine(3, 4); // source sentence 3 with target sentence 4
 */
export function createCosineTiles(a: Float32Array, n: number, b: Float32Array, m: number, width: number): (i: number, j: number) => number {
  const across = Math.ceil(m / TILE);
  const tiles: (Float32Array | undefined)[] = new Array(Math.ceil(n / TILE) * across);
  const compute = (ti: number, tj: number): Float32Array => {
    const tile = new Float32Array(TILE * TILE);
    const i1 = Math.min(n, (ti + 1) * TILE);
    const j1 = Math.min(m, (tj + 1) * TILE);
    for (let i = ti * TILE; i < i1; i++) {
      const ai = i * width;
      const row = (i - ti * TILE) * TILE - tj * TILE;
      for (let j = tj * TILE; j < j1; j++) {
        const bj = j * width;
        let dot = 0;
        for (let k = 0; k < width; k++) dot += a[ai + k]! * b[bj + k]!;
        tile[row + j] = dot;
      }
    }
    return tile;
  };
  return (i, j) => {
    const at = (i >> 5) * across + (j >> 5);
    const tile = (tiles[at] ??= compute(i >> 5, j >> 5));
    return tile[(i & 31) * TILE + (j & 31)]!;
  };
}

/** Dot product of rows `i` of `a` and `j` of `b`, both packed with `width` floats a row. */
export function dotRows(a: Float32Array, i: number, b: Float32Array, j: number, width: number): number {
  let dot = 0;
  const ai = i * width;
  const bj = j * width;
  for (let k = 0; k < width; k++) dot += a[ai + k]! * b[bj + k]!;
  return dot;
}

/** Packs vectors of one width into one Float32Array, row after row. */
export function packVectors(vectors: readonly Float32Array[], width: number): Float32Array {
  const packed = new Float32Array(vectors.length * width);
  vectors.forEach((vector, row) => packed.set(vector, row * width));
  return packed;
}
