import type { Argv, CommandModule } from "yargs";
import { TandemError } from "@tandem/segment/core";
import { openCorpusQueue } from "../distributed/corpus-queue.js";
import { openPostgresStore, isPostgresUrl, type CorpusProgress } from "../store/index.js";

interface StatusArgs {
  queue?: string;
  db: string;
  corpus?: string;
  json: boolean;
}

interface QueueState {
  counts: Record<string, number>;
  failed: { id: string; name: string; reason: string; attempts: number }[];
}

/** `tandem corpus status --db postgres://… [--queue redis://…]`: counts per stage, failures and throughput. */
export const corpusStatusCommand: CommandModule<object, StatusArgs> = {
  command: "status",
  describe: "Show a distributed corpus's progress: counts per stage, failures with reasons, throughput",
  builder: (yargs) =>
    (yargs as Argv)
      .option("db", { type: "string", demandOption: true, describe: "Postgres URL of the store" })
      .option("queue", { type: "string", describe: "Redis URL of the job queue: adds the queue's counts and failed jobs" })
      .option("corpus", { type: "string", describe: "Corpus id (default: the newest)" })
      .option("json", { type: "boolean", default: false, describe: "Print the status as JSON" })
      .example("$0 corpus status --db postgres://tandem@db/tandem --queue redis://db:6379", "Where the newest corpus stands") as unknown as Argv<StatusArgs>,
  handler: async (argv) => {
    if (!isPostgresUrl(argv.db)) throw new TandemError("USAGE", "--db must be a postgres:// URL", { file: argv.db });
    const store = await openPostgresStore(argv.db);
    let progress: CorpusProgress;
    let queueState: QueueState | undefined;
    try {
      const corpus = argv.corpus ?? (await store.latestCorpusId());
      if (!corpus) throw new TandemError("CORPUS_NONE", "no corpus in this store yet; `tandem corpus DIR --queue … --db …` enqueues one", { file: store.location });
      if (!(await store.loadCorpus(corpus))) throw new TandemError("CORPUS_NONE", `no corpus ${corpus} in this store`, { file: store.location });
      progress = await store.progress(corpus);
      if (argv.queue) {
        const queue = await openCorpusQueue(argv.queue);
        try {
          const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "completed", "failed");
          const failed = (await queue.getFailed(0, 19)).map((job) => ({ id: String(job.id), name: job.name, reason: job.failedReason, attempts: job.attemptsMade }));
          queueState = { counts, failed };
        } finally {
          await queue.close();
        }
      }
    } finally {
      await store.close();
    }
    const record = progress.corpus;
    const seconds = progress.firstAligned && progress.lastAligned ? (Date.parse(progress.lastAligned) - Date.parse(record.createdAt)) / 1000 : 0;
    const throughput = {
      pairsPerSecond: seconds > 0 ? Math.round((progress.aligned / seconds) * 100) / 100 : null,
      alignedLastMinute: progress.alignedLastMinute,
    };
    const left = record.documents - progress.ingested - progress.skipped - progress.ingestFailed;
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ ...progress, ingestWaiting: left, throughput, queue: queueState })}\n`);
      return;
    }
    const lines = [
      `corpus ${record.id} (created ${record.createdAt.replace(/\.\d+Z$/, "Z")})`,
      `ingest   ${progress.ingested} ingested, ${progress.skipped} left out, ${progress.ingestFailed} failed, ${left} waiting (of ${record.documents})`,
      `pairing  ${record.pairedAt ? `done: ${record.pairCount} pairs` : record.pairFailure ? `failed: ${record.pairFailure}` : "waiting for ingest"}`,
      `align    ${progress.aligned} aligned, ${progress.alignFailed} failed, ${record.pairedAt ? (record.pairCount ?? 0) - progress.aligned - progress.alignFailed : "?"} waiting` +
        (throughput.pairsPerSecond !== null ? `; ${throughput.pairsPerSecond} pairs/s since enqueued, ${throughput.alignedLastMinute} in the last minute` : ""),
    ];
    if (queueState) lines.push(`queue    ${Object.entries(queueState.counts).map(([state, count]) => `${state} ${count}`).join(", ")}`);
    for (const problem of progress.problems) lines.push(`  ${problem.path}: ${problem.message} [${problem.code}]`);
    for (const failure of progress.failures) lines.push(`  ${failure.source} ↔ ${failure.target}: ${failure.message} [${failure.code}]`);
    for (const job of queueState?.failed ?? []) lines.push(`  job ${job.id} failed after ${job.attempts} attempts: ${job.reason}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  },
};
