import type Database from "better-sqlite3";

/** One step of the store's schema; `version` is written to PRAGMA user_version after `up`. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  up(db: Database.Database): void;
}

/**
 * The store's schema history, oldest first. To change the schema APPEND a migration
 * with the next version number; never edit one that has shipped, since databases in
 * the wild already ran it. Each migration runs in its own transaction.
 *
 * Index spaces: `sentences.idx` is the document sentence id (position in the
 * segmenter's Document.sentences, or the line number of a presegmented file), and
 * `beads.source_ids` / `beads.target_ids` are JSON arrays of those ids. A bead is
 * identified by (run_id, ord).
 */
export const migrations: Migration[] = [
  {
    version: 1,
    description: "runs, documents, sentences, beads",
    up(db) {
      db.exec(`
        CREATE TABLE runs (
          id          INTEGER PRIMARY KEY AUTOINCREMENT,
          command     TEXT NOT NULL,
          parameters  TEXT NOT NULL,  -- JSON: the options the run was made with
          versions    TEXT NOT NULL,  -- JSON: tool and package versions
          started_at  TEXT NOT NULL,  -- ISO 8601, UTC
          finished_at TEXT,
          status      TEXT NOT NULL,  -- 'complete' (a run is written in one transaction)
          summary     TEXT            -- JSON: counts and mean score, as printed
        );
        CREATE TABLE documents (
          id           INTEGER PRIMARY KEY,
          run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          side         TEXT NOT NULL CHECK (side IN ('source', 'target')),
          path         TEXT NOT NULL,
          hash         TEXT NOT NULL,  -- sha256 of the file's bytes
          lang         TEXT NOT NULL,
          text         TEXT NOT NULL,  -- decoded text the sentence offsets refer to
          presegmented INTEGER NOT NULL DEFAULT 0,
          UNIQUE (run_id, side)
        );
        CREATE TABLE sentences (
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          idx         INTEGER NOT NULL,
          text        TEXT NOT NULL,
          start       INTEGER NOT NULL,
          end         INTEGER NOT NULL,
          paragraph   INTEGER NOT NULL,
          lang        TEXT NOT NULL,
          kind        TEXT NOT NULL,
          PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE beads (
          run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          ord        INTEGER NOT NULL,
          source_ids TEXT NOT NULL,
          target_ids TEXT NOT NULL,
          score      REAL NOT NULL,
          type       TEXT NOT NULL,     -- '1-1', '2-1', '1-0', …
          moved      INTEGER NOT NULL,  -- 1 when the recovery pass added it out of order
          signals    TEXT,              -- JSON: per-signal scores
          PRIMARY KEY (run_id, ord)
        ) WITHOUT ROWID;
        CREATE INDEX documents_hash ON documents (hash);
      `);
    },
  },
  {
    version: 2,
    description: "review: beads as reviewed and edited, and the history of every change",
    up(db) {
      // Written by `tandem review` (review/review-store.ts). A run's beads are copied in on
      // its first review change (key = beads.ord); merges, splits and boundary moves add
      // beads with new keys and set current = 0 on the ones they replace, never deleting.
      db.exec(`
        CREATE TABLE review_beads (
          run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          key        INTEGER NOT NULL,
          source_ids TEXT NOT NULL,     -- JSON: document sentence ids, like beads.source_ids
          target_ids TEXT NOT NULL,
          score      REAL NOT NULL,
          moved      INTEGER NOT NULL,
          signals    TEXT,
          position   REAL NOT NULL,     -- reading order; edits take positions between neighbours
          status     TEXT NOT NULL CHECK (status IN ('unreviewed', 'skipped', 'accepted', 'rejected', 'edited')),
          current    INTEGER NOT NULL,  -- 0 once an edit replaced the bead (undo sets it back to 1)
          created_at TEXT NOT NULL,
          decided_at TEXT,
          PRIMARY KEY (run_id, key)
        ) WITHOUT ROWID;
        CREATE TABLE review_events (
          id     INTEGER PRIMARY KEY AUTOINCREMENT,
          run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          at     TEXT NOT NULL,         -- ISO 8601, UTC
          what   TEXT NOT NULL,         -- accept, reject, skip, merge, split, boundary, undo
          change TEXT NOT NULL          -- JSON: statuses, retired, created and restored keys
        );
        CREATE INDEX review_events_run ON review_events (run_id);
      `);
    },
  },
  {
    version: 3,
    description: "embedding cache: one vector per (model identity, text hash)",
    up(db) {
      // Written and read by store/embedding-cache.ts. `model` is EmbeddingModel.key (hub id
      // or folder name + a hash of the model's files and pooling recipe), so a different
      // model or recipe never reads another's vectors; `vector` is little-endian float32.
      db.exec(`
        CREATE TABLE embeddings (
          model      TEXT NOT NULL,
          hash       TEXT NOT NULL,     -- sha256 hex of the exact text embedded
          dims       INTEGER NOT NULL,
          vector     BLOB NOT NULL,
          created_at TEXT NOT NULL,     -- ISO 8601, UTC
          PRIMARY KEY (model, hash)
        ) WITHOUT ROWID;
      `);
    },
  },
];
