import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const mainTs = path.join(repoRoot, "packages/cli/src/main.ts");
const builtBin = path.join(repoRoot, "packages/cli/bin/tandem.js");
// An absolute URL, so the CLI runs from any working directory, not only inside the repo.
const tsxLoader = pathToFileURL(path.join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The command line that starts tandem: the built program when TANDEM_TEST_CLI=dist
 * (`pnpm test` builds first and sets it, so CI tests what users run), else the
 * TypeScript sources through tsx with the "source" export condition.
 */
export function tandemCommand(): string[] {
  return process.env.TANDEM_TEST_CLI === "dist"
    ? [process.execPath, builtBin]
    : [process.execPath, "--conditions=source", "--import", tsxLoader, mainTs];
}

/**
 * Runs `tandem ...args` as a real process and resolves when it exits. Asynchronous on
 * purpose: a blocking spawnSync stalls vitest's worker RPC for as long as an alignment
 * takes, and vitest then fails the run with "Timeout calling onTaskUpdate".
 */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): Promise<CliResult> {
  const [executable, ...prefix] = tandemCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(executable!, [...prefix, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, FORCE_COLOR: "0", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status: status ?? (signal ? 128 : -1), stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
