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

parentPort?.on("message", async (job: AlignJob) => {
  try {
    const aligned = await alignPair(job, cache);
    parentPort!.postMessage({ index: job.index, ok: true, aligned });
  } catch (error) {
    parentPort!.postMessage({ index: job.index, ok: false, error: toPairFailure(error) });
  }
});

