import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment/errors";

/**
 * Checks, before any work, that the run database `file` can be written: its folder
 * exists and tandem may write in it (SQLite adds -wal and -shm files next to it), and
 * the file itself, if there, is writable. Returns whether the file exists already, so a
 * run that fails can remove a database it created ({@link removeNewStore}).
 */
export async function checkStorePath(file: string): Promise<{ existed: boolean }> {
  const dir = path.dirname(path.resolve(file));
  if (!(await fs.stat(dir).catch(() => undefined))?.isDirectory()) {
    throw new TandemError("OUTPUT_DIR_MISSING", `database directory does not exist: ${dir}`, { file });
  }
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) throw new TandemError("INPUT_DIRECTORY", "the database path is a directory", { file });
  for (const target of stat ? [dir, file] : [dir]) {
    await fs.access(target, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      const why = error.code === "EROFS" ? "read-only file system" : "permission denied";
      throw new TandemError("STORE_READONLY", `cannot write the database (${why}); pass --db with a writable path, or --no-store`, { file }, { cause: error });
    });
  }
  return { existed: stat !== undefined };
}

/** Removes a database a failed run created, with its -wal and -shm: no empty tandem.db is left behind. */
export async function removeNewStore(file: string): Promise<void> {
  await Promise.all(["", "-wal", "-shm", "-journal"].map((suffix) => fs.rm(`${file}${suffix}`, { force: true })));
}
