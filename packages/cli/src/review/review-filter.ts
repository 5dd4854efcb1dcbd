import { isLeft, type ReviewBead } from "./review-bead.js";

/** Which beads the screen and `--list` show. */
export type ReviewFilter =
  | { readonly kind: "all" }
  | { readonly kind: "unreviewed" }
  | { readonly kind: "rejected" }
  | { readonly kind: "moved" }
  | { readonly kind: "score-below"; readonly threshold: number };

/** Whether `bead` passes `filter`; "unreviewed" includes skipped beads (both are left to do). */
export function matchesFilter(bead: ReviewBead, filter: ReviewFilter): boolean {
  switch (filter.kind) {
    case "all":
      return true;
    case "unreviewed":
      return isLeft(bead.status);
    case "rejected":
      return bead.status === "rejected";
    case "moved":
      return bead.moved === true;
    case "score-below":
      return bead.score < filter.threshold;
  }
}

/** "unreviewed", "score < 0.5": how the status line names a filter. */
export function describeFilter(filter: ReviewFilter): string {
  return filter.kind === "score-below" ? `score < ${filter.threshold}` : filter.kind;
}
