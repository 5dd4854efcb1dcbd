/** One step of the Postgres schema; `version` is recorded in `tandem_schema` with it. */
export interface PostgresMigration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/**
 * The Postgres store's schema history, oldest first; APPEND to change it, never edit a
 * step that has shipped. Versions 1–3 are the SQLite store's tables (migrations.ts) in
 * Postgres types, so `runs`, `export` and `review` read either store the same way;
 * version 4 adds the distributed corpus: texts, ingested documents, the anchor index,
 * corpora and their pairs. Text stays TEXT and JSON stays JSON; a JSON array of
 * sentence ids reads back as the same array.
 */
export const postgresMigrations: PostgresMigration[] = [
  {
    version: 1,
    description: "runs, documents, sentences, beads",
    sql: `
      CREATE TABLE runs (
        id          BIGSERIAL PRIMARY KEY,
        command     TEXT NOT NULL,
        parameters  JSON NOT NULL,
        versions    JSON NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        status      TEXT NOT NULL,
        summary     JSON
      );
      CREATE TABLE documents (
        id           BIGSERIAL PRIMARY KEY,
        run_id       BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        side         TEXT NOT NULL CHECK (side IN ('source', 'target')),
        path         TEXT NOT NULL,
        hash         TEXT NOT NULL,
        lang         TEXT NOT NULL,
        text         TEXT NOT NULL,
        presegmented BOOLEAN NOT NULL DEFAULT false,
        UNIQUE (run_id, side)
      );
      CREATE TABLE sentences (
        document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        text        TEXT NOT NULL,
        start       INTEGER NOT NULL,
        "end"       INTEGER NOT NULL,
        paragraph   INTEGER NOT NULL,
        lang        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        PRIMARY KEY (document_id, idx)
      );
      CREATE TABLE beads (
        run_id     BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        ord        INTEGER NOT NULL,
        source_ids JSON NOT NULL,
        target_ids JSON NOT NULL,
        score      DOUBLE PRECISION NOT NULL,
        type       TEXT NOT NULL,
        moved      BOOLEAN NOT NULL,
        signals    JSON,
        PRIMARY KEY (run_id, ord)
      );
      CREATE INDEX documents_hash ON documents (hash);
    `,
  },
  {
    version: 2,
    description: "review: beads as reviewed and edited, and the history of every change",
    sql: `
      CREATE TABLE review_beads (
        run_id     BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        key        INTEGER NOT NULL,
        source_ids JSON NOT NULL,
        target_ids JSON NOT NULL,
        score      DOUBLE PRECISION NOT NULL,
        moved      BOOLEAN NOT NULL,
        signals    JSON,
        position   DOUBLE PRECISION NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('unreviewed', 'skipped', 'accepted', 'rejected', 'edited')),
        current    BOOLEAN NOT NULL,
        created_at TEXT NOT NULL,
        decided_at TEXT,
        PRIMARY KEY (run_id, key)
      );
      CREATE TABLE review_events (
        id     BIGSERIAL PRIMARY KEY,
        run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        at     TEXT NOT NULL,
        what   TEXT NOT NULL,
        change JSON NOT NULL
      );
      CREATE INDEX review_events_run ON review_events (run_id);
    `,
  },
  {
    version: 3,
    description: "embedding cache: one vector per (model identity, text hash)",
    sql: `
      CREATE TABLE embeddings (
        model      TEXT NOT NULL,
        hash       TEXT NOT NULL,
        dims       INTEGER NOT NULL,
        vector     BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (model, hash)
      );
    `,
  },
  {
    version: 4,
    description: "distributed corpus: texts, ingested documents, anchor index, corpora, pairs",
    sql: `
      -- A run made by an align job carries the job's key: a retried or duplicated job
      -- finds its run here instead of writing a second one.
      ALTER TABLE runs ADD COLUMN job_key TEXT;
      CREATE UNIQUE INDEX runs_job_key ON runs (job_key);

      -- Decoded article text by the sha256 of its bytes, written by the enqueuer: the
      -- only step that needs the files. Workers read it from here.
      CREATE TABLE texts (
        hash  TEXT PRIMARY KEY,
        bytes INTEGER NOT NULL,
        text  TEXT NOT NULL
      );
      -- What the ingest job made of a text: its language and sentences, or why it was
      -- left out (problem_code, as the single-machine corpus reports it).
      CREATE TABLE ingested (
        hash            TEXT PRIMARY KEY REFERENCES texts(hash),
        lang            TEXT,
        sentences       JSON,
        problem_code    TEXT,
        problem_message TEXT,
        ingested_at     TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      -- The inverted index of pairing anchors (names, numbers, acronyms, dates).
      CREATE TABLE anchors (
        hash     TEXT NOT NULL REFERENCES texts(hash),
        key      TEXT NOT NULL,
        surface  TEXT NOT NULL,
        position DOUBLE PRECISION NOT NULL,
        seq      INTEGER NOT NULL,  -- extraction order: pairing sums and ties follow it
        PRIMARY KEY (hash, key)
      );
      CREATE INDEX anchors_key ON anchors (key);

      -- One enqueued corpus: its id is a hash of its documents and parameters, so the
      -- same folder enqueued twice is the same corpus.
      CREATE TABLE corpora (
        id          TEXT PRIMARY KEY,
        parameters  JSON NOT NULL,
        documents   INTEGER NOT NULL,
        created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        paired_at   TIMESTAMPTZ,
        pair_count  INTEGER,
        unpaired    JSON,
        pair_failure TEXT
      );
      CREATE TABLE corpus_documents (
        corpus TEXT NOT NULL REFERENCES corpora(id) ON DELETE CASCADE,
        hash   TEXT NOT NULL REFERENCES texts(hash),
        path   TEXT NOT NULL,
        ord    INTEGER NOT NULL,
        -- Set when the ingest job failed for good (not an input problem: a crash).
        failure TEXT,
        PRIMARY KEY (corpus, hash)
      );
      CREATE TABLE corpus_pairs (
        corpus      TEXT NOT NULL REFERENCES corpora(id) ON DELETE CASCADE,
        ord         INTEGER NOT NULL,
        source_hash TEXT NOT NULL,
        target_hash TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        score       DOUBLE PRECISION NOT NULL,
        signals     JSON NOT NULL,
        reasons     JSON NOT NULL,
        job_key     TEXT NOT NULL,
        failure     JSON,
        PRIMARY KEY (corpus, ord)
      );
      CREATE INDEX corpus_pairs_job ON corpus_pairs (job_key);
    `,
  },
];
