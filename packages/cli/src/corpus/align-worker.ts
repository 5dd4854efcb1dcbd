// First: the libraries get their cache folder before anything loads @tandem/segment.
import "../files/use-cache-folders.js";
import { parentPort } from "node:worker_threads";
import type { SpanScorer } from "@tandem/align";
import { alignPair, type AlignJob } from "./align-pair.js";
import { toPairFailure } from "./pair-failure.js";

/**
 * Worker-thread entry of `tandem corpus`: aligns the pairs the main thread sends, one
 * at a time, and answers each with the result or a one-line error. The main thread
 * keeps the store, since SQLite wants one writer.
 */
const cache = new Map<string, Promise<{ scorer: SpanScorer; notes: string[] }>>();

// The main thread sends a second job before the first is done (so the worker never
// waits); they run one after the other, or a scorer waiting on an embeddings server
// would interleave two pairs and count each one's texts in the other's summary.
let previous: Promise<void> = Promise.resolve();

parentPort?.on("message", (job: AlignJob) => {
  previous = previous.then(async () => {
    try {
      const aligned = await alignPair(job, cache);
      parentPort!.postMessage({ index: job.index, ok: true, aligned });
    } catch (error) {
      parentPort!.postMessage({ index: job.index, ok: false, error: toPairFailure(error) });
    }
  });
});

