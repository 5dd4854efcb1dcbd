import { Queue, type ConnectionOptions, type JobsOptions } from "bullmq";
import { Redis, type RedisOptions } from "ioredis";
import { TandemError } from "@tandem/segment/core";
import { redactUrl } from "../store/index.js";

/** The one BullMQ queue every stage of a distributed corpus goes through. */
export const CORPUS_QUEUE = "tandem-corpus";

/** Job payloads by job name: ids and hashes only; texts and results live in the store. */
export interface CorpusJobData {
  ingest: { readonly hash: string };
  pair: { readonly corpus: string };
  align: { readonly corpus: string; readonly ord: number; readonly jobKey: string };
}
export type CorpusJobName = keyof CorpusJobData;

/**
 * Job ids are derived from content hashes (and the corpus id, itself a hash of the
 * documents and the parameters), so adding a job that exists already adds nothing.
 * BullMQ ids may not contain ':'.
 */
export const corpusJobId = {
  ingest: (data: CorpusJobData["ingest"]) => `ingest-${data.hash}`,
  pair: (data: CorpusJobData["pair"]) => `pair-${data.corpus}`,
  align: (data: CorpusJobData["align"]) => `align-${data.jobKey}`,
};

/**
 * At-least-once delivery with retries: a crash or a transient store error retries with
 * exponential backoff (1 s, 2 s, 4 s, …); a job that fails for good stays in the failed
 * set with its reason, for `tandem corpus status`. Only the last thousand completed
 * jobs are kept (Redis memory): the store, not Redis, says what is done; every job and
 * the enqueuer look there first, so a job that is no longer in Redis is not redone.
 */
export const CORPUS_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: false,
};

/**
 * BullMQ connection options for `url` (redis[s]://[user:password@]host:port[/db]).
 * Options rather than a client, so BullMQ opens its connections and closes them all on
 * `close()` (it leaves a client it was handed open, and the process would never exit).
 * Workers need `maxRetriesPerRequest: null`: they block on Redis and must not give up.
 */
export function redisConnection(url: string): ConnectionOptions {
  const parsed = new URL(url);
  const options: RedisOptions = {
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 6379,
    maxRetriesPerRequest: null,
  };
  if (parsed.username) options.username = decodeURIComponent(parsed.username);
  if (parsed.password) options.password = decodeURIComponent(parsed.password);
  const db = parsed.pathname.replace(/^\//, "");
  if (db) options.db = Number(db);
  if (parsed.protocol === "rediss:") options.tls = {};
  return options;
}

/**
 * Checks that Redis at `url` answers, in at most a few seconds, before anything is
 * enqueued or written. An unreachable server gives one TandemError naming the URL.
 */
export async function checkRedis(url: string): Promise<void> {
  if (!/^rediss?:\/\//i.test(url)) {
    throw new TandemError("USAGE", "--queue must be a redis:// URL, e.g. redis://127.0.0.1:6379", { file: url });
  }
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000, enableOfflineQueue: false });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new TandemError("QUEUE_UNREACHABLE", `cannot reach Redis (${message})`, { file: redactUrl(url) }, { cause: error });
  } finally {
    client.disconnect();
  }
}

/** The corpus queue on `url`, after {@link checkRedis}. Close it with `queue.close()`. */
export async function openCorpusQueue(url: string): Promise<Queue> {
  await checkRedis(url);
  return new Queue(CORPUS_QUEUE, { connection: redisConnection(url), defaultJobOptions: CORPUS_JOB_OPTIONS });
}

/** Adds jobs of one kind (in batches), each under its content-derived id. */
export async function addCorpusJobs<N extends CorpusJobName>(queue: Queue, name: N, items: readonly CorpusJobData[N][]): Promise<void> {
  const BATCH = 1000;
  for (let at = 0; at < items.length; at += BATCH) {
    await queue.addBulk(
      items.slice(at, at + BATCH).map((data) => ({ name, data, opts: { ...CORPUS_JOB_OPTIONS, jobId: (corpusJobId[name] as (d: CorpusJobData[N]) => string)(data) } })),
    );
  }
}
