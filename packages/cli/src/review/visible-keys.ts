import { matchesFilter } from "./review-filter.js";
import type { ReviewState } from "./review-state.js";

/** The queue through the current filter: what `j`/`k` walk. */
export function visibleKeys(state: Pick<ReviewState, "beads" | "queue" | "filter">): number[] {
  const byKey = new Map(state.beads.map((bead) => [bead.key, bead]));
  return state.queue.filter((key) => {
    const bead = byKey.get(key);
    return bead !== undefined && matchesFilter(bead, state.filter);
  });
}
