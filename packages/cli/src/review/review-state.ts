import { isLeft, type ReviewBead, type ReviewTexts } from "./review-bead.js";
import type { ReviewChange } from "./review-change.js";
import type { ReviewFilter } from "./review-filter.js";
import type { BeadSide } from "./move-boundary.js";
import { orderQueue, type ReviewOrder } from "./order-queue.js";

/**
 * One step the reviewer can undo: what it wrote and the beads it retired. Steps of this
 * session also keep the state before them; steps read back from the store (the undo log
 * survives a quit) are undone from the change alone.
 */
export interface ReviewHistoryEntry {
  readonly change: ReviewChange;
  /** The beads the step retired, as they were: an undo restores them. */
  readonly retiredBeads: readonly ReviewBead[];
  readonly before?: Pick<ReviewState, "beads" | "queue" | "current">;
}

/** Everything the review screen shows and the keys change; a plain value. */
export interface ReviewState {
  /** The current beads, in reading order (by position). */
  readonly beads: readonly ReviewBead[];
  /** The keys of the current beads in review order. */
  readonly queue: readonly number[];
  /** Key of the bead under the cursor; undefined only when there are no beads. */
  readonly current: number | undefined;
  readonly filter: ReviewFilter;
  /** The side `[` and `]` move a boundary on; Tab switches it. */
  readonly side: BeadSide;
  /** Undo stack, newest last: this session's steps after those saved in the store. */
  readonly history: readonly ReviewHistoryEntry[];
  /** The key the next bead made by an edit gets. */
  readonly nextKey: number;
}

/**
 * A review of `beads` (current beads of one run, any order), with the cursor on the
 * first bead in the queue still left to do, so reopening resumes where the reviewer stopped.
 *
 * @example
 * const state = createReviewState(beads, texts, { order: "risk", nextKey: 120 });
 */
export function createReviewState(
  beads: readonly ReviewBead[],
  texts: ReviewTexts,
  options: { order: ReviewOrder; nextKey?: number; history?: readonly ReviewHistoryEntry[] },
): ReviewState {
  const sorted = [...beads].sort((a, b) => a.position - b.position);
  const queue = orderQueue(sorted, texts, options.order);
  const byKey = new Map(sorted.map((bead) => [bead.key, bead]));
  const current =
    queue.find((key) => byKey.get(key)!.status === "unreviewed") ??
    queue.find((key) => isLeft(byKey.get(key)!.status)) ??
    queue[0];
  return {
    beads: sorted,
    queue,
    current,
    filter: { kind: "all" },
    side: "source",
    history: options.history ?? [],
    nextKey: options.nextKey ?? sorted.reduce((max, bead) => Math.max(max, bead.key + 1), 0),
  };
}
