import { Worker, type Job } from "bullmq";
import type { SpanScorer } from "@tandem/align";
import { openPostgresStore, type PostgresStore } from "../store/index.js";
import { CORPUS_QUEUE, checkRedis, openCorpusQueue, redisConnection, type CorpusJobData } from "./corpus-queue.js";
import { enqueueReadyPairings, processCorpusJob } from "./process-corpus-job.js";

export interface CorpusWorkerOptions {
  readonly queue: string;
  readonly db: string;
  /** Jobs at once; above 1 each runs in its own worker thread. */
  readonly concurrency: number;
  /**
   * How long a job's lock lasts without renewal. A worker that dies (kill -9, a lost
   * machine) holds its jobs this long before another worker takes them over.
   */
  readonly lockSeconds: number;
  /** Stop once the queue has had nothing waiting or running for this long. */
  readonly idleExitSeconds?: number;
  /** This machine's embeddings server, in place of the one each corpus named (`--embeddings-url`). */
  readonly embeddingsUrl?: string;
  /** One line per job that failed (retried or for good). */
  readonly onFailure?: (line: string) => void;
  /** Called once the worker listens for jobs. */
  readonly onReady?: () => void;
  /** Called once per finished job. */
  readonly onCompleted?: (name: string) => void;
}

/** What a worker did, for the command to print. */
export interface CorpusWorkerSummary {
  readonly completed: number;
  readonly failed: number;
  /** Stopped before its job in hand finished (or Redis answered): that job goes to another worker once its lock lapses. */
  readonly abandoned: boolean;
}

/**
 * On SIGINT/SIGTERM, how long the job in hand has to finish and the connections to close
 * before the worker lets go; with the steps after it, a worker is gone within 10 s even when
 * Redis or Postgres has gone away.
 */
const STOP_GRACE_MS = 5000;
/** Each closing step after the grace (queue, connections, store). */
const CLOSE_STEP_MS = 1000;

/**
 * A BullMQ worker on the corpus queue. It checks both services first (one clear error
 * naming the unreachable URL), processes jobs until SIGINT/SIGTERM or until idle, and
 * closes within 10 s: the job in hand finishes if it can within {@link STOP_GRACE_MS}, else it
 * is left to another worker (see `abandoned`); the rest stay queued. A job that fails for
 * good is recorded in the store (the document or pair, with the reason), so the corpus
 * completes without it and `corpus status` can show why.
 *
 * @example
 * await runCorpusWorker({ queue: "redis://127.0.0.1:6379", db: "postgres://tandem@127.0.0.1/tandem", concurrency: 2, lockSeconds: 30 });
 */
export async function runCorpusWorker(options: CorpusWorkerOptions): Promise<CorpusWorkerSummary> {
  await checkRedis(options.queue);
  const store = await openPostgresStore(options.db);
  const queue = await openCorpusQueue(options.queue);
  const sandboxed = options.concurrency > 1 && !import.meta.url.endsWith(".ts");
  if (sandboxed) {
    process.env.TANDEM_WORKER_DB = options.db;
    process.env.TANDEM_WORKER_QUEUE = options.queue;
    if (options.embeddingsUrl) process.env.TANDEM_WORKER_EMBEDDINGS_URL = options.embeddingsUrl;
  }
  const scorers = new Map<string, Promise<{ scorer: SpanScorer; notes: string[] }>>();
  const processor = sandboxed
    ? new URL("./sandboxed-corpus-processor.js", import.meta.url)
    : (job: Job) => processCorpusJob(job, { store, queue, scorers, ...(options.embeddingsUrl ? { embeddingsUrl: options.embeddingsUrl } : {}) });
  const lockDuration = Math.max(1, options.lockSeconds) * 1000;
  const worker = new Worker(CORPUS_QUEUE, processor, {
    connection: redisConnection(options.queue),
    concurrency: options.concurrency,
    lockDuration,
    stalledInterval: Math.max(500, lockDuration / 2),
    // A worker killed mid-job leaves the job stalled; it is retried, not failed, a few times.
    maxStalledCount: 3,
    useWorkerThreads: sandboxed,
  });
  let completed = 0;
  let failed = 0;
  worker.on("completed", (job) => {
    completed++;
    options.onCompleted?.(job.name);
  });
  worker.on("failed", (job, error) => {
    failed++;
    if (!job) return;
    void (async () => {
      const final = (await job.getState()) === "failed";
      options.onFailure?.(`${job.id}: ${error.message.split("\n")[0]}${final ? "" : ` (attempt ${job.attemptsMade}, will retry)`}`);
      if (final) await recordFinalFailure(job, error, store, queue);
    })().catch(() => {});
  });
  worker.on("error", () => {});

  let abandoned = false;
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void (async () => {
        clearInterval(idleTimer);
        // The job in hand may finish and release its lock; Redis or Postgres gone, or a job
        // longer than the grace, and the worker lets go instead of waiting for ever: the job
        // stays active in Redis until its lock lapses (--lock-seconds), and another worker
        // takes it over as stalled, so it is never lost.
        const closed = await within(STOP_GRACE_MS, worker.close());
        if (!closed) {
          abandoned = true;
          await within(CLOSE_STEP_MS, worker.close(true));
        }
        await within(CLOSE_STEP_MS, queue.close());
        // Connections still open (a server that went away) would keep reconnecting, and the
        // process alive: drop them.
        await within(CLOSE_STEP_MS, Promise.all([worker.disconnect(), queue.disconnect()]));
        await within(CLOSE_STEP_MS, store.close());
        resolve();
      })();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    let idleSince = Date.now();
    const idleTimer = setInterval(() => {
      if (options.idleExitSeconds === undefined) return;
      void queue
        .getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children")
        .then((counts) => {
          const busy = Object.values(counts).some((count) => count > 0);
          if (busy) idleSince = Date.now();
          else if (Date.now() - idleSince >= options.idleExitSeconds! * 1000) stop();
        })
        .catch(() => {});
    }, 500);
  });
  await worker.waitUntilReady();
  options.onReady?.();
  await stopped;
  return { completed, failed, abandoned };
}

/** True when `work` settled within `ms` (resolved or failed), false when it did not. */
async function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A job out of retries: what it was for is marked failed in the store, so its corpus can finish. */
async function recordFinalFailure(job: Job, error: Error, store: PostgresStore, queue: Awaited<ReturnType<typeof openCorpusQueue>>): Promise<void> {
  const message = error.message.split("\n")[0] ?? "failed";
  if (job.name === "ingest") {
    const { hash } = job.data as CorpusJobData["ingest"];
    await store.markIngestFailed(hash, message);
    await enqueueReadyPairings(hash, { store, queue });
  } else if (job.name === "pair") {
    await store.markPairingFailed((job.data as CorpusJobData["pair"]).corpus, message);
  } else if (job.name === "align") {
    const { jobKey } = job.data as CorpusJobData["align"];
    const listed = await store.runIdOfJob(jobKey);
    if (listed === undefined) await store.markAlignFailed(jobKey, { code: /\[([A-Z_]+)\]$/.exec(message)?.[1] ?? "JOB_FAILED", message: message.replace(/ \[[A-Z_]+\]$/, "") });
  }
}
