import type { BeadEdit } from "./bead-edit.js";
import { mergeWithNext } from "./merge-beads.js";
import { moveBoundary, type BeadSide } from "./move-boundary.js";
import type { ReviewStatus } from "./review-bead.js";
import type { ReviewChange } from "./review-change.js";
import type { ReviewFilter } from "./review-filter.js";
import type { ReviewHistoryEntry, ReviewState } from "./review-state.js";
import { splitBead } from "./split-bead.js";
import { visibleKeys } from "./visible-keys.js";

/** What a key asks of the review. */
export type ReviewAction =
  | { readonly type: "move"; readonly by: number }
  | { readonly type: "goto"; readonly key: number }
  | { readonly type: "decide"; readonly status: "accepted" | "rejected" | "skipped" }
  | { readonly type: "undo" }
  | { readonly type: "merge" }
  | { readonly type: "split" }
  | { readonly type: "boundary"; readonly direction: "left" | "right" }
  | { readonly type: "switch-side" }
  | { readonly type: "filter"; readonly filter: ReviewFilter };

/**
 * The state after `action`, with the change to write to the store (if the action
 * changed a decision or the beads) or a message when the action could not be done.
 *
 * @example
 * const { state: next, change } = applyReviewAction(state, { type: "decide", status: "accepted" });
 * if (change) store.write(change); // before the next key
 */
export function applyReviewAction(
  state: ReviewState,
  action: ReviewAction,
): { state: ReviewState; change?: ReviewChange; message?: string } {
  switch (action.type) {
    case "move":
      return { state: { ...state, current: stepFrom(state, action.by) } };
    case "goto":
      return state.beads.some((bead) => bead.key === action.key) ? { state: { ...state, current: action.key } } : { state };
    case "switch-side":
      return { state: { ...state, side: otherSide(state.side) } };
    case "filter": {
      const filtered = { ...state, filter: action.filter };
      const keys = visibleKeys(filtered);
      const current = state.current !== undefined && keys.includes(state.current) ? state.current : keys[0] ?? state.current;
      return { state: { ...filtered, current }, ...(keys.length === 0 ? { message: "no bead matches this filter" } : {}) };
    }
    case "decide":
      return decide(state, action.status);
    case "undo":
      return undo(state);
    case "merge":
    case "split":
    case "boundary":
      return edit(state, action);
  }
}

function otherSide(side: BeadSide): BeadSide {
  return side === "source" ? "target" : "source";
}

/** The visible key `by` steps from the cursor, clamped to the ends of the list. */
function stepFrom(state: ReviewState, by: number): number | undefined {
  const keys = visibleKeys(state);
  if (keys.length === 0) return state.current;
  const at = state.current === undefined ? -1 : keys.indexOf(state.current);
  if (at === -1) {
    // The cursor's bead left the filter (just decided): the next one in queue order is "one step".
    const rank = new Map(state.queue.map((key, index) => [key, index]));
    const queueAt = state.current === undefined ? -1 : (rank.get(state.current) ?? -1);
    const after = keys.find((key) => rank.get(key)! > queueAt);
    return by > 0 ? (after ?? keys[keys.length - 1]) : (keys.filter((key) => rank.get(key)! < queueAt).pop() ?? keys[0]);
  }
  return keys[Math.min(keys.length - 1, Math.max(0, at + by))];
}

const verbs = { accepted: "accept", rejected: "reject", skipped: "skip" } as const;

function decide(state: ReviewState, status: "accepted" | "rejected" | "skipped") {
  const bead = state.beads.find((candidate) => candidate.key === state.current);
  if (!bead) return { state, message: "no bead to decide on" };
  const change: ReviewChange = {
    what: verbs[status],
    statuses: [{ key: bead.key, status }],
    previous: [{ key: bead.key, status: bead.status }],
    retired: [],
    created: [],
    restored: [],
  };
  const decided = { ...state, beads: state.beads.map((b) => (b.key === bead.key ? { ...b, status } : b)) };
  // Advance as the reviewer reads: the next bead after this one that the filter shows.
  const keys = visibleKeys(state);
  const at = keys.indexOf(bead.key);
  const nextVisible = new Set(visibleKeys(decided));
  const following = keys.slice(at + 1).find((key) => nextVisible.has(key));
  return {
    state: { ...decided, current: following ?? bead.key, history: [...state.history, { before: snapshot(state), change, retiredBeads: [] }] },
    change,
  };
}

function snapshot(state: ReviewState): Pick<ReviewState, "beads" | "queue" | "current"> {
  return { beads: state.beads, queue: state.queue, current: state.current };
}

function edit(state: ReviewState, action: { type: "merge" | "split" | "boundary"; direction?: "left" | "right" }) {
  const index = state.beads.findIndex((bead) => bead.key === state.current);
  if (index === -1) return { state, message: "no bead here" };
  const result: BeadEdit =
    action.type === "merge"
      ? mergeWithNext(state.beads, index, state.nextKey)
      : action.type === "split"
        ? splitBead(state.beads, index, state.nextKey)
        : moveBoundary(state.beads, index, state.side, action.direction ?? "right", state.nextKey);
  if (!result.ok) return { state, message: result.reason };
  const removed = new Set(result.removed);
  const beads = [...state.beads.filter((bead) => !removed.has(bead.key)), ...result.added].sort(
    (a, b) => a.position - b.position,
  );
  // New beads take the queue slot of the first bead they replace, so the reviewer's
  // place in a risk-ordered queue does not jump.
  const slot = state.queue.findIndex((key) => removed.has(key));
  const queue = state.queue.filter((key) => !removed.has(key));
  queue.splice(Math.min(slot, queue.length), 0, ...result.added.map((bead) => bead.key));
  const change: ReviewChange = {
    what: action.type,
    statuses: [],
    previous: [],
    retired: result.removed,
    created: result.added,
    restored: [],
  };
  const next: ReviewState = {
    ...state,
    beads,
    queue,
    current: result.added[0]?.key ?? state.current,
    nextKey: state.nextKey + result.added.length,
    history: [...state.history, { before: snapshot(state), change, retiredBeads: state.beads.filter((bead) => removed.has(bead.key)) }],
  };
  return { state: next, change };
}

function undo(state: ReviewState) {
  const last = state.history[state.history.length - 1];
  if (!last) return { state, message: "nothing to undo" };
  const { change } = last;
  const statuses: { key: number; status: ReviewStatus }[] = change.statuses.map(({ key }) => ({
    key,
    status: change.previous?.find((entry) => entry.key === key)?.status ?? "unreviewed",
  }));
  const inverse: ReviewChange = {
    what: "undo",
    statuses,
    previous: change.statuses,
    retired: change.created.map((bead) => bead.key),
    created: [],
    restored: [...change.retired],
  };
  const history = state.history.slice(0, -1);
  // nextKey stays: keys of undone beads are kept in the store's history, never reused.
  if (last.before) return { state: { ...state, ...last.before, history }, change: inverse };
  return { state: { ...state, ...undoFromChange(state, last, statuses), history }, change: inverse };
}

/** The beads, queue and cursor before a step saved in an earlier session. */
function undoFromChange(
  state: ReviewState,
  step: ReviewHistoryEntry,
  statuses: readonly { key: number; status: ReviewStatus }[],
): Pick<ReviewState, "beads" | "queue" | "current"> {
  const created = new Set(step.change.created.map((bead) => bead.key));
  const status = new Map(statuses.map((entry) => [entry.key, entry.status]));
  const beads = [...state.beads.filter((bead) => !created.has(bead.key)), ...step.retiredBeads]
    .map((bead) => (status.has(bead.key) ? { ...bead, status: status.get(bead.key)! } : bead))
    .sort((a, b) => a.position - b.position);
  const restored = step.retiredBeads.map((bead) => bead.key);
  const slot = state.queue.findIndex((key) => created.has(key));
  const queue = state.queue.filter((key) => !created.has(key));
  queue.splice(slot === -1 ? queue.length : Math.min(slot, queue.length), 0, ...restored);
  return { beads, queue, current: restored[0] ?? statuses[0]?.key ?? state.current };
}
