import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment/errors";

/**
 * Refuses an output path in a missing directory, a directory, or an existing file
 * unless `force`. Commands call it before slow work, so nobody waits for an alignment
 * to learn the output exists; writeFileAtomic calls it again before writing.
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
}

/**
 * Writes `content` to `target` through a temporary file in the same directory and a
 * rename, so a crash or Ctrl-C never leaves a half-written output. Refuses what
 * {@link checkOutputPath} refuses.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: { force?: boolean } = {},
): Promise<void> {
  await checkOutputPath(target, options);
  const dir = path.dirname(path.resolve(target));
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
