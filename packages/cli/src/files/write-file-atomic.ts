import { randomBytes } from "node:crypto";
import { constants, promises as fs, rmSync } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment/errors";
import { fromFileSystemError } from "./file-system-error.js";

/**
 * Refuses an output path in a missing directory, a directory, an existing file unless
 * `force`, or a folder tandem may not write in (permissions, read-only mount). Commands
 * call it before slow work, so nobody waits for an alignment to learn the output is
 * refused; writeFileAtomic calls it again before writing.
 */
export async function checkOutputPath(target: string, options: { force?: boolean } = {}): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  if (!(await fs.stat(dir).catch(() => undefined))?.isDirectory()) {
    throw new TandemError("OUTPUT_DIR_MISSING", `output directory does not exist: ${dir}`, { file: target });
  }
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new TandemError("OUTPUT_EXISTS", "output path is a directory", { file: target });
  if (existing && !options.force) {
    throw new TandemError("OUTPUT_EXISTS", "output file exists; pass --force to overwrite", { file: target });
  }
  // The temporary file is made in the same folder, so the folder must be writable.
  await fs.access(dir, constants.W_OK).catch((error: unknown) => {
    throw fromFileSystemError(error, target);
  });
}

/** Temporary files being written now; removed if the process is interrupted. */
const pending = new Set<string>();

function removePending(): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.exit(signal === "SIGINT" ? 130 : 143);
}

/**
 * Writes `content` to `target` through a temporary file in the same directory and a
 * rename, so a crash or Ctrl-C never leaves a half-written output, nor the temporary
 * file: while it exists, SIGINT and SIGTERM remove it before exiting (the handlers are
 * installed only then, so Ctrl-C during an alignment keeps its default, instant effect).
 * Refuses what {@link checkOutputPath} refuses; a full disk is DISK_FULL, a folder
 * tandem may not write in OUTPUT_UNWRITABLE.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array | AsyncIterable<string | Uint8Array>,
  options: { force?: boolean } = {},
): Promise<void> {
  await checkOutputPath(target, options);
  const dir = path.dirname(path.resolve(target));
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  if (pending.size === 0) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(temporary);
  try {
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw fromFileSystemError(error, target);
  } finally {
    pending.delete(temporary);
    if (pending.size === 0) {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  }
}
