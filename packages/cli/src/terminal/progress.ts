import { createRequire } from "node:module";
import type CliProgress from "cli-progress";
import { formatProgressLine } from "./format-progress-line.js";

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
 *
 * One bar never runs backwards: an aligner reports several passes (scoring, a first
 * banded search, the final one, the moved-sentence pass), each counting from 0 to its
 * own total. When the count falls back or the total changes, the bar becomes a new,
 * labelled pass ("aligning (pass 2)") instead of jumping back.
 */
export function createProgress(options: { quiet?: boolean; json?: boolean }, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (options.quiet || options.json || !stream.isTTY) {
    return { start() {}, update() {}, stop() {} };
  }
  let label = "";
  let pass = 1;
  let passStarted = Date.now();
  let last = { done: 0, total: 0 };
  let rateOf: ((done: number) => string) | undefined;
  // Loaded only when a bar is drawn: its 17 files cost start-up time that quiet, JSON and
  // piped runs (scripts, CI, benchmarks) would pay for nothing.
  const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      // Redraw every half second, so the time shown moves even while the count waits.
      fps: 2,
      etaAsynchronousUpdate: true,
      format: (_options, params, payload: { label: string; rate?: string }) =>
        formatProgressLine({
          label: payload.label,
          value: params.value,
          total: params.total,
          elapsedMs: Date.now() - passStarted,
          width: params.maxWidth,
          ...(payload.rate ? { rate: payload.rate } : {}),
        }),
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  const begin = (total: number, done: number) => {
    if (running) bar.stop();
    passStarted = Date.now();
    last = { done, total };
    bar.start(total, done, { label: pass > 1 ? `${label} (pass ${pass})` : label, rate: "" });
    running = true;
  };
  return {
    start(total, newLabel, unit) {
      label = newLabel;
      pass = 1;
      const started = performance.now();
      let first: number | undefined;
      // Counted from the first update: work done before it (cached items) is not a rate.
      rateOf = unit
        ? (done) => {
            if (first === undefined) first = done;
            const seconds = (performance.now() - started) / 1000;
            return seconds > 0.5 && done > first ? `${((done - first) / seconds).toFixed(1)} ${unit}/s` : "";
          }
        : undefined;
      begin(total, 0);
    },
    update(done, total) {
      if (!running) return;
      const newTotal = total ?? last.total;
      if (done < last.done || (total !== undefined && total !== last.total && last.done > 0)) {
        pass += 1;
        begin(newTotal, done);
        return;
      }
      if (newTotal !== last.total) bar.setTotal(newTotal);
      last = { done, total: newTotal };
      bar.update(done, { rate: rateOf?.(done) ?? "" });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
