import type { Argv, CommandModule } from "yargs";
import { TandemError } from "@tandem/segment/core";
import { runCorpusWorker } from "../distributed/run-corpus-worker.js";
import { isPostgresUrl, redactUrl } from "../store/index.js";

interface WorkerArgs {
  queue: string;
  db: string;
  concurrency: number;
  "lock-seconds": number;
  "idle-exit"?: number;
  quiet: boolean;
  json: boolean;
  "embeddings-url"?: string;
}

/** `tandem worker --queue redis://… --db postgres://…`: processes distributed-corpus jobs on this machine. */
export const workerCommand: CommandModule<object, WorkerArgs> = {
  command: "worker",
  describe: "Process the jobs of distributed corpora (BullMQ on Redis, store on Postgres) on this machine",
  builder: (yargs) =>
    (yargs as Argv)
      .option("queue", { type: "string", demandOption: true, describe: "Redis URL of the job queue, e.g. redis://10.0.0.5:6379" })
      .option("db", { type: "string", demandOption: true, describe: "Postgres URL of the store, e.g. postgres://tandem@10.0.0.5/tandem" })
      .option("concurrency", { type: "number", default: 1, describe: "Jobs at once; above 1 each in its own thread (about one per core)" })
      .option("lock-seconds", { type: "number", default: 30, describe: "How long a job stays with a worker that stopped answering before another takes it over" })
      .option("idle-exit", { type: "number", describe: "Stop after the queue has been empty this many seconds (default: run until Ctrl-C)" })
      .option("embeddings-url", {
        type: "string",
        describe: "This machine's OpenAI-compatible embeddings API for neural/hybrid corpora, in place of the corpus's --embeddings-url (key from $TANDEM_EMBEDDINGS_KEY)",
      })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing but errors" })
      .option("json", { type: "boolean", default: false, describe: "Print the final counts as JSON on stdout" })
      .example("$0 worker --queue redis://10.0.0.5:6379 --db postgres://tandem@10.0.0.5/tandem --concurrency 2", "Work on every corpus enqueued there, two jobs at a time")
      .example("$0 worker --queue redis://127.0.0.1:6379 --db postgres://me@127.0.0.1/tandem --idle-exit 30", "Stop once there has been nothing to do for 30 s")
      .example("$0 worker --queue redis://10.0.0.5:6379 --db postgres://tandem@10.0.0.5/tandem --embeddings-url http://127.0.0.1:8000/v1", "Embed through this machine's own server for hybrid corpora") as unknown as Argv<WorkerArgs>,
  handler: async (argv) => {
    if (!(Number.isInteger(argv.concurrency) && argv.concurrency >= 1)) throw new TandemError("USAGE", "--concurrency must be a whole number ≥ 1");
    if (!(argv["lock-seconds"] >= 1)) throw new TandemError("USAGE", "--lock-seconds must be at least 1");
    if (argv["idle-exit"] !== undefined && !(argv["idle-exit"] >= 0)) throw new TandemError("USAGE", "--idle-exit must be a number of seconds ≥ 0");
    if (argv["embeddings-url"] !== undefined && !/^https?:\/\/./.test(argv["embeddings-url"])) {
      throw new TandemError("USAGE", `--embeddings-url must be an http(s) URL such as http://127.0.0.1:8000/v1, not ${argv["embeddings-url"]}`);
    }
    if (!isPostgresUrl(argv.db)) throw new TandemError("USAGE", "--db must be a postgres:// URL", { file: argv.db });
    const say = (line: string) => {
      if (!argv.quiet && !argv.json) process.stderr.write(`${line}\n`);
    };
    const result = await runCorpusWorker({
      queue: argv.queue,
      db: argv.db,
      concurrency: argv.concurrency,
      lockSeconds: argv["lock-seconds"],
      ...(argv["embeddings-url"] ? { embeddingsUrl: argv["embeddings-url"] } : {}),
      ...(argv["idle-exit"] !== undefined ? { idleExitSeconds: argv["idle-exit"] } : {}),
      onFailure: (line) => process.stderr.write(`worker: ${line}\n`),
      onReady: () => say(`worker: waiting for jobs on ${redactUrl(argv.queue)} (store ${redactUrl(argv.db)}), ${argv.concurrency} at a time; Ctrl-C stops`),
    });
    if (argv.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      say(`worker: stopped after ${result.completed} jobs (${result.failed} failed attempts)`);
      if (result.abandoned) say("worker: the job in hand did not finish in time; another worker takes it over once its lock lapses (--lock-seconds)");
    }
    // A connection to a server that went away may still hold the event loop: the work is done.
    setTimeout(() => process.exit(), 200).unref();
  },
};
