import type { openPostgresStore as open } from "./postgres-store.js";

/**
 * `openPostgresStore`, with the Postgres driver loaded on first use: `pg` costs every command
 * that imports the store some 50 ms at start (it probes the runtime and loads Node's fetch),
 * and only `--db postgres://…` needs it.
 */
export async function openPostgresStore(...args: Parameters<typeof open>): ReturnType<typeof open> {
  return (await import("./postgres-store.js")).openPostgresStore(...args);
}
