import type { PreparedScorer } from "@tandem/align";

/**
 * A prepared scorer over a similarity matrix of single sentences; a span's similarity
 * is the mean of its cells, enough to exercise spans in the recovery passes.
 */
export function matrixScorer(matrix: number[][], spans: Record<string, number> = {}): PreparedScorer {
  const similarity = (i0: number, i1: number, j0: number, j1: number) => {
    const key = `${i0}-${i1}:${j0}-${j1}`;
    if (key in spans) return spans[key]!;
    let sum = 0;
    for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) sum += matrix[i]![j]!;
    return sum / ((i1 - i0) * (j1 - j0));
  };
  return { similarity, signals: (i0, i1, j0, j1) => ({ lexical: similarity(i0, i1, j0, j1) }) };
}
