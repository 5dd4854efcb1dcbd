import { setTimeout as sleep } from "node:timers/promises";
import { TandemError } from "@tandem/segment/core";
import type { InputProblem } from "../corpus/load-documents.js";
import { checkOutputPath } from "../files/write-file-atomic.js";
import { openPostgresStore, isPostgresUrl, type CorpusProgress, type CorpusSettings, type PostgresStore } from "../store/index.js";
import { createProgress } from "../terminal/progress.js";
import { checkRedis, openCorpusQueue } from "./corpus-queue.js";
import { enqueueCorpus } from "./enqueue-corpus.js";
import { writeCorpusExport } from "./write-corpus-export.js";

export interface DistributedCorpusOptions {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly format: "tmx" | "tsv" | "jsonl";
  readonly queue: string;
  readonly db: string;
  readonly settings: CorpusSettings;
  readonly wait: boolean;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly creationDate: Date;
  /** Each input that could not take part, as it is found (the command prints it). */
  readonly onProblem?: (problem: InputProblem) => void;
  /** Each pair that failed for good, once the corpus is done. */
  readonly onFailure?: (failure: { source: string; target: string; message: string; code: string }) => void;
}

/** What `runDistributedCorpus` did, for the command to print: the corpus enqueued (--no-wait) or written. */
export type DistributedCorpusResult =
  | {
      readonly waited: false;
      readonly summary: { corpus: string; created: boolean; documents: number; ingestJobs: number; pairJobs: number; alignJobs: number };
      readonly problems: readonly InputProblem[];
    }
  | {
      readonly waited: true;
      readonly summary: {
        output: string;
        format: string;
        corpus: string;
        documents: number;
        pairs: number;
        aligned: number;
        failed: number;
        units: number;
        unpaired: number;
        seconds: number;
      };
      readonly problems: readonly InputProblem[];
      readonly failures: readonly { source: string; target: string; message: string; code: string }[];
    };

/** How often the waiting command reads the store's counts. */
const POLL_MS = 500;

/**
 * `tandem corpus DIR -o OUT --queue redis://… --db postgres://…`: checks both services
 * (nothing is read, written or enqueued when one is unreachable), enqueues the corpus,
 * then, unless --no-wait, shows progress until every pair is aligned or failed for good
 * and streams the export. The workers (`tandem worker`) do the work; this process only
 * reads the files and waits.
 */
export async function runDistributedCorpus(options: DistributedCorpusOptions): Promise<DistributedCorpusResult> {
  const clock = performance.now();
  if (!isPostgresUrl(options.db)) {
    throw new TandemError("USAGE", "with --queue, --db must be a postgres:// URL that every worker reaches", { file: options.db });
  }
  if (options.wait) await checkOutputPath(options.output, { force: options.force });
  await checkRedis(options.queue);
  const store = await openPostgresStore(options.db);
  const queue = await openCorpusQueue(options.queue).catch(async (error) => {
    await store.close();
    throw error;
  });
  const progress = createProgress(options);
  try {
    progress.start(0, "reading");
    const enqueued = await enqueueCorpus(options.inputs, options.settings, { store, queue, onRead: (done, total) => progress.update(done, total) });
    progress.stop();
    for (const problem of enqueued.problems) options.onProblem?.(problem);
    if (!options.wait) {
      const summary = { corpus: enqueued.corpus, created: enqueued.created, documents: enqueued.documents, ingestJobs: enqueued.ingestJobs, pairJobs: enqueued.pairJobs, alignJobs: enqueued.alignJobs };
      return { waited: false, summary, problems: enqueued.problems };
    }
    const finished = await waitForCorpus(store, enqueued.corpus, progress);
    const problems: InputProblem[] = [...enqueued.problems, ...finished.problems.map((problem) => ({ file: problem.path, code: problem.code, message: problem.message }))];
    for (const problem of finished.problems) options.onProblem?.({ file: problem.path, code: problem.code, message: problem.message });
    for (const failure of finished.failures) options.onFailure?.(failure);
    if ((finished.corpus.pairCount ?? 0) === 0) {
      throw new TandemError("PAIR_NONE", `no article pairs among ${finished.ingested} readable documents (see \`tandem pair ${options.inputs.join(" ")}\`)`, {
        file: options.inputs.join(" "),
      });
    }
    const exported = await writeCorpusExport(store, enqueued.corpus, options.output, options.format, { force: options.force, creationDate: options.creationDate });
    const summary = {
      output: options.output,
      format: options.format,
      corpus: enqueued.corpus,
      documents: finished.ingested,
      pairs: exported.pairs,
      aligned: exported.written,
      failed: exported.failed,
      units: exported.units,
      unpaired: finished.ingested - 2 * exported.pairs,
      seconds: Math.round(performance.now() - clock) / 1000,
    };
    return { waited: true, summary, problems, failures: finished.failures };
  } finally {
    progress.stop();
    await queue.close().catch(() => {});
    await store.close().catch(() => {});
  }
}

/**
 * Polls the store until the corpus is done: every document ingested (or left out),
 * the pairs chosen, and every pair aligned or failed for good. Pairing that failed
 * for good ends the wait with its reason.
 */
export async function waitForCorpus(store: PostgresStore, corpus: string, progress: ReturnType<typeof createProgress>): Promise<CorpusProgress> {
  let stage = "";
  for (;;) {
    const state = await store.progress(corpus);
    const record = state.corpus;
    if (record.pairFailure) throw new TandemError("PAIR_NONE", `pairing failed: ${record.pairFailure}`, { file: `corpus ${corpus}` });
    if (!record.pairedAt) {
      if (stage !== "ingest") progress.start(record.documents, "ingesting");
      stage = "ingest";
      progress.update(state.ingested + state.skipped + state.ingestFailed);
    } else {
      const total = record.pairCount ?? 0;
      if (stage !== "align") progress.start(total, "aligning pairs");
      stage = "align";
      progress.update(state.aligned + state.alignFailed);
      if (state.aligned + state.alignFailed >= total) {
        progress.stop();
        return state;
      }
    }
    await sleep(POLL_MS);
  }
}
