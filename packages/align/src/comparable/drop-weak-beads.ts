import type { Bead } from "../bead.js";
import { dissolveBead } from "./dissolve-bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { COMPARABLE_DEFAULTS } from "./comparable-defaults.js";
import { beadExtent, beadSpan, runnerUpSimilarity } from "./bead-competition.js";

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
  const { n, m } = beadExtent(beads);
  const out: Bead[] = [];
  for (const bead of beads) {
    const span = bead.moved ? undefined : beadSpan(bead);
    if (!span) {
      out.push(bead);
      continue;
    }
    const similarity = prepared.similarity(span.i0, span.i1, span.j0, span.j1);
    const runnerUp = runnerUpSimilarity(prepared, span, n, m);
    if (similarity >= minSimilarity && (runnerUp === 0 || similarity >= minRatio * runnerUp)) {
      out.push(bead);
      continue;
    }
    out.push(...dissolveBead(bead));
  }
  return out;
}
