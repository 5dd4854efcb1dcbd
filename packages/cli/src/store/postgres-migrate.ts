import type pg from "pg";
import { TandemError } from "@tandem/segment/errors";
import { postgresMigrations, type PostgresMigration } from "./postgres-migrations.js";

/** Any fixed number: the advisory lock that serialises migrations of one database. */
const MIGRATION_LOCK = 7_231_013;

/**
 * Brings the Postgres schema to the newest version: every step above the recorded one,
 * in order, all in one transaction that holds an advisory lock, so ten workers starting
 * at once migrate once and none sees half a schema. A newer schema is refused.
 */
export async function migratePostgres(pool: pg.Pool, steps: readonly PostgresMigration[] = postgresMigrations): Promise<void> {
  const latest = steps.reduce((max, step) => Math.max(max, step.version), 0);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS tandem_schema (version INTEGER NOT NULL, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    const current = (await client.query<{ version: number | null }>("SELECT max(version) AS version FROM tandem_schema")).rows[0]?.version ?? 0;
    if (current > latest) {
      throw new TandemError("STORE_CORRUPT", `database schema version ${current} is newer than this tandem knows (${latest}); upgrade tandem`);
    }
    for (const step of [...steps].sort((a, b) => a.version - b.version)) {
      if (step.version <= current) continue;
      await client.query(step.sql);
      await client.query("INSERT INTO tandem_schema (version, description) VALUES ($1, $2)", [step.version, step.description]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
