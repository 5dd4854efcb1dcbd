import { accessSync, constants, statfsSync } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment/errors";

// SQLite's result codes for "this is not (or no longer) a database we can read".
const CORRUPT_CODES = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_INDEX"]);

/**
 * Turns better-sqlite3's errors into TandemErrors where the user can act on them
 * (a corrupt or foreign file, a read-only database, a full disk), each naming the
 * database; anything else is returned unchanged as an internal error.
 */
export function fromSqliteError(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  const cause = { cause: error };
  if (CORRUPT_CODES.has(code)) {
    return new TandemError(
      "STORE_CORRUPT",
      `not a readable tandem database (${(error as Error).message}); move it away or pass --db with another path`,
      { file },
      cause,
    );
  }
  if (code.startsWith("SQLITE_READONLY") || (code === "SQLITE_CANTOPEN" && !writable(file))) {
    return new TandemError("STORE_READONLY", "the database is read-only (file or folder); pass --db with a writable path, or --no-store", { file }, cause);
  }
  // With almost no room left SQLite fails earlier, creating its -shm file, with an I/O error.
  if (code === "SQLITE_FULL" || (code.startsWith("SQLITE_IOERR") && nearlyFull(file))) {
    return new TandemError("DISK_FULL", "no space left on the device to write the database; free some space or pass --db elsewhere", { file }, cause);
  }
  return error;
}

/** Whether SQLite could write `file` and its -wal/-shm neighbours. */
function writable(file: string): boolean {
  try {
    accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    accessSync(file, constants.W_OK);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT";
  }
}

/** Less than 1 MiB free where `file` lives. */
function nearlyFull(file: string): boolean {
  try {
    const stats = statfsSync(path.dirname(path.resolve(file)));
    return stats.bavail * stats.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}
