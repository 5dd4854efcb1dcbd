import type { Bead } from "@tandem/align";

/**
 * Applies --min-score: drops pairs scoring below it. 1-0/0-1 beads carry no
 * similarity, so they stay and --keep-unaligned decides about them.
 *
 * @example
 * filterByScore(beads, 0.3).every((b) => !b.source.length || !b.target.length || b.score >= 0.3) // true
 */
export function filterByScore(beads: readonly Bead[], minScore: number | undefined): Bead[] {
  if (minScore === undefined) return [...beads];
  return beads.filter((bead) => bead.source.length === 0 || bead.target.length === 0 || bead.score >= minScore);
}
