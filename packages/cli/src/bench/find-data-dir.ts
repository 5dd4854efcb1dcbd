import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TandemError } from "@tandem/segment/errors";
import type { Dataset } from "./dataset.js";

export async function findDataDir(explicit: string | undefined, dataset: Dataset): Promise<string> {
  const candidates = explicit
    ? [path.resolve(explicit)]
    : [await repoRelativeData(dataset.folder), path.resolve("../shared/bench", dataset.folder), path.resolve("shared/bench", dataset.folder)];
  for (const candidate of candidates) {
    if ((await fs.stat(candidate).catch(() => undefined))?.isDirectory()) return candidate;
  }
  throw new TandemError("INPUT_MISSING", dataset.missing, { file: candidates[0] });
}

/**
 * ../shared/bench/textberg-de-fr relative to the repository root (the folder holding
 * pnpm-workspace.yaml, found upwards from this file), so the command works from any
 * working directory, from sources or from dist.
 */
async function repoRelativeData(folder: string): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    if (await fs.stat(path.join(dir, "pnpm-workspace.yaml")).catch(() => undefined)) {
      return path.resolve(dir, "../shared/bench", folder);
    }
    dir = path.dirname(dir);
  }
  return path.resolve("../shared/bench", folder);
}
