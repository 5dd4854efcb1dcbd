import { Worker } from "node:worker_threads";
import type { SpanScorer } from "@tandem/align";
import { alignPair, type AlignedPair, type AlignJob } from "./align-pair.js";
import { toPairFailure, type PairFailure } from "./pair-failure.js";

/** The result of one job: the aligned pair, or why it failed. */
export type PairOutcome =
  | { readonly index: number; readonly ok: true; readonly aligned: AlignedPair }
  | { readonly index: number; readonly ok: false; readonly error: PairFailure };

/**
 * A worker running `align-worker` next to this module: the .js file from the build, or,
 * from sources (tsx, tests), the .ts file behind a two-line bootstrap that registers
 * tsx in the worker first. Node 20 does not carry the main thread's `--import tsx`
 * loader hooks into workers; `execArgv` still passes `--conditions=source`, so the
 * workspace packages resolve to their sources there too.
 */
function createWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./align-worker.js", import.meta.url));
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./align-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: process.execArgv });
}

/**
 * Aligns `jobs` on up to `workers` worker threads (in this thread when one is enough),
 * calling `onOutcome` as each finishes. A failing pair, even one that kills its worker,
 * becomes a failed outcome and the rest go on: one bad article must not cost a corpus.
 */
export async function runAlignPool(
  jobs: readonly AlignJob[],
  options: { workers: number; onOutcome: (outcome: PairOutcome) => void },
): Promise<void> {
  const workers = Math.max(1, Math.min(options.workers, jobs.length));
  if (workers === 1) {
    const cache = new Map<string, Promise<{ scorer: SpanScorer; notes: string[] }>>();
    for (const job of jobs) {
      let outcome: PairOutcome;
      try {
        outcome = { index: job.index, ok: true, aligned: await alignPair(job, cache) };
      } catch (error) {
        outcome = { index: job.index, ok: false, error: toPairFailure(error) };
      }
      // Outside the try: an error in the caller's handler is the caller's, not this pair's.
      options.onOutcome(outcome);
    }
    return;
  }

  const queue = [...jobs];
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const job = queue.shift();
      if (!job) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const worker = createWorker();
      let current: AlignJob | undefined = job;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on("message", (outcome: PairOutcome) => {
        options.onOutcome(outcome);
        next();
      });
      const fail = (error: unknown) => {
        if (current) options.onOutcome({ index: current.index, ok: false, error: toPairFailure(error) });
        current = undefined;
      };
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (current) fail(new Error(`worker stopped (exit code ${code})`));
        running--;
        // A dead worker's remaining share goes to a fresh one.
        if (queue.length > 0) start();
        else if (running === 0) resolve();
      });
      worker.postMessage(job);
    };
    for (let k = 0; k < workers; k++) start();
  });
}
