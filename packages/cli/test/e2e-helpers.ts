import { spawn } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot, type CliResult } from "./run-cli.js";

const mainTs = path.join(repoRoot, "packages/cli/src/main.ts");

/**
 * runCli without blocking the test worker: spawnSync stalls vitest's RPC for the
 * seconds an alignment takes, and several in a row make vitest report a timeout.
 */
export function runCliAsync(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", mainTs, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

/**
 * A temp dir to run tandem in. `--import tsx` resolves from the working directory,
 * so the dir gets a node_modules link to the repository's.
 */
export function tempWorkdir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}
