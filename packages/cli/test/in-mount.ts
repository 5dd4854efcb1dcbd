import { spawn, spawnSync } from "node:child_process";
import type { CliResult } from "./run-cli.js";
import { tandemCommand } from "./run-cli.js";

/**
 * Whether this machine lets an unprivileged process mount a tmpfs in its own user and
 * mount namespace (`unshare -rm`): the way to give tandem a read-only folder or a full
 * disk without root, and without touching the machine's real mounts.
 */
export const canMount: boolean = spawnSync("unshare", ["-rm", "sh", "-c", "d=$(mktemp -d) && mount -t tmpfs tmpfs $d"]).status === 0;

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `setup` (shell) and then `tandem …args` inside a private mount namespace, so
 * `setup` can mount a tmpfs (e.g. `mount -t tmpfs -o size=16k tmpfs $DIR`) or remount
 * one read-only. The mounts vanish with the process; files written before them stay.
 */
export function runInMount(setup: string, args: string[], cwd: string): Promise<CliResult> {
  const command = [...tandemCommand(), ...args].map(quote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("unshare", ["-rm", "sh", "-c", `set -e; ${setup}; ${command}`], { cwd, env: { ...process.env, FORCE_COLOR: "0" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}
