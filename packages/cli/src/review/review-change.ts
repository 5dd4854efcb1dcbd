import type { ReviewBead, ReviewStatus } from "./review-bead.js";

/**
 * What one key did, in the terms the store writes in one transaction: new statuses,
 * beads retired (kept as history), beads created by an edit, beads restored by an undo.
 */
export interface ReviewChange {
  readonly what: "accept" | "reject" | "skip" | "merge" | "split" | "boundary" | "undo";
  readonly statuses: readonly { readonly key: number; readonly status: ReviewStatus }[];
  /** The statuses of the same beads before the change, so an undo in a later session can restore them. */
  readonly previous?: readonly { readonly key: number; readonly status: ReviewStatus }[];
  readonly retired: readonly number[];
  readonly created: readonly ReviewBead[];
  readonly restored: readonly number[];
}
