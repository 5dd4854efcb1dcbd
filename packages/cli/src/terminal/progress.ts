import cliProgress from "cli-progress";

/** What long-running commands report progress to; a no-op when quiet. */
export interface Progress {
  start(total: number, label: string): void;
  update(done: number, total?: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr, only when stderr is a terminal and the user did not ask
 * for --quiet or --json: scripts and CI logs get no escape codes.
 */
export function createProgress(options: { quiet?: boolean; json?: boolean }): Progress {
  if (options.quiet || options.json || !process.stderr.isTTY) {
    return { start() {}, update() {}, stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{label} [{bar}] {value}/{total} {eta_formatted}", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(total, label) {
      if (running) bar.stop();
      bar.start(total, 0, { label });
      running = true;
    },
    update(done, total) {
      if (!running) return;
      if (total !== undefined) bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
