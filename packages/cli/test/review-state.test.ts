import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyReviewAction, type ReviewAction } from "../src/review/apply-review-action.js";
import { countStatuses } from "../src/review/count-statuses.js";
import { findMatch } from "../src/review/find-match.js";
import type { ReviewBead, ReviewTexts } from "../src/review/review-bead.js";
import type { ReviewChange } from "../src/review/review-change.js";
import { createReviewState, type ReviewState } from "../src/review/review-state.js";
import { visibleKeys } from "../src/review/visible-keys.js";

function bead(key: number, source: number[], target: number[], score = 0.9, extra: Partial<ReviewBead> = {}): ReviewBead {
  return { key, source, target, score, status: "unreviewed", position: key, ...extra };
}

const texts: ReviewTexts = {
  source: ["Zon op maandag.", "Regen op dinsdag.", "Storm met 12 doden.", "Rutte sprak.", "Einde."],
  target: ["Sun on Monday.", "Rain on Tuesday.", "Storm kills 13.", "Rutte spoke.", "The end."],
};
const fiveBeads = [0, 1, 2, 3, 4].map((i) => bead(i, [i], [i]));

function run(state: ReviewState, ...actions: ReviewAction[]): ReviewState {
  return actions.reduce((s, action) => applyReviewAction(s, action).state, state);
}
const shape = (state: ReviewState) => state.beads.map((b) => `${b.source.join(",")}:${b.target.join(",")}:${b.status}`);

describe("review decisions", () => {
  it("accept, reject and skip write one status each and advance in queue order", () => {
    let state = createReviewState(fiveBeads, texts, { order: "document" });
    expect(state.current).toBe(0);
    const accepted = applyReviewAction(state, { type: "decide", status: "accepted" });
    expect(accepted.change).toEqual({
      what: "accept",
      statuses: [{ key: 0, status: "accepted" }],
      previous: [{ key: 0, status: "unreviewed" }],
      retired: [],
      created: [],
      restored: [],
    });
    state = run(accepted.state, { type: "decide", status: "rejected" }, { type: "decide", status: "skipped" });
    expect(state.current).toBe(3);
    expect(countStatuses(state.beads)).toEqual({ accepted: 1, rejected: 1, edited: 0, left: 3, total: 5 });
  });

  it("undo restores the previous status and writes it back", () => {
    const state = run(createReviewState(fiveBeads, texts, { order: "document" }), { type: "decide", status: "accepted" }, { type: "decide", status: "rejected" });
    const undone = applyReviewAction(state, { type: "undo" });
    expect(undone.change).toEqual({
      what: "undo",
      statuses: [{ key: 1, status: "unreviewed" }],
      previous: [{ key: 1, status: "rejected" }],
      retired: [],
      created: [],
      restored: [],
    });
    expect(undone.state.current).toBe(1);
    expect(shape(undone.state).slice(0, 2)).toEqual(["0:0:accepted", "1:1:unreviewed"]);
    const empty = run(undone.state, { type: "undo" });
    expect(applyReviewAction(empty, { type: "undo" }).message).toBe("nothing to undo");
  });

  it("reopening resumes at the first unreviewed bead of the queue, after skipped ones", () => {
    const reviewed = fiveBeads.map((b, i) => ({ ...b, status: i < 2 ? ("accepted" as const) : i === 2 ? ("skipped" as const) : b.status }));
    expect(createReviewState(reviewed, texts, { order: "document" }).current).toBe(3);
  });

  it("risk order puts the low-score and the number mismatch first", () => {
    const beads = fiveBeads.map((b) => (b.key === 4 ? { ...b, score: 0.1 } : b));
    const state = createReviewState(beads, texts, { order: "risk" });
    expect(state.queue.slice(0, 2)).toEqual([4, 2]);
  });
});

describe("review edits", () => {
  it("merge joins this bead and the next into one new edited bead", () => {
    const start = createReviewState(fiveBeads, texts, { order: "document" });
    const merged = applyReviewAction(run(start, { type: "move", by: 1 }), { type: "merge" });
    expect(shape(merged.state)).toEqual(["0:0:unreviewed", "1,2:1,2:edited", "3:3:unreviewed", "4:4:unreviewed"]);
    expect(merged.change?.retired).toEqual([1, 2]);
    expect(merged.change?.created.map((b) => b.key)).toEqual([5]);
    expect(merged.state.current).toBe(5);
    const undone = applyReviewAction(merged.state, { type: "undo" });
    expect(undone.change).toEqual({ what: "undo", statuses: [], previous: [], retired: [5], created: [], restored: [1, 2] });
    expect(shape(undone.state)).toEqual(shape(start));
  });

  it("split cuts each side in the middle; boundary moves shift one sentence on the chosen side", () => {
    const start = createReviewState([bead(0, [0, 1], [0, 1, 2]), bead(1, [2], [3])], texts, { order: "document" });
    const split = run(start, { type: "split" });
    expect(shape(split)).toEqual(["0:0,1:edited", "1:2:edited", "2:3:unreviewed"]);
    const moved = run(split, { type: "switch-side" }, { type: "boundary", direction: "left" });
    expect(shape(moved)).toEqual(["0:0:edited", "1:1,2:edited", "2:3:unreviewed"]);
    expect(shape(run(moved, { type: "boundary", direction: "right" }))).toEqual(["0:0,1:edited", "1:2:edited", "2:3:unreviewed"]);
    expect(applyReviewAction(start, { type: "move", by: 1 }).state.current).toBe(1);
    expect(applyReviewAction(run(start, { type: "move", by: 1 }), { type: "merge" }).message).toBe("cannot merge: no next bead in document order");
    expect(applyReviewAction(run(start, { type: "move", by: 1 }), { type: "split" }).message).toBe("only multi-sentence beads can be split");
  });

  it("a boundary move that empties a bead removes it", () => {
    const state = run(createReviewState([bead(0, [0], []), bead(1, [1], [0])], texts, { order: "document" }), { type: "boundary", direction: "left" });
    expect(shape(state)).toEqual(["0,1:0:edited"]);
  });
});

describe("review fixes of issue 12", () => {
  // The case: [7, 8]:[2], then a moved bead [10]:[16] next in reading order.
  const withMoved = () =>
    createReviewState(
      [
        { ...bead(0, [7, 8], [2]), position: 0 },
        { ...bead(1, [10], [16]), moved: true, position: 1 },
        { ...bead(2, [9], [3]), position: 2 },
        { ...bead(3, [11], [4]), position: 3 },
      ],
      texts,
      { order: "document" },
    );

  it("m merges with the neighbour in document order, never across or with a moved bead", () => {
    const merged = applyReviewAction(withMoved(), { type: "merge" });
    expect(merged.message).toBeUndefined();
    expect(shape(merged.state)).toEqual(["7,8,9:2,3:edited", "10:16:unreviewed", "11:4:unreviewed"]);
    const onMoved = applyReviewAction(run(withMoved(), { type: "move", by: 1 }), { type: "merge" });
    expect(onMoved.change).toBeUndefined();
    expect(onMoved.message).toBe("cannot merge: a moved bead has no neighbour in document order; split it or reject it instead");
  });

  it("m refuses a neighbour that is not adjacent (a sentence between them sits in another bead)", () => {
    const state = createReviewState(
      [{ ...bead(0, [7], [2]), position: 0 }, { ...bead(1, [9], [3]), position: 1 }, { ...bead(2, [8], [9]), moved: true, position: 2 }],
      texts,
      { order: "document" },
    );
    const result = applyReviewAction(state, { type: "merge" });
    expect(result.change).toBeUndefined();
    expect(result.message).toBe("cannot merge: the next bead is not adjacent: source sentence 8 lies between them in another bead");
  });

  it("a boundary move never hands a sentence to a moved bead", () => {
    const moved = applyReviewAction(withMoved(), { type: "boundary", direction: "left" });
    expect(shape(moved.state)).toEqual(["7:2:edited", "8,9:3:edited", "10:16:unreviewed", "11:4:unreviewed"]);
  });

  it("beads made by an edit carry no score, not their parent's", () => {
    const start = createReviewState([bead(0, [0], [0]), bead(1, [1], [1])], texts, { order: "document" });
    const split = run(createReviewState([bead(0, [0, 1], [0])], texts, { order: "document" }), { type: "split" });
    expect(split.beads.map((b) => b.score)).toEqual([Number.NaN, Number.NaN]);
    const merged = run(start, { type: "merge" });
    expect(Number.isFinite(merged.beads[0]!.score)).toBe(false);
  });

  it("undo works from a saved log alone (a later session), restoring statuses and beads", () => {
    const start = createReviewState(fiveBeads, texts, { order: "document" });
    const accepted = applyReviewAction(start, { type: "decide", status: "accepted" });
    const merged = applyReviewAction(run(accepted.state, { type: "goto", key: 1 }), { type: "merge" });
    // A new session: the same beads, the history without the in-memory snapshots.
    const log = merged.state.history.map(({ change, retiredBeads }) => ({ change, retiredBeads }));
    const reopened = createReviewState(merged.state.beads, texts, { order: "document", history: log, nextKey: merged.state.nextKey });
    const undoMerge = applyReviewAction(reopened, { type: "undo" });
    expect(undoMerge.change).toEqual({ what: "undo", statuses: [], previous: [], retired: [5], created: [], restored: [1, 2] });
    expect(shape(undoMerge.state)).toEqual(["0:0:accepted", "1:1:unreviewed", "2:2:unreviewed", "3:3:unreviewed", "4:4:unreviewed"]);
    expect(undoMerge.state.queue).toEqual([0, 1, 2, 3, 4]);
    const undoAccept = applyReviewAction(undoMerge.state, { type: "undo" });
    expect(undoAccept.change?.statuses).toEqual([{ key: 0, status: "unreviewed" }]);
    expect(shape(undoAccept.state)).toEqual(shape(start));
    expect(applyReviewAction(undoAccept.state, { type: "undo" }).message).toBe("nothing to undo");
  });
});

describe("filters and search", () => {
  it("filters narrow what j/k walk; search finds text on either side", () => {
    let state = createReviewState(fiveBeads.map((b) => (b.key === 3 ? { ...b, moved: true } : b)), texts, { order: "document" });
    state = run(state, { type: "decide", status: "rejected" }, { type: "filter", filter: { kind: "rejected" } });
    expect(visibleKeys(state)).toEqual([0]);
    expect(run(state, { type: "filter", filter: { kind: "moved" } }).current).toBe(3);
    state = run(state, { type: "filter", filter: { kind: "unreviewed" } });
    expect(visibleKeys(state)).toEqual([1, 2, 3, 4]);
    expect(findMatch(state, texts, "RUTTE")).toBe(3);
    expect(findMatch(state, texts, "tuesday")).toBe(1);
    expect(findMatch(state, texts, "nowhere")).toBeUndefined();
    expect(visibleKeys(run(state, { type: "filter", filter: { kind: "score-below", threshold: 0.5 } }))).toEqual([]);
  });
});

/** Every sentence index of both sides is in exactly one current bead, and no bead is empty. */
function expectPartition(beads: readonly ReviewBead[], sources: number, targets: number): void {
  const seenSource = beads.flatMap((b) => b.source).sort((a, b) => a - b);
  const seenTarget = beads.flatMap((b) => b.target).sort((a, b) => a - b);
  expect(seenSource).toEqual(Array.from({ length: sources }, (_, i) => i));
  expect(seenTarget).toEqual(Array.from({ length: targets }, (_, i) => i));
  for (const b of beads) expect(b.source.length + b.target.length).toBeGreaterThan(0);
  const positions = beads.map((b) => b.position);
  expect(new Set(positions).size).toBe(positions.length);
}

/** What the store does with the changes, in miniature: current beads by key. */
function replay(store: Map<number, ReviewBead>, archive: Map<number, ReviewBead>, change: ReviewChange): void {
  for (const key of change.retired) {
    archive.set(key, store.get(key)!);
    store.delete(key);
  }
  for (const key of change.restored) store.set(key, archive.get(key)!);
  for (const created of change.created) store.set(created.key, created);
  for (const { key, status } of change.statuses) store.set(key, { ...store.get(key)!, status });
}

const beadsArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 12 })
  .map((shapes) => {
    let i = 0;
    let j = 0;
    return shapes
      .filter(([n, m]) => n + m > 0)
      .map(([n, m, score], key) => {
        const made = bead(key, Array.from({ length: n }, () => i++), Array.from({ length: m }, () => j++), score);
        return made;
      });
  })
  .filter((beads) => beads.length > 0);

const actionArbitrary: fc.Arbitrary<ReviewAction> = fc.oneof(
  fc.constant<ReviewAction>({ type: "merge" }),
  fc.constant<ReviewAction>({ type: "split" }),
  fc.constant<ReviewAction>({ type: "boundary", direction: "left" }),
  fc.constant<ReviewAction>({ type: "boundary", direction: "right" }),
  fc.constant<ReviewAction>({ type: "switch-side" }),
  fc.constant<ReviewAction>({ type: "undo" }),
  fc.constantFrom<ReviewAction>({ type: "decide", status: "accepted" }, { type: "decide", status: "rejected" }, { type: "decide", status: "skipped" }),
  fc.integer({ min: -3, max: 3 }).map((by): ReviewAction => ({ type: "move", by })),
  fc.constantFrom<ReviewAction>({ type: "filter", filter: { kind: "all" } }, { type: "filter", filter: { kind: "unreviewed" } }),
);

describe("review invariants (property)", () => {
  it("every edit keeps every sentence exactly once, the store replay matches, and undoing all restores the start", () => {
    fc.assert(
      fc.property(beadsArbitrary, fc.array(actionArbitrary, { maxLength: 40 }), fc.constantFrom("risk" as const, "document" as const), (beads, actions, order) => {
        const sources = beads.reduce((n, b) => n + b.source.length, 0);
        const targets = beads.reduce((n, b) => n + b.target.length, 0);
        const longTexts = { source: Array.from({ length: sources }, (_, i) => `s${i}`), target: Array.from({ length: targets }, (_, j) => `t${j}`) };
        const start = createReviewState(beads, longTexts, { order });
        const store = new Map(beads.map((b) => [b.key, b]));
        const archive = new Map<number, ReviewBead>();
        let state = start;
        for (const action of actions) {
          const result = applyReviewAction(state, action);
          state = result.state;
          if (result.change) replay(store, archive, result.change);
          expectPartition(state.beads, sources, targets);
          expect([...state.queue].sort((a, b) => a - b)).toEqual(state.beads.map((b) => b.key).sort((a, b) => a - b));
          expect(state.beads.some((b) => b.key === state.current)).toBe(true);
          expect([...store.values()].sort((a, b) => a.position - b.position)).toEqual(state.beads);
        }
        while (state.history.length > 0) {
          const result = applyReviewAction(state, { type: "undo" });
          state = result.state;
          replay(store, archive, result.change!);
        }
        expect(state.beads).toEqual(start.beads);
        expect([...store.values()].sort((a, b) => a.position - b.position)).toEqual(start.beads);
      }),
      { numRuns: 300 },
    );
  });
});

describe("keys", () => {
  it("map to the issue's keys; unknown keys and Ctrl combinations do nothing", async () => {
    const { keyToCommand } = await import("../src/review/review-keys.js");
    expect(keyToCommand("a", {})).toEqual({ kind: "action", action: { type: "decide", status: "accepted" } });
    expect(keyToCommand("", { downArrow: true })).toEqual({ kind: "action", action: { type: "move", by: 1 } });
    expect(keyToCommand("k", {})).toEqual({ kind: "action", action: { type: "move", by: -1 } });
    expect(keyToCommand("[", {})).toEqual({ kind: "action", action: { type: "boundary", direction: "left" } });
    expect(keyToCommand("", { tab: true })).toEqual({ kind: "action", action: { type: "switch-side" } });
    expect(keyToCommand("/", {})).toEqual({ kind: "search" });
    expect(keyToCommand("q", {})).toEqual({ kind: "quit" });
    expect(keyToCommand("z", {})).toBeUndefined();
    expect(keyToCommand("a", { ctrl: true })).toBeUndefined();
  });
});
