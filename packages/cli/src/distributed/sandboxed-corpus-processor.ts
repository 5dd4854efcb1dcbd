// First: the libraries get their cache folder before anything loads @tandem/segment.
import "../files/use-cache-folders.js";
import type { SandboxedJob } from "bullmq";
import type { SpanScorer } from "@tandem/align";
import { openPostgresStore } from "../store/index.js";
import { openCorpusQueue } from "./corpus-queue.js";
import { processCorpusJob, type CorpusJobContext } from "./process-corpus-job.js";

/**
 * The entry BullMQ loads in each worker thread of `tandem worker --concurrency N`: the
 * main thread keeps the job locks alive while a thread aligns (CPU work that would
 * otherwise block the lock renewal). The queue and store URLs come in through the
 * environment, so they never travel inside a job in Redis.
 */
let context: Promise<CorpusJobContext> | undefined;

function openContext(): Promise<CorpusJobContext> {
  context ??= (async () => {
    const store = await openPostgresStore(process.env.TANDEM_WORKER_DB!, { poolSize: 2 });
    const queue = await openCorpusQueue(process.env.TANDEM_WORKER_QUEUE!);
    const embeddingsUrl = process.env.TANDEM_WORKER_EMBEDDINGS_URL;
    return { store, queue, scorers: new Map<string, Promise<{ scorer: SpanScorer; notes: string[] }>>(), ...(embeddingsUrl ? { embeddingsUrl } : {}) };
  })();
  return context;
}

// BullMQ calls a sandboxed processor module's default export; the one default export in tandem.
export default async function sandboxedCorpusProcessor(job: SandboxedJob): Promise<unknown> {
  return processCorpusJob(job, await openContext());
}
