import { TandemError } from "@tandem/segment/errors";

/**
 * A failed write as a one-line error naming the path: a folder without write
 * permission or on a read-only mount is OUTPUT_UNWRITABLE, a full disk or quota
 * DISK_FULL. Other errors are returned unchanged.
 *
 * @example
 * await fs.writeFile(file, text).catch((error) => { throw fromFileSystemError(error, file); });
 */
export function fromFileSystemError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const cause = { cause: error };
  if (code === "EACCES" || code === "EPERM") return new TandemError("OUTPUT_UNWRITABLE", "cannot write here: permission denied", { file }, cause);
  if (code === "EROFS") return new TandemError("OUTPUT_UNWRITABLE", "cannot write here: read-only file system", { file }, cause);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new TandemError("DISK_FULL", "no space left on the device; nothing was written", { file }, cause);
  }
  return error;
}
