import type pg from "pg";
import type { PairFeatures } from "@tandem/align";
import type { Sentence } from "@tandem/segment";
import type { CorpusPairRecord, ListedCorpusPair, CorpusProgress, CorpusRecord, CorpusSettings, CorpusStore } from "./corpus-store.js";

type Guard = <T>(work: () => Promise<T>) => Promise<T>;
type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Rows per INSERT … SELECT FROM unnest(…) batch. */
const BATCH = 5000;

interface CorpusRow {
  id: string;
  parameters: CorpusSettings;
  documents: number;
  created_at: Date;
  paired_at: Date | null;
  pair_count: number | null;
  pair_failure: string | null;
}

interface PairRow {
  ord: number;
  source_hash: string;
  target_hash: string;
  source_lang: string;
  target_lang: string;
  score: number;
  signals: Record<string, number>;
  reasons: unknown[];
  job_key: string;
  failure: { code: string; message: string } | null;
}

/**
 * The {@link CorpusStore} half of the Postgres store. Idempotence comes from the keys:
 * texts, ingests and anchors by hash, corpora by id, pairs by (corpus, ord), runs by
 * job key, each written with ON CONFLICT DO NOTHING inside one transaction.
 */
export function postgresCorpusQueries(pool: pg.Pool, guard: Guard, transaction: Transaction): CorpusStore {
  const toCorpus = (row: CorpusRow): CorpusRecord => ({
    id: row.id,
    parameters: row.parameters,
    documents: row.documents,
    createdAt: row.created_at.toISOString(),
    pairedAt: row.paired_at?.toISOString() ?? null,
    pairCount: row.pair_count,
    pairFailure: row.pair_failure,
  });
  const toPair = (row: PairRow): CorpusPairRecord => ({
    ord: row.ord,
    sourceHash: row.source_hash,
    targetHash: row.target_hash,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    score: row.score,
    signals: row.signals,
    reasons: row.reasons,
    jobKey: row.job_key,
    failure: row.failure,
  });
  const loadCorpus = (id: string) =>
    guard(async () => {
      const row = (await pool.query<CorpusRow>("SELECT * FROM corpora WHERE id = $1", [id])).rows[0];
      return row ? toCorpus(row) : undefined;
    });

  return {
    putTexts: (texts) =>
      guard(async () => {
        for (let at = 0; at < texts.length; at += BATCH) {
          const batch = texts.slice(at, at + BATCH);
          await pool.query(
            "INSERT INTO texts (hash, bytes, text) SELECT * FROM unnest($1::text[], $2::int[], $3::text[]) ON CONFLICT (hash) DO NOTHING",
            [batch.map((t) => t.hash), batch.map((t) => t.bytes), batch.map((t) => t.text)],
          );
        }
      }),

    createCorpus: (id, settings, documents) =>
      transaction(async (client) => {
        const created = await client.query("INSERT INTO corpora (id, parameters, documents) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING", [
          id,
          JSON.stringify(settings),
          documents.length,
        ]);
        if (created.rowCount === 0) return false;
        for (let at = 0; at < documents.length; at += BATCH) {
          const batch = documents.slice(at, at + BATCH);
          await client.query("INSERT INTO corpus_documents (corpus, hash, path, ord) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[])", [
            id,
            batch.map((d) => d.hash),
            batch.map((d) => d.path),
            batch.map((d) => d.ord),
          ]);
        }
        return true;
      }),

    loadCorpus,

    latestCorpusId: () => guard(async () => (await pool.query<{ id: string }>("SELECT id FROM corpora ORDER BY created_at DESC, id LIMIT 1")).rows[0]?.id),

    pendingIngests: (corpus) =>
      guard(async () =>
        (
          await pool.query<{ hash: string }>(
            `SELECT cd.hash FROM corpus_documents cd LEFT JOIN ingested i ON i.hash = cd.hash
             WHERE cd.corpus = $1 AND i.hash IS NULL AND cd.failure IS NULL ORDER BY cd.ord`,
            [corpus],
          )
        ).rows.map((row) => row.hash),
      ),

    isIngested: (hash) => guard(async () => (await pool.query("SELECT 1 FROM ingested WHERE hash = $1", [hash])).rowCount! > 0),

    loadText: (hash) =>
      guard(async () => (await pool.query<{ text: string; bytes: number }>("SELECT text, bytes FROM texts WHERE hash = $1", [hash])).rows[0]),

    saveIngested: (hash, result) =>
      transaction(async (client) => {
        const problem = "problem" in result ? result.problem : undefined;
        const inserted = await client.query(
          "INSERT INTO ingested (hash, lang, sentences, problem_code, problem_message) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING",
          [hash, problem ? null : (result as { lang: string }).lang, problem ? null : JSON.stringify((result as { sentences: unknown }).sentences), problem?.code ?? null, problem?.message ?? null],
        );
        if (inserted.rowCount === 0 || problem || !("anchors" in result)) return;
        const anchors = result.anchors;
        for (let at = 0; at < anchors.length; at += BATCH) {
          const batch = anchors.slice(at, at + BATCH);
          await client.query(
            "INSERT INTO anchors (hash, key, surface, position, seq) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::float8[], $5::int[]) ON CONFLICT DO NOTHING",
            [hash, batch.map((a) => a[0]), batch.map((a) => a[1]), batch.map((a) => a[2]), batch.map((_, k) => at + k)],
          );
        }
      }),

    markIngestFailed: (hash, message) =>
      guard(async () => {
        await pool.query("UPDATE corpus_documents SET failure = $2 WHERE hash = $1 AND failure IS NULL", [hash, message]);
      }),

    countIngestsLeft: (corpus) =>
      guard(async () =>
        Number(
          (
            await pool.query<{ n: number }>(
              `SELECT count(*) AS n FROM corpus_documents cd LEFT JOIN ingested i ON i.hash = cd.hash
               WHERE cd.corpus = $1 AND i.hash IS NULL AND cd.failure IS NULL`,
              [corpus],
            )
          ).rows[0]!.n,
        ),
      ),

    loadFeaturedDocuments: (corpus) =>
      guard(async () => {
        const docs = (
          await pool.query<{ hash: string; path: string; lang: string }>(
            `SELECT cd.hash, cd.path, i.lang FROM corpus_documents cd JOIN ingested i ON i.hash = cd.hash
             WHERE cd.corpus = $1 AND i.lang IS NOT NULL ORDER BY cd.ord`,
            [corpus],
          )
        ).rows;
        const features = new Map<string, { anchors: Map<string, string>; positions: Map<string, number>; words: Set<string> }>();
        for (const doc of docs) features.set(doc.hash, { anchors: new Map(), positions: new Map(), words: new Set() });
        // In extraction order, as pairDocuments holds them: weight sums and ties of first mentions follow it.
        const rows = await pool.query<{ hash: string; key: string; surface: string; position: number }>(
          `SELECT a.hash, a.key, a.surface, a.position FROM anchors a JOIN corpus_documents cd ON cd.hash = a.hash
           WHERE cd.corpus = $1 ORDER BY a.hash, a.seq`,
          [corpus],
        );
        for (const row of rows.rows) {
          const entry = features.get(row.hash);
          if (!entry) continue;
          entry.anchors.set(row.key, row.surface);
          entry.positions.set(row.key, row.position);
        }
        return docs.map((doc) => ({ hash: doc.hash, path: doc.path, lang: doc.lang, features: features.get(doc.hash)! as PairFeatures }));
      }),

    anchorDocumentCounts: (corpus) =>
      guard(async () => {
        const rows = await pool.query<{ key: string; n: number }>(
          `SELECT a.key, count(*)::int AS n FROM anchors a JOIN corpus_documents cd ON cd.hash = a.hash
           JOIN ingested i ON i.hash = cd.hash WHERE cd.corpus = $1 AND i.lang IS NOT NULL GROUP BY a.key`,
          [corpus],
        );
        return new Map(rows.rows.map((row) => [row.key, row.n]));
      }),

    candidatePairs: (corpus, maxHolders) =>
      guard(async () => {
        const rows = await pool.query<{ a: string; b: string }>(
          `WITH held AS (
             SELECT a.key, a.hash FROM anchors a JOIN corpus_documents cd ON cd.hash = a.hash
             JOIN ingested i ON i.hash = cd.hash WHERE cd.corpus = $1 AND i.lang IS NOT NULL
           ), rare AS (
             SELECT key FROM held GROUP BY key HAVING count(*) BETWEEN 2 AND $2
           )
           SELECT DISTINCT x.hash AS a, y.hash AS b
           FROM rare JOIN held x ON x.key = rare.key JOIN held y ON y.key = rare.key AND y.hash > x.hash`,
          [corpus, maxHolders],
        );
        return rows.rows.map((row): [string, string] => [row.a, row.b]);
      }),

    savePairs: (corpus, pairs, unpaired) =>
      transaction(async (client) => {
        const marked = await client.query(
          "UPDATE corpora SET paired_at = now(), pair_count = $2, unpaired = $3, pair_failure = NULL WHERE id = $1 AND paired_at IS NULL",
          [corpus, pairs.length, JSON.stringify(unpaired)],
        );
        if (marked.rowCount === 0) return;
        for (let at = 0; at < pairs.length; at += BATCH) {
          const batch = pairs.slice(at, at + BATCH);
          await client.query(
            `INSERT INTO corpus_pairs (corpus, ord, source_hash, target_hash, source_lang, target_lang, score, signals, reasons, job_key)
             SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::json[], $9::json[], $10::text[])`,
            [
              corpus,
              batch.map((p) => p.ord),
              batch.map((p) => p.sourceHash),
              batch.map((p) => p.targetHash),
              batch.map((p) => p.sourceLang),
              batch.map((p) => p.targetLang),
              batch.map((p) => p.score),
              batch.map((p) => JSON.stringify(p.signals)),
              batch.map((p) => JSON.stringify(p.reasons)),
              batch.map((p) => p.jobKey),
            ],
          );
        }
      }),

    markPairingFailed: (corpus, message) =>
      guard(async () => {
        await pool.query("UPDATE corpora SET pair_failure = $2 WHERE id = $1 AND paired_at IS NULL", [corpus, message]);
      }),

    listPairs: (corpus, options = {}) =>
      guard(async () =>
        (
          await pool.query<PairRow & { source_path: string; target_path: string; run_id: number | null }>(
            `SELECT p.*, s.path AS source_path, t.path AS target_path, r.id AS run_id FROM corpus_pairs p
             JOIN corpus_documents s ON s.corpus = p.corpus AND s.hash = p.source_hash
             JOIN corpus_documents t ON t.corpus = p.corpus AND t.hash = p.target_hash
             LEFT JOIN runs r ON r.job_key = p.job_key
             WHERE p.corpus = $1 AND p.ord > $2 ORDER BY p.ord LIMIT $3`,
            [corpus, options.afterOrd ?? -1, options.limit ?? 2_147_483_647],
          )
        ).rows.map((row): ListedCorpusPair => ({ ...toPair(row), sourcePath: row.source_path, targetPath: row.target_path, runId: row.run_id })),
      ),

    corporaReadyToPair: (hash) =>
      guard(async () =>
        (
          await pool.query<{ id: string }>(
            `SELECT c.id FROM corpora c WHERE c.paired_at IS NULL
               AND EXISTS (SELECT 1 FROM corpus_documents d WHERE d.corpus = c.id AND d.hash = $1)
               AND NOT EXISTS (SELECT 1 FROM corpus_documents d LEFT JOIN ingested i ON i.hash = d.hash
                               WHERE d.corpus = c.id AND i.hash IS NULL AND d.failure IS NULL)`,
            [hash],
          )
        ).rows.map((row) => row.id),
      ),

    loadCorpusDocument: (corpus, hash) =>
      guard(async () => {
        const row = (
          await pool.query<{ path: string; hash: string; bytes: number; lang: string; text: string; sentences: Sentence[] }>(
            `SELECT cd.path, cd.hash, t.bytes, i.lang, t.text, i.sentences FROM corpus_documents cd
             JOIN texts t ON t.hash = cd.hash JOIN ingested i ON i.hash = cd.hash WHERE cd.corpus = $1 AND cd.hash = $2`,
            [corpus, hash],
          )
        ).rows[0];
        if (!row) throw new Error(`document ${hash} of corpus ${corpus} is not in the store`);
        return row;
      }),

    runIdOfJob: (jobKey) => guard(async () => (await pool.query<{ id: number }>("SELECT id FROM runs WHERE job_key = $1", [jobKey])).rows[0]?.id),

    markAlignFailed: (jobKey, failure) =>
      guard(async () => {
        await pool.query("UPDATE corpus_pairs SET failure = $2 WHERE job_key = $1", [jobKey, JSON.stringify(failure)]);
      }),

    pairSourceLanguages: (corpus) =>
      guard(async () =>
        (await pool.query<{ lang: string }>(`SELECT DISTINCT lower(p.source_lang) AS lang FROM corpus_pairs p JOIN runs r ON r.job_key = p.job_key
           WHERE p.corpus = $1 ORDER BY 1`, [corpus])).rows.map(
          (row) => row.lang,
        ),
      ),

    progress: (corpus) =>
      guard(async (): Promise<CorpusProgress> => {
        const record = await loadCorpus(corpus);
        if (!record) throw new Error(`no corpus ${corpus}`);
        const docs = (
          await pool.query<{ ingested: number; skipped: number; failed: number }>(
            `SELECT count(*) FILTER (WHERE i.lang IS NOT NULL)::int AS ingested,
                    count(*) FILTER (WHERE i.problem_code IS NOT NULL)::int AS skipped,
                    count(*) FILTER (WHERE i.hash IS NULL AND cd.failure IS NOT NULL)::int AS failed
             FROM corpus_documents cd LEFT JOIN ingested i ON i.hash = cd.hash WHERE cd.corpus = $1`,
            [corpus],
          )
        ).rows[0]!;
        const pairs = (
          await pool.query<{ aligned: number; failed: number; first: string | null; last: string | null; recent: number }>(
            `SELECT count(r.id)::int AS aligned,
                    count(*) FILTER (WHERE r.id IS NULL AND p.failure IS NOT NULL)::int AS failed,
                    min(r.finished_at) AS first, max(r.finished_at) AS last,
                    count(*) FILTER (WHERE r.finished_at::timestamptz > now() - interval '60 seconds')::int AS recent
             FROM corpus_pairs p LEFT JOIN runs r ON r.job_key = p.job_key WHERE p.corpus = $1`,
            [corpus],
          )
        ).rows[0]!;
        const problems = (
          await pool.query<{ path: string; code: string; message: string }>(
            `SELECT cd.path, coalesce(i.problem_code, 'INGEST_FAILED') AS code, coalesce(i.problem_message, cd.failure) AS message
             FROM corpus_documents cd LEFT JOIN ingested i ON i.hash = cd.hash
             WHERE cd.corpus = $1 AND (i.problem_code IS NOT NULL OR (i.hash IS NULL AND cd.failure IS NOT NULL)) ORDER BY cd.ord`,
            [corpus],
          )
        ).rows;
        const failures = (
          await pool.query<{ source: string; target: string; failure: { code: string; message: string } }>(
            `SELECT s.path AS source, t.path AS target, p.failure FROM corpus_pairs p
             JOIN corpus_documents s ON s.corpus = p.corpus AND s.hash = p.source_hash
             JOIN corpus_documents t ON t.corpus = p.corpus AND t.hash = p.target_hash
             LEFT JOIN runs r ON r.job_key = p.job_key
             WHERE p.corpus = $1 AND p.failure IS NOT NULL AND r.id IS NULL ORDER BY p.ord`,
            [corpus],
          )
        ).rows.map((row) => ({ source: row.source, target: row.target, ...row.failure }));
        return {
          corpus: record,
          ingested: docs.ingested,
          skipped: docs.skipped,
          ingestFailed: docs.failed,
          aligned: pairs.aligned,
          alignFailed: pairs.failed,
          problems,
          failures,
          firstAligned: pairs.first,
          lastAligned: pairs.last,
          alignedLastMinute: pairs.recent,
        };
      }),
  };
}
