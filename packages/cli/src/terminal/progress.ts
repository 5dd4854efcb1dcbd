import cliProgress from "cli-progress";

/** What long-running commands report progress to; a no-op when quiet. */
export interface Progress {
  /** With `unit` ("sentences"), the bar also shows the rate: "46 sentences/s". */
  start(total: number, label: string, unit?: string): void;
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
    { stream: process.stderr, format: "{label} [{bar}] {value}/{total} {rate}{eta_formatted}", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  let rateOf: ((done: number) => string) | undefined;
  return {
    start(total, label, unit) {
      if (running) bar.stop();
      const started = performance.now();
      let first: number | undefined;
      // Counted from the first update: work done before it (cached items) is not a rate.
      rateOf = unit
        ? (done) => {
            if (first === undefined) first = done;
            const seconds = (performance.now() - started) / 1000;
            return seconds > 0.5 && done > first ? `${((done - first) / seconds).toFixed(1)} ${unit}/s ` : "";
          }
        : undefined;
      bar.start(total, 0, { label, rate: "" });
      running = true;
    },
    update(done, total) {
      if (!running) return;
      if (total !== undefined) bar.setTotal(total);
      bar.update(done, { rate: rateOf?.(done) ?? "" });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
