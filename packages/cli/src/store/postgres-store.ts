import pg from "pg";
import type { Bead } from "@tandem/align";
// Subpath imports, as in open-store.ts: `tandem runs` loads this module too.
import { beadType } from "@tandem/align/bead";
import { TandemError } from "@tandem/segment/errors";
import type { Sentence, SentenceKind } from "@tandem/segment";
import type { CorpusStore } from "./corpus-store.js";
import { postgresCorpusQueries } from "./postgres-corpus-queries.js";
import { fromPostgresError } from "./postgres-error.js";
import { migratePostgres } from "./postgres-migrate.js";
import { redactUrl } from "./postgres-url.js";
import type { RunStore } from "./run-store.js";
import type { RunInfo, RunInput, StoredDocument, StoredRun } from "./stored-run.js";

// BIGINT ids and counts fit a double in any store this size; read them as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

/** The Postgres store: runs like SQLite's, plus the distributed corpus's tables. */
export type PostgresStore = RunStore & CorpusStore;

/**
 * Connects to the Postgres database at `url`, checks that it answers, and migrates it
 * to the newest schema (under an advisory lock, so workers starting together migrate
 * once). A server that cannot be reached gives TandemError STORE_UNREACHABLE naming
 * the URL, before anything is written.
 *
 * @example
 * const store = await openPostgresStore("postgres://tandem@db:5432/tandem");
 * try { console.log(await store.listRuns()); } finally { await store.close(); }
 */
export async function openPostgresStore(url: string, options: { poolSize?: number } = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw fromPostgresError(error, url);
  }
  return createPostgresStore(pool, url);
}

interface RunRow {
  id: number;
  command: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  parameters: Record<string, unknown>;
  versions: Record<string, string>;
  summary: Record<string, unknown> | null;
  source_path: string;
  source_lang: string;
  target_path: string;
  target_lang: string;
  bead_count: number;
}

const RUN_SELECT = `
  SELECT r.id, r.command, r.status, r.started_at, r.finished_at, r.parameters, r.versions, r.summary,
         s.path AS source_path, s.lang AS source_lang, t.path AS target_path, t.lang AS target_lang,
         (SELECT count(*) FROM beads b WHERE b.run_id = r.id) AS bead_count
  FROM runs r
  JOIN documents s ON s.run_id = r.id AND s.side = 'source'
  JOIN documents t ON t.run_id = r.id AND t.side = 'target'`;

function createPostgresStore(pool: pg.Pool, url: string): PostgresStore {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw fromPostgresError(error, url);
    }
  };
  /** Runs `work` in one transaction on one client. */
  const transaction = <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> =>
    guard(async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    });

  const loadDocument = async (runId: number, side: "source" | "target"): Promise<StoredDocument> => {
    const doc = (
      await pool.query<{ id: number; path: string; hash: string; lang: string; text: string; presegmented: boolean }>(
        "SELECT id, path, hash, lang, text, presegmented FROM documents WHERE run_id = $1 AND side = $2",
        [runId, side],
      )
    ).rows[0]!;
    const sentences = (
      await pool.query<{ idx: number; text: string; start: number; end: number; paragraph: number; lang: string; kind: string }>(
        'SELECT idx, text, start, "end", paragraph, lang, kind FROM sentences WHERE document_id = $1 ORDER BY idx',
        [doc.id],
      )
    ).rows.map((s): Sentence => ({ id: s.idx, text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, lang: s.lang, kind: s.kind as SentenceKind }));
    return { path: doc.path, hash: doc.hash, lang: doc.lang, text: doc.text, presegmented: doc.presegmented, sentences };
  };

  const runStore: RunStore = {
    location: redactUrl(url),

    saveRun: (input: RunInput, options: { jobKey?: string } = {}) =>
      transaction(async (client) => {
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO runs (command, parameters, versions, started_at, finished_at, status, summary, job_key)
           VALUES ($1, $2, $3, $4, $5, 'complete', $6, $7) ON CONFLICT (job_key) DO NOTHING RETURNING id`,
          [
            input.command,
            JSON.stringify(input.parameters),
            JSON.stringify(input.versions),
            input.startedAt.toISOString(),
            input.finishedAt.toISOString(),
            input.summary ? JSON.stringify(input.summary) : null,
            options.jobKey ?? null,
          ],
        );
        const runId = inserted.rows[0]?.id;
        if (runId === undefined) {
          // Another delivery of the same job saved it first: keep that run, add nothing.
          return (await client.query<{ id: number }>("SELECT id FROM runs WHERE job_key = $1", [options.jobKey])).rows[0]!.id;
        }
        for (const [side, doc] of [["source", input.source], ["target", input.target]] as const) {
          const documentId = (
            await client.query<{ id: number }>(
              "INSERT INTO documents (run_id, side, path, hash, lang, text, presegmented) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
              [runId, side, doc.path, doc.hash, doc.lang, doc.text, doc.presegmented],
            )
          ).rows[0]!.id;
          const s = doc.sentences;
          await client.query(
            `INSERT INTO sentences (document_id, idx, text, start, "end", paragraph, lang, kind)
             SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[])`,
            [documentId, s.map((x) => x.id), s.map((x) => x.text), s.map((x) => x.start), s.map((x) => x.end), s.map((x) => x.paragraph), s.map((x) => x.lang), s.map((x) => x.kind)],
          );
        }
        const b = input.beads;
        await client.query(
          `INSERT INTO beads (run_id, ord, source_ids, target_ids, score, type, moved, signals)
           SELECT $1, * FROM unnest($2::int[], $3::json[], $4::json[], $5::float8[], $6::text[], $7::bool[], $8::json[])`,
          [
            runId,
            b.map((_, ord) => ord),
            b.map((bead) => JSON.stringify(bead.source)),
            b.map((bead) => JSON.stringify(bead.target)),
            b.map((bead) => bead.score),
            b.map((bead) => beadType(bead)),
            b.map((bead) => bead.moved === true),
            b.map((bead) => (bead.signals ? JSON.stringify(bead.signals) : null)),
          ],
        );
        return runId;
      }),

    listRuns: () => guard(async () => (await pool.query<RunRow>(`${RUN_SELECT} ORDER BY r.id DESC`)).rows.map(toRunInfo)),

    latestRunId: () => guard(async () => (await pool.query<{ id: number | null }>("SELECT max(id) AS id FROM runs")).rows[0]?.id ?? undefined),

    loadRun: (id: number) =>
      guard(async () => {
        const row = (await pool.query<RunRow>(`${RUN_SELECT} WHERE r.id = $1`, [id])).rows[0];
        if (!row) throw new TandemError("STORE_NO_RUN", `no run ${id} in this database (see \`tandem runs\`)`, { file: redactUrl(url) });
        const beads = (
          await pool.query<{ source_ids: number[]; target_ids: number[]; score: number; moved: boolean; signals: Record<string, number> | null }>(
            "SELECT source_ids, target_ids, score, moved, signals FROM beads WHERE run_id = $1 ORDER BY ord",
            [id],
          )
        ).rows.map((bead): Bead => ({
          source: bead.source_ids,
          target: bead.target_ids,
          score: bead.score,
          ...(bead.moved ? { moved: true } : {}),
          ...(bead.signals ? { signals: bead.signals } : {}),
        }));
        const run: StoredRun = { run: toRunInfo(row), source: await loadDocument(id, "source"), target: await loadDocument(id, "target"), beads };
        return run;
      }),

    close: () => pool.end(),
  };
  return { ...runStore, ...postgresCorpusQueries(pool, guard, transaction) };
}

function toRunInfo(row: RunRow): RunInfo {
  return {
    id: row.id,
    command: row.command,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    parameters: row.parameters,
    versions: row.versions,
    summary: row.summary,
    source: { path: row.source_path, lang: row.source_lang },
    target: { path: row.target_path, lang: row.target_lang },
    beadCount: row.bead_count,
  };
}
