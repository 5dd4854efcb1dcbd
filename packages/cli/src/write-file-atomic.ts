import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment";

/**
 * Writes `content` to `target` through a temporary file in the same directory and a
 * rename, so a crash or Ctrl-C never leaves a half-written output. Refuses an existing
 * file unless `force`, and a missing directory.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: { force?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new TandemError("OUTPUT_DIR_MISSING", `output directory does not exist: ${dir}`, { file: target });
  }
  if (!options.force && (await fs.stat(target).catch(() => undefined))) {
    throw new TandemError("OUTPUT_EXISTS", "output file exists; pass --force to overwrite", { file: target });
  }
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
