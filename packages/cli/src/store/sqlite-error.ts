import { TandemError } from "@tandem/segment/errors";

// SQLite's result codes for "this is not (or no longer) a database we can read".
const CORRUPT_CODES = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_INDEX"]);

/**
 * Turns better-sqlite3's errors into TandemErrors where the user can act on them
 * (a corrupt or foreign file); anything else is returned unchanged as an internal error.
 */
export function fromSqliteError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && CORRUPT_CODES.has(code)) {
    return new TandemError(
      "STORE_CORRUPT",
      `not a readable tandem database (${(error as Error).message}); move it away or pass --db with another path`,
      { file },
      { cause: error },
    );
  }
  return error;
}
