import cliProgress from "cli-progress";
import { formatProgressLine } from "./format-progress-line.js";

/** What long-running commands report progress to; a no-op when quiet. */
export interface Progress {
  start(total: number, label: string): void;
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
  const bar = new cliProgress.SingleBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      // Redraw every half second, so the time shown moves even while the count waits.
      fps: 2,
      etaAsynchronousUpdate: true,
      format: (_options, params, payload: { label: string }) =>
        formatProgressLine({
          label: payload.label,
          value: params.value,
          total: params.total,
          elapsedMs: Date.now() - passStarted,
          width: params.maxWidth,
        }),
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  const begin = (total: number, done: number) => {
    if (running) bar.stop();
    passStarted = Date.now();
    last = { done, total };
    bar.start(total, done, { label: pass > 1 ? `${label} (pass ${pass})` : label });
    running = true;
  };
  return {
    start(total, newLabel) {
      label = newLabel;
      pass = 1;
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
      bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
