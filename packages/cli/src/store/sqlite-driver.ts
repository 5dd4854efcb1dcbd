import { createRequire } from "node:module";
import type DatabaseConstructor from "better-sqlite3";

let driver: typeof DatabaseConstructor | undefined;

/**
 * better-sqlite3's `Database` class, loaded when the first database is opened: its native
 * addon is a few milliseconds of every start-up, and `tandem align --no-store` (or any
 * command that imports the store's index for a type or a URL helper) opens none.
 *
 * @example
 * const Database = sqliteDriver();
 * const db = new Database("tandem.db");
 */
export function sqliteDriver(): typeof DatabaseConstructor {
  return (driver ??= createRequire(import.meta.url)("better-sqlite3") as typeof DatabaseConstructor);
}
