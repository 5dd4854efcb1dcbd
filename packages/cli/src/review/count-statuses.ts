import type { ReviewBead } from "./review-bead.js";

/** What the status line counts. `left` is unreviewed plus skipped. */
export interface StatusCounts {
  readonly accepted: number;
  readonly rejected: number;
  readonly edited: number;
  readonly left: number;
  readonly total: number;
}

/** Counts the current beads by status. */
export function countStatuses(beads: readonly ReviewBead[]): StatusCounts {
  let accepted = 0;
  let rejected = 0;
  let edited = 0;
  let left = 0;
  for (const bead of beads) {
    if (bead.status === "accepted") accepted++;
    else if (bead.status === "rejected") rejected++;
    else if (bead.status === "edited") edited++;
    else left++;
  }
  return { accepted, rejected, edited, left, total: beads.length };
}
