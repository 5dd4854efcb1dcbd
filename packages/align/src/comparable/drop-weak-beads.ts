import type { Bead } from "../bead.js";
import { dissolveBead } from "./dissolve-bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { COMPARABLE_DEFAULTS } from "./comparable-defaults.js";

/** Options of {@link dropWeakBeads}. */
export interface DropWeakBeadsOptions {
  /**
   * A bead is kept when its similarity is at least this share of the best similarity
   * that either of its sides reaches with any single sentence outside it. Default 0.9.
   */
  readonly minRunnerUpRatio?: number;
  /** A bead below this similarity is dissolved whatever its competition: a near-zero score is no pair. Default 0.05. */
  readonly minSimilarity?: number;
}

const contiguous = (ids: readonly number[]) => ids.every((id, k) => k === 0 || id === ids[k - 1]! + 1);

/**
 * Dissolves beads into 1-0 / 0-1 beads when the evidence that their sides belong
 * together is no better than the evidence for some other pairing. The monotone DP has
 * to put every sentence somewhere, and in a partial rewrite it strings unrelated
 * neighbours into 1-1 beads whose similarity is low but still above the deletion price
 * for that pair. Absolute similarities do not tell these apart across language pairs
 * and lexicons (a correct bead may score 0.2 with a thin dictionary); what does is
 * competition: if one side of the bead resembles some sentence outside it more than the
 * bead's other side, the bead is a guess. On pages-dev (dev pairs) beads below a ratio of
 * 0.9 were wrong in 10 of 12 cases, beads above it right in most.
 *
 * Moved beads (already chosen by their margin) and beads whose ids are not contiguous
 * in the lists `prepared` was bound to are kept as they are.
 *
 * @example
 * dropWeakBeads(beads, prepared) // a 1-1 bead of 0.12 whose target matches another source sentence at 0.3 → [1-0, 0-1]
 */
export function dropWeakBeads(beads: readonly Bead[], prepared: PreparedScorer, options: DropWeakBeadsOptions = {}): Bead[] {
  const minRatio = options.minRunnerUpRatio ?? COMPARABLE_DEFAULTS.weak.minRunnerUpRatio;
  const minSimilarity = options.minSimilarity ?? COMPARABLE_DEFAULTS.weak.minSimilarity;
  let n = 0;
  let m = 0;
  for (const bead of beads) {
    for (const i of bead.source) n = Math.max(n, i + 1);
    for (const j of bead.target) m = Math.max(m, j + 1);
  }
  const out: Bead[] = [];
  for (const bead of beads) {
    if (bead.moved || bead.source.length === 0 || bead.target.length === 0 || !contiguous(bead.source) || !contiguous(bead.target)) {
      out.push(bead);
      continue;
    }
    const i0 = bead.source[0]!;
    const i1 = bead.source.at(-1)! + 1;
    const j0 = bead.target[0]!;
    const j1 = bead.target.at(-1)! + 1;
    const similarity = prepared.similarity(i0, i1, j0, j1);
    let runnerUp = 0;
    for (let j = 0; j < m; j++) if (j < j0 || j >= j1) runnerUp = Math.max(runnerUp, prepared.similarity(i0, i1, j, j + 1));
    for (let i = 0; i < n; i++) if (i < i0 || i >= i1) runnerUp = Math.max(runnerUp, prepared.similarity(i, i + 1, j0, j1));
    if (similarity >= minSimilarity && (runnerUp === 0 || similarity >= minRatio * runnerUp)) {
      out.push(bead);
      continue;
    }
    out.push(...dissolveBead(bead));
  }
  return out;
}
