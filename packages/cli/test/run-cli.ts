import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const mainTs = path.join(repoRoot, "packages/cli/src/main.ts");

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tandem ...args` as a real process from the TypeScript sources (tsx, and the
 * "source" export condition so workspace packages resolve to src/ too). No stdin.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", mainTs, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, FORCE_COLOR: "0", ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 300_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
