import { Worker } from "node:worker_threads";
import type { SpanScorer } from "@tandem/align";
import { alignPair, type AlignedPair, type AlignJob } from "./align-pair.js";
import { toPairFailure, type PairFailure } from "./pair-failure.js";

/** The result of one job: the aligned pair, or why it failed. */
export type PairOutcome =
  | { readonly index: number; readonly ok: true; readonly aligned: AlignedPair }
  | { readonly index: number; readonly ok: false; readonly error: PairFailure };

/** Which lane did the job: 0 is this thread, 1… are worker threads. */
export type LaneOutcome = PairOutcome & { readonly lane: number };

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

/** Jobs a worker holds at once, so it never waits for the main thread to hand it the next. */
const WORKER_DEPTH = 2;

/**
 * Aligns `jobs` on `workers` lanes, calling `onOutcome` as each finishes: this thread
 * is one lane, and each further lane is a worker thread. This thread has the modules
 * and lexicons loaded already, while a worker spends about two seconds importing the
 * aligner and loading its lexicon; a pool of workers only would lose that time on every
 * corpus. A failing pair, even one that kills its worker, becomes a failed outcome and
 * the rest go on: one bad article must not cost a corpus.
 *
 * @example
 * await runAlignPool(jobs, { workers: 2, onOutcome: (outcome) => console.log(outcome.index, outcome.ok, outcome.lane) });
 */
export async function runAlignPool(
  jobs: readonly AlignJob[],
  options: { workers: number; onOutcome: (outcome: LaneOutcome) => void },
): Promise<void> {
  const lanes = Math.max(1, Math.min(options.workers, jobs.length));
  // Grouped by language pair, and each lane keeps to its pair while it lasts: a lane
  // loads a lexicon (about a second for FreeDict de–fr) once per pair it sees.
  const langPair = (job: AlignJob) => `${job.sourceLang}-${job.targetLang}`;
  const queue = [...jobs].sort((a, b) => langPair(a).localeCompare(langPair(b)) || a.index - b.index);
  const take = (previous: AlignJob | undefined): AlignJob | undefined => {
    const same = previous ? queue.findIndex((job) => langPair(job) === langPair(previous)) : -1;
    return queue.splice(same >= 0 ? same : 0, 1)[0];
  };

  const workerLanes = Array.from({ length: lanes - 1 }, (_, k) => runWorkerLane(take, (outcome) => options.onOutcome({ ...outcome, lane: k + 1 })));
  await runMainLane(take, (outcome) => options.onOutcome({ ...outcome, lane: 0 }));
  await Promise.all(workerLanes);
}

async function runMainLane(take: (previous: AlignJob | undefined) => AlignJob | undefined, onOutcome: (outcome: PairOutcome) => void): Promise<void> {
  const cache = new Map<string, Promise<{ scorer: SpanScorer; notes: string[] }>>();
  let job: AlignJob | undefined;
  while ((job = take(job))) {
    let outcome: PairOutcome;
    try {
      outcome = { index: job.index, ok: true, aligned: await alignPair(job, cache) };
    } catch (error) {
      outcome = { index: job.index, ok: false, error: toPairFailure(error) };
    }
    // Outside the try: an error in the caller's handler is the caller's, not this pair's.
    onOutcome(outcome);
    // Aligning is synchronous CPU work: yield, so the workers' answers are taken in
    // and they get their next jobs before this thread starts another pair.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runWorkerLane(take: (previous: AlignJob | undefined) => AlignJob | undefined, onOutcome: (outcome: PairOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    const first = take(undefined);
    if (!first) {
      resolve();
      return;
    }
    const worker = createWorker();
    const held = new Map<number, AlignJob>();
    let last: AlignJob = first;
    const send = (job: AlignJob) => {
      held.set(job.index, job);
      last = job;
      worker.postMessage(job);
    };
    const refill = () => {
      while (held.size < WORKER_DEPTH) {
        const job = take(last);
        if (!job) break;
        send(job);
      }
      if (held.size === 0) void worker.terminate();
    };
    worker.on("message", (outcome: PairOutcome) => {
      held.delete(outcome.index);
      onOutcome(outcome);
      refill();
    });
    const failHeld = (error: unknown) => {
      for (const job of held.values()) onOutcome({ index: job.index, ok: false, error: toPairFailure(error) });
      held.clear();
    };
    worker.on("error", failHeld);
    worker.on("exit", (code) => {
      failHeld(new Error(`worker stopped (exit code ${code})`));
      resolve();
    });
    send(first);
    refill();
  });
}
