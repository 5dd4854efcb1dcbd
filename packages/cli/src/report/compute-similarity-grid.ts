import type { PreparedScorer } from "@tandem/align";
import { NOT_COMPUTED, type ReportBead, type SimilarityGrid } from "./run-report-data.js";

/** Limits of the similarity grid: what a report can afford to score and to draw. */
export const GRID_DEFAULTS = Object.freeze({
  /**
   * Sentence pairs scored at most. A 2,000 × 2,000 run is scored whole; a larger one only
   * in a band around the path, as wide as this budget allows (about 200 sentences either
   * side at 10k × 10k), which is where the DP searched anyway.
   */
  maxCells: 4_000_000,
  /** Grid cells per side at most; larger runs are max-pooled into blocks (a 1,000-pixel picture). */
  maxSide: 1000,
});

/**
 * The 1:1 sentence similarities of a run, as the run's scorer gives them, max-pooled into
 * blocks. `rows`/`cols` are the document ids of the sentences the aligner saw, and
 * `scorer` is prepared on their texts in that order; `beads` (document ids) place the band.
 *
 * @example
 * const grid = computeSimilarityGrid(prepared, rows, cols, beads);
 * grid.values[0] / 254 // similarity of the first source and first target sentence
 */
export function computeSimilarityGrid(
  scorer: Pick<PreparedScorer, "similarity">,
  rows: readonly number[],
  cols: readonly number[],
  beads: readonly ReportBead[],
  options: { maxCells?: number; maxSide?: number; onProgress?: (done: number, total: number) => void } = {},
): SimilarityGrid {
  const maxCells = options.maxCells ?? GRID_DEFAULTS.maxCells;
  const maxSide = options.maxSide ?? GRID_DEFAULTS.maxSide;
  const n = rows.length;
  const m = cols.length;
  const block = Math.max(1, Math.ceil(Math.max(n, m) / maxSide));
  const gridRows = Math.ceil(n / block);
  const gridCols = Math.ceil(m / block);
  const values = new Uint8Array(gridRows * gridCols).fill(NOT_COMPUTED);
  const full = n * m <= maxCells;
  const band = full ? undefined : Math.max(1, Math.floor(maxCells / (2 * Math.max(1, n))));
  const centre = full ? undefined : pathCentres(rows, cols, beads);
  let cells = 0;
  for (let i = 0; i < n; i++) {
    const from = centre ? Math.max(0, centre[i]! - band!) : 0;
    const to = centre ? Math.min(m, centre[i]! + band! + 1) : m;
    const rowBase = Math.floor(i / block) * gridCols;
    for (let j = from; j < to; j++) {
      const value = Math.round(Math.min(1, Math.max(0, scorer.similarity(i, i + 1, j, j + 1))) * 254);
      const at = rowBase + Math.floor(j / block);
      const old = values[at]!;
      if (old === NOT_COMPUTED || value > old) values[at] = value;
    }
    cells += to - from;
    if (options.onProgress && (i % 64 === 63 || i === n - 1)) options.onProgress(i + 1, n);
  }
  return { rows, cols, block, values, cells, ...(band !== undefined ? { band } : {}) };
}

/** For each row, the column the alignment path passes (beads in order, gaps filled from the neighbours). */
function pathCentres(rows: readonly number[], cols: readonly number[], beads: readonly ReportBead[]): number[] {
  const rowOf = new Map(rows.map((id, k) => [id, k]));
  const colOf = new Map(cols.map((id, k) => [id, k]));
  const centre = new Array<number>(rows.length).fill(Number.NaN);
  for (const bead of beads) {
    if (bead.moved || bead.source.length === 0 || bead.target.length === 0) continue;
    const targets = bead.target.map((id) => colOf.get(id)).filter((k): k is number => k !== undefined);
    if (targets.length === 0) continue;
    const middle = Math.round((Math.min(...targets) + Math.max(...targets)) / 2);
    for (const id of bead.source) {
      const k = rowOf.get(id);
      if (k !== undefined) centre[k] = middle;
    }
  }
  // Rows in no pair take the previous row's column (the diagonal's before the first pair).
  let last = Number.NaN;
  for (let k = 0; k < centre.length; k++) {
    if (Number.isNaN(centre[k]!)) centre[k] = Number.isNaN(last) ? Math.round((k * cols.length) / Math.max(1, rows.length)) : last;
    last = centre[k]!;
  }
  return centre;
}
