import { isApproved, type ReviewBead } from "./review-bead.js";

/**
 * The reviewed beads (accepted and edited) as a gold `.align` file, one `[i, j]:[k]`
 * line each in reading order. Indices are the document sentence ids the run's beads
 * carry, the same ones `tandem align -o x.align` writes, so `tandem eval` can score a
 * new run of the same articles against the review. Null beads (1-0, 0-1) a reviewer
 * accepted are kept: they say "this sentence has no counterpart".
 *
 * @example
 * formatGold(beads) // "[0]:[0]\n[1, 2]:[1]\n"
 */
export function formatGold(beads: readonly ReviewBead[]): string {
  return [...beads]
    .filter((bead) => isApproved(bead.status))
    .sort((a, b) => a.position - b.position)
    .map((bead) => `[${bead.source.join(", ")}]:[${bead.target.join(", ")}]\n`)
    .join("");
}
