import { promises as fs } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { Bead } from "@tandem/align";
// Subpath imports: the package entry points load language identification and the
// scorers, which `tandem runs` and `tandem export` never need.
import { beadType } from "@tandem/align/bead";
import { TandemError } from "@tandem/segment/errors";
import type { Sentence, SentenceKind } from "@tandem/segment";
import { migrate } from "./migrate.js";
import { migrations } from "./migrations.js";
import { fromSqliteError } from "./sqlite-error.js";
import { openDatabaseReadOnly } from "./open-database-read-only.js";
import { sqliteDriver } from "./sqlite-driver.js";
import type { RunInfo, RunInput, StoredDocument, StoredRun } from "./stored-run.js";

/** The project database. Only code in store/ sees SQLite; commands use this API. */
export interface Store {
  /** The database file. */
  readonly file: string;
  /**
   * Writes a whole run (run row, both documents with every sentence, all beads) in ONE
   * transaction and returns its id: a crash or Ctrl-C leaves no half-run behind.
   */
  saveRun(input: RunInput): number;
  /** Every run, newest first. */
  listRuns(): RunInfo[];
  /** A run with its documents and beads; TandemError STORE_NO_RUN when there is none. */
  loadRun(id: number): StoredRun;
  /** The newest run's id, or undefined in an empty store. */
  latestRunId(): number | undefined;
  /**
   * The open connection, for modules inside store/ that add their own tables through
   * migrations (embedding cache, review decisions). Commands must not use it.
   */
  readonly database: Database.Database;
  close(): void;
}

/**
 * Opens (creating unless `mustExist`) the SQLite store at `file`, in WAL mode, and
 * migrates it to the newest schema. A file that is not a SQLite database, or a
 * damaged one, gives TandemError STORE_CORRUPT; a missing directory OUTPUT_DIR_MISSING.
 *
 * @example
 * const store = await openStore("tandem.db");
 * try {
 *   const id = store.saveRun(run);
 *   const { beads } = store.loadRun(id);
 * } finally {
 *   store.close();
 * }
 */
export async function openStore(file: string, options: { mustExist?: boolean; readonly?: boolean } = {}): Promise<Store> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) {
    if (options.mustExist || options.readonly) {
      throw new TandemError("STORE_NO_RUN", "no tandem database here; run `tandem align` first or pass --db", { file });
    }
    const dir = path.dirname(path.resolve(file));
    if (!(await fs.stat(dir).catch(() => undefined))?.isDirectory()) {
      throw new TandemError("OUTPUT_DIR_MISSING", `database directory does not exist: ${dir}`, { file });
    }
  } else if (stat.isDirectory()) {
    throw new TandemError("INPUT_DIRECTORY", "the database path is a directory", { file });
  }
  let db: Database.Database | undefined;
  try {
    // Commands that only read open read-only, so they work on a read-only file or mount.
    db = options.readonly ? openDatabaseReadOnly(file) : new (sqliteDriver())(file);
    if (!options.readonly) db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    // Reading the schema makes SQLite look at the first page: a foreign file fails here
    // instead of halfway through a run.
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    if (options.readonly && (db.pragma("user_version", { simple: true }) as number) < Math.max(...migrations.map((step) => step.version))) {
      // An older schema must be upgraded first, which takes a writable open.
      db.close();
      return await openStore(file, { mustExist: true });
    }
    if (!options.readonly) migrate(db, migrations, file);
  } catch (error) {
    db?.close();
    throw fromSqliteError(error, file);
  }
  return new SqliteStore(db, file);
}

interface RunRow {
  id: number;
  command: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  parameters: string;
  versions: string;
  summary: string | null;
  source_path: string;
  source_lang: string;
  target_path: string;
  target_lang: string;
  bead_count: number;
}

const RUN_SELECT = `
  SELECT r.*, s.path AS source_path, s.lang AS source_lang, t.path AS target_path, t.lang AS target_lang,
         (SELECT count(*) FROM beads b WHERE b.run_id = r.id) AS bead_count
  FROM runs r
  JOIN documents s ON s.run_id = r.id AND s.side = 'source'
  JOIN documents t ON t.run_id = r.id AND t.side = 'target'`;

class SqliteStore implements Store {
  constructor(
    readonly database: Database.Database,
    readonly file: string,
  ) {}

  saveRun(input: RunInput): number {
    return this.guard(() => {
      const db = this.database;
      const insertRun = db.prepare(
        "INSERT INTO runs (command, parameters, versions, started_at, finished_at, status, summary) VALUES (?, ?, ?, ?, ?, 'complete', ?)",
      );
      const insertDocument = db.prepare(
        "INSERT INTO documents (run_id, side, path, hash, lang, text, presegmented) VALUES (?, ?, ?, ?, ?, ?, ?)",
      );
      const insertSentence = db.prepare(
        "INSERT INTO sentences (document_id, idx, text, start, end, paragraph, lang, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      );
      const insertBead = db.prepare(
        "INSERT INTO beads (run_id, ord, source_ids, target_ids, score, type, moved, signals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      );
      const save = db.transaction((run: RunInput): number => {
        const runId = Number(
          insertRun.run(
            run.command,
            JSON.stringify(run.parameters),
            JSON.stringify(run.versions),
            run.startedAt.toISOString(),
            run.finishedAt.toISOString(),
            run.summary ? JSON.stringify(run.summary) : null,
          ).lastInsertRowid,
        );
        for (const [side, doc] of [["source", run.source], ["target", run.target]] as const) {
          const documentId = insertDocument.run(runId, side, doc.path, doc.hash, doc.lang, doc.text, doc.presegmented ? 1 : 0).lastInsertRowid;
          for (const s of doc.sentences) {
            insertSentence.run(documentId, s.id, s.text, s.start, s.end, s.paragraph, s.lang, s.kind);
          }
        }
        run.beads.forEach((bead, ord) => {
          insertBead.run(
            runId,
            ord,
            JSON.stringify(bead.source),
            JSON.stringify(bead.target),
            bead.score,
            beadType(bead),
            bead.moved ? 1 : 0,
            bead.signals ? JSON.stringify(bead.signals) : null,
          );
        });
        return runId;
      });
      return save(input);
    });
  }

  listRuns(): RunInfo[] {
    return this.guard(() =>
      (this.database.prepare(`${RUN_SELECT} ORDER BY r.id DESC`).all() as RunRow[]).map(toRunInfo),
    );
  }

  latestRunId(): number | undefined {
    return this.guard(() => {
      const row = this.database.prepare("SELECT max(id) AS id FROM runs").get() as { id: number | null };
      return row.id ?? undefined;
    });
  }

  loadRun(id: number): StoredRun {
    return this.guard(() => {
      const row = this.database.prepare(`${RUN_SELECT} WHERE r.id = ?`).get(id) as RunRow | undefined;
      if (!row) throw new TandemError("STORE_NO_RUN", `no run ${id} in this database (see \`tandem runs\`)`, { file: this.file });
      const beads = (
        this.database
          .prepare("SELECT source_ids, target_ids, score, moved, signals FROM beads WHERE run_id = ? ORDER BY ord")
          .all(id) as { source_ids: string; target_ids: string; score: number; moved: number; signals: string | null }[]
      ).map((b): Bead => ({
        source: JSON.parse(b.source_ids) as number[],
        target: JSON.parse(b.target_ids) as number[],
        score: b.score,
        ...(b.moved ? { moved: true } : {}),
        ...(b.signals ? { signals: JSON.parse(b.signals) as Record<string, number> } : {}),
      }));
      return { run: toRunInfo(row), source: this.loadDocument(id, "source"), target: this.loadDocument(id, "target"), beads };
    });
  }

  close(): void {
    this.database.close();
  }

  private loadDocument(runId: number, side: "source" | "target"): StoredDocument {
    const doc = this.database
      .prepare("SELECT id, path, hash, lang, text, presegmented FROM documents WHERE run_id = ? AND side = ?")
      .get(runId, side) as { id: number; path: string; hash: string; lang: string; text: string; presegmented: number };
    const sentences = (
      this.database
        .prepare("SELECT idx, text, start, end, paragraph, lang, kind FROM sentences WHERE document_id = ? ORDER BY idx")
        .all(doc.id) as { idx: number; text: string; start: number; end: number; paragraph: number; lang: string; kind: string }[]
    ).map((s): Sentence => ({ id: s.idx, text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, lang: s.lang, kind: s.kind as SentenceKind }));
    return { path: doc.path, hash: doc.hash, lang: doc.lang, text: doc.text, presegmented: doc.presegmented === 1, sentences };
  }

  /** Runs a query, mapping SQLite's corruption errors to STORE_CORRUPT. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw fromSqliteError(error, this.file);
    }
  }
}

function toRunInfo(row: RunRow): RunInfo {
  return {
    id: row.id,
    command: row.command,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    parameters: JSON.parse(row.parameters) as Record<string, unknown>,
    versions: JSON.parse(row.versions) as Record<string, string>,
    summary: row.summary ? (JSON.parse(row.summary) as Record<string, unknown>) : null,
    source: { path: row.source_path, lang: row.source_lang },
    target: { path: row.target_path, lang: row.target_lang },
    beadCount: row.bead_count,
  };
}
