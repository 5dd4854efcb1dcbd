import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { sqliteDriver } from "./sqlite-driver.js";

/**
 * Opens `file` read-only, for commands that only read (`runs`, `export`, `review --list`).
 * A WAL database needs its `-shm` file next to it; on a read-only mount or folder SQLite
 * cannot create it and refuses to open even for reading. Then the database (and its
 * `-wal`) is read from a private copy in the temp folder, removed again on close.
 */
export function openDatabaseReadOnly(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new (sqliteDriver())(file, { readonly: true, fileMustExist: true });
    // SQLite opens the -shm file at the first read, not at open.
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    return db;
  } catch (error) {
    db?.close();
    if ((error as { code?: unknown }).code !== "SQLITE_CANTOPEN") throw error;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-db-"));
  const copy = path.join(dir, path.basename(file));
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const copied = new (sqliteDriver())(copy, { readonly: true, fileMustExist: true });
    const close = copied.close.bind(copied);
    copied.close = () => {
      close();
      rmSync(dir, { recursive: true, force: true });
      return copied;
    };
    return copied;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
