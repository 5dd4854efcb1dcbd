import { openStore } from "./open-store.js";
import { openPostgresStore } from "./open-postgres-store.js";
import { isPostgresUrl } from "./postgres-url.js";
import type { RunStore } from "./run-store.js";
import { sqliteRunStore } from "./sqlite-run-store.js";

/**
 * The store a `--db` value names: a `postgres://` URL opens the Postgres store, anything
 * else the SQLite file, exactly as `openStore` opens it (`mustExist` included).
 *
 * @example
 * const store = await openRunStore(argv.db, { mustExist: true });
 * try { for (const run of await store.listRuns()) console.log(run.id); } finally { await store.close(); }
 */
export async function openRunStore(db: string, options: { mustExist?: boolean; readonly?: boolean } = {}): Promise<RunStore> {
  if (isPostgresUrl(db)) return openPostgresStore(db);
  return sqliteRunStore(await openStore(db, options));
}
