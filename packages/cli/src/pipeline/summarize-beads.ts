import { beadType, type Bead } from "@tandem/align";

/** The numbers `tandem align` prints and stores with a run. */
export interface AlignSummary {
  /** Beads with both sides that went into the output. */
  pairs: number;
  /** Pairs by shape ("1-1", "2-1", …); out-of-order beads count under "moved" only. */
  byType: Record<string, number>;
  /** Alignable sentences in no pair, per side. */
  unaligned: { source: number; target: number };
  /** Mean score of the pairs, 0 when there are none. */
  meanScore: number;
}

/**
 * Counts the pairs of an output. `alignable` are the sentence counts the aligner saw,
 * so a sentence dropped by --min-score counts as unaligned.
 *
 * @example
 * summarizeBeads(beads, { source: 20, target: 18 }).byType // { "1-1": 12, "2-1": 3, moved: 1 }
 */
export function summarizeBeads(pairs: readonly Bead[], alignable: { source: number; target: number }): AlignSummary {
  const byType: Record<string, number> = {};
  let sourceCovered = 0;
  let targetCovered = 0;
  let scoreSum = 0;
  let count = 0;
  for (const bead of pairs) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    const type = bead.moved ? "moved" : beadType(bead);
    byType[type] = (byType[type] ?? 0) + 1;
    sourceCovered += bead.source.length;
    targetCovered += bead.target.length;
    scoreSum += bead.score;
    count += 1;
  }
  return {
    pairs: count,
    byType,
    unaligned: { source: alignable.source - sourceCovered, target: alignable.target - targetCovered },
    meanScore: count ? Math.round((scoreSum / count) * 10_000) / 10_000 : 0,
  };
}
