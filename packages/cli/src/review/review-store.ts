import type { Bead } from "@tandem/align";
import { isApproved, type ReviewBead, type ReviewStatus } from "./review-bead.js";
import type { ReviewChange } from "./review-change.js";
import type { ReviewHistoryEntry } from "./review-state.js";
import { fromSqliteError, type Store } from "../store/index.js";

/** One line of a run's review history: what a key did, and when. */
export interface ReviewEvent {
  readonly id: number;
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly what: ReviewChange["what"];
  readonly statuses: ReviewChange["statuses"];
  readonly retired: readonly number[];
  /** Keys of the beads the change created. */
  readonly created: readonly number[];
  readonly restored: readonly number[];
}

/** A run's review as saved: its current beads, the key the next edit may use, and the undo log. */
export interface SavedReview {
  /** Current beads in reading order, with their statuses. */
  readonly beads: ReviewBead[];
  readonly nextKey: number;
  /** The steps `u` can still undo, oldest first: kept in the store, so undo survives a quit. */
  readonly history: ReviewHistoryEntry[];
}

/** Reads and writes the review of runs; the review tables come from migration 2. */
export interface ReviewStore {
  /** The run's review; a run nobody reviewed yet gives its beads, all unreviewed, keyed by `ord`. */
  loadReview(runId: number): SavedReview;
  /**
   * Writes one change in its own transaction, so a closed terminal or a kill right after
   * a key loses nothing. Retired beads stay in the table (current = 0) as history.
   */
  applyChange(runId: number, change: ReviewChange): void;
  /** Every change made to the run's review, oldest first. */
  history(runId: number): ReviewEvent[];
  /** The accepted and edited beads in reading order, as plain beads: `tandem export --reviewed accepted`. */
  approvedBeads(runId: number): Bead[];
}

/**
 * How a bead made by an edit (no score, NaN in memory) is stored: the column is NOT NULL
 * and SQLite turns NaN into NULL. Aligner scores are never negative.
 */
const UNSCORED_IN_DB = -1;

interface ReviewBeadRow {
  key: number;
  source_ids: string;
  target_ids: string;
  score: number;
  moved: number;
  signals: string | null;
  position: number;
  status: ReviewStatus;
}

/**
 * The review tables of `store`.
 *
 * @example
 * const reviews = reviewStore(store);
 * const { beads, nextKey } = reviews.loadReview(runId);
 * reviews.applyChange(runId, change); // after every key that changes something
 */
export function reviewStore(store: Store): ReviewStore {
  const db = store.database;
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw fromSqliteError(error, store.file);
    }
  };
  const hasReview = (runId: number) =>
    db.prepare("SELECT 1 FROM review_beads WHERE run_id = ? LIMIT 1").get(runId) !== undefined;
  const runBeads = (runId: number): ReviewBead[] =>
    store.loadRun(runId).beads.map((bead: Bead, ord) => ({
      key: ord,
      source: bead.source,
      target: bead.target,
      score: bead.score,
      ...(bead.moved ? { moved: true } : {}),
      ...(bead.signals ? { signals: bead.signals } : {}),
      status: "unreviewed" as const,
      position: ord,
    }));
  const insertBead = db.prepare(
    `INSERT INTO review_beads (run_id, key, source_ids, target_ids, score, moved, signals, position, status, current, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const insert = (runId: number, bead: ReviewBead, at: string) =>
    insertBead.run(
      runId,
      bead.key,
      JSON.stringify(bead.source),
      JSON.stringify(bead.target),
      Number.isFinite(bead.score) ? bead.score : UNSCORED_IN_DB,
      bead.moved ? 1 : 0,
      bead.signals ? JSON.stringify(bead.signals) : null,
      bead.position,
      bead.status,
      at,
    );
  const setStatus = db.prepare("UPDATE review_beads SET status = ?, decided_at = ? WHERE run_id = ? AND key = ?");
  const setCurrent = db.prepare("UPDATE review_beads SET current = ? WHERE run_id = ? AND key = ?");
  const insertEvent = db.prepare("INSERT INTO review_events (run_id, at, what, change) VALUES (?, ?, ?, ?)");

  const write = db.transaction((runId: number, change: ReviewChange) => {
    const at = new Date().toISOString();
    // The run's beads are copied in on the first change, so "what the aligner said"
    // stays in `beads` and everything the reviewer did lives here.
    if (!hasReview(runId)) for (const bead of runBeads(runId)) insert(runId, bead, at);
    for (const key of change.retired) setCurrent.run(0, runId, key);
    for (const key of change.restored) setCurrent.run(1, runId, key);
    for (const bead of change.created) insert(runId, bead, at);
    for (const { key, status } of change.statuses) {
      if (setStatus.run(status, at, runId, key).changes !== 1) throw new Error(`review bead ${key} of run ${runId} is missing`);
    }
    insertEvent.run(
      runId,
      at,
      change.what,
      JSON.stringify({
        statuses: change.statuses,
        previous: change.previous ?? [],
        retired: change.retired,
        created: change.created.map((bead) => bead.key),
        restored: change.restored,
      }),
    );
  });

  const readEvents = (runId: number): (ReviewEvent & { previous?: ReviewChange["statuses"] })[] =>
    (db.prepare("SELECT id, at, what, change FROM review_events WHERE run_id = ? ORDER BY id").all(runId) as {
      id: number;
      at: string;
      what: ReviewChange["what"];
      change: string;
    }[]).map((row) => ({ id: row.id, at: row.at, what: row.what, ...(JSON.parse(row.change) as Omit<ReviewEvent, "id" | "at" | "what">) }));

  const loadReview = (runId: number): SavedReview =>
    guard(() => {
      if (!hasReview(runId)) {
        const beads = runBeads(runId);
        return { beads, nextKey: beads.length, history: [] };
      }
      const rows = db
        .prepare(
          "SELECT key, source_ids, target_ids, score, moved, signals, position, status, current FROM review_beads WHERE run_id = ? ORDER BY position",
        )
        .all(runId) as (ReviewBeadRow & { current: number })[];
      const { next } = db.prepare("SELECT max(key) + 1 AS next FROM review_beads WHERE run_id = ?").get(runId) as { next: number };
      const byKey = new Map(rows.map((row) => [row.key, toReviewBead(row)]));
      return {
        beads: rows.filter((row) => row.current === 1).map((row) => byKey.get(row.key)!),
        nextKey: next,
        history: undoLog(readEvents(runId), byKey),
      };
    });

  return {
    loadReview,
    approvedBeads(runId) {
      return loadReview(runId)
        .beads.filter((bead) => isApproved(bead.status))
        .map(({ source, target, score, moved, signals }) => ({
          source,
          target,
          score,
          ...(moved ? { moved } : {}),
          ...(signals ? { signals } : {}),
        }));
    },
    applyChange(runId, change) {
      guard(() => write(runId, change));
    },
    history(runId) {
      return guard(() => readEvents(runId).map(({ previous: _previous, ...event }) => event));
    },
  };
}

function toReviewBead(row: ReviewBeadRow): ReviewBead {
  return {
    key: row.key,
    source: JSON.parse(row.source_ids) as number[],
    target: JSON.parse(row.target_ids) as number[],
    score: row.score === UNSCORED_IN_DB ? Number.NaN : row.score,
    ...(row.moved ? { moved: true } : {}),
    ...(row.signals ? { signals: JSON.parse(row.signals) as Record<string, number> } : {}),
    status: row.status,
    position: row.position,
  };
}

/**
 * The steps still undoable, from the events: each undo took back the newest step not
 * yet undone, so replaying the log as a stack gives what `u` may undo next. Events from
 * before `previous` was recorded undo a decision to "unreviewed".
 */
function undoLog(
  events: readonly (ReviewEvent & { previous?: ReviewChange["statuses"] })[],
  byKey: ReadonlyMap<number, ReviewBead>,
): ReviewHistoryEntry[] {
  const stack: ReviewHistoryEntry[] = [];
  for (const event of events) {
    if (event.what === "undo") {
      stack.pop();
      continue;
    }
    const change: ReviewChange = {
      what: event.what,
      statuses: event.statuses,
      previous: event.previous ?? event.statuses.map(({ key }) => ({ key, status: "unreviewed" as const })),
      retired: event.retired,
      created: event.created.map((key) => byKey.get(key)).filter((bead): bead is ReviewBead => bead !== undefined),
      restored: event.restored,
    };
    stack.push({ change, retiredBeads: event.retired.map((key) => byKey.get(key)).filter((bead): bead is ReviewBead => bead !== undefined) });
  }
  return stack;
}
