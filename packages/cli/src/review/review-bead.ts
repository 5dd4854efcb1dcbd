/**
 * Where a bead stands in a review. `edited` beads were made by a merge, split or
 * boundary move: the reviewer built them, so they count as reviewed (and exported
 * with the accepted ones). `skipped` ones are still left to do.
 */
export type ReviewStatus = "unreviewed" | "skipped" | "accepted" | "rejected" | "edited";

/** A bead as the review sees it: the run's bead plus its review status. */
export interface ReviewBead {
  /** Stable within one run's review: the run's beads keep theirs, edits get new ones. */
  readonly key: number;
  /** Ascending indices into the run's aligned source sentences. */
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
  readonly moved?: boolean;
  readonly signals?: Readonly<Record<string, number>>;
  readonly status: ReviewStatus;
  /** Sort key for reading order; beads made by an edit take positions between their neighbours'. */
  readonly position: number;
}

/** The aligned sentence texts of a run, indexed as the beads are. */
export interface ReviewTexts {
  readonly source: readonly string[];
  readonly target: readonly string[];
}

/** Reviewed beads: the ones that go to a gold file or an accepted-only export. */
export function isApproved(status: ReviewStatus): boolean {
  return status === "accepted" || status === "edited";
}

/** Beads still to do: never decided, or put off with `s`. */
export function isLeft(status: ReviewStatus): boolean {
  return status === "unreviewed" || status === "skipped";
}
