import type { Bead } from "../bead.js";
import { dissolveBead } from "./dissolve-bead.js";
import { textSkeleton } from "./text-skeleton.js";

/**
 * Dissolves beads whose two sides are the same text (up to case, spacing and
 * punctuation) into 1-0 / 0-1 beads. Between two languages an identical line was not
 * translated: a site name, a menu word, a line left in a third language on both pages.
 * It is no parallel data, and corpus cleaners drop such copies for the same reason.
 *
 * @example
 * dropCopiedBeads([{ source: [0], target: [0], score: 0.99 }], ["Universiteit Leiden"], ["Universiteit Leiden"])
 * // [{ source: [0], target: [], score: 0 }, { source: [], target: [0], score: 0 }]
 */
export function dropCopiedBeads(beads: readonly Bead[], source: readonly string[], target: readonly string[]): Bead[] {
  return beads.flatMap((bead) => {
    if (bead.source.length === 0 || bead.target.length === 0) return [bead];
    const a = textSkeleton(bead.source.map((i) => source[i]!).join(" "));
    const b = textSkeleton(bead.target.map((j) => target[j]!).join(" "));
    return a === "" || a !== b ? [bead] : dissolveBead(bead);
  });
}
