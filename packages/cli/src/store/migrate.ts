import type Database from "better-sqlite3";
import { TandemError } from "@tandem/segment/errors";
import type { Migration } from "./migrations.js";

/**
 * Brings the schema to the newest version: runs every migration above PRAGMA
 * user_version in order, each in its own transaction together with the version bump,
 * so an interrupted upgrade leaves the database at the last complete version.
 * A database newer than this tandem is refused rather than written to.
 */
export function migrate(db: Database.Database, steps: readonly Migration[], file: string): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = steps.reduce((max, step) => Math.max(max, step.version), 0);
  if (current > latest) {
    throw new TandemError(
      "STORE_CORRUPT",
      `database schema version ${current} is newer than this tandem knows (${latest}); upgrade tandem`,
      { file },
    );
  }
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (step.version <= current) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
}
