import type { Argv, CommandModule } from "yargs";
import { openRunStore, type RunInfo } from "../store/index.js";
import { dbOption } from "../options/shared-options.js";
import { commandHead } from "./command-list.js";

interface RunsArgs {
  db: string;
  json: boolean;
}

/** `tandem runs`: the runs kept in the database, newest first. */
export const runsCommand: CommandModule<object, RunsArgs> = {
  ...commandHead("runs"),
  builder: (yargs) =>
    (yargs as Argv)
      .option("db", dbOption)
      .option("json", { type: "boolean", default: false, describe: "Print the runs as a JSON array" })
      .example("$0 runs", "Id, date, files, languages and pair counts of every run")
      .example("$0 runs --db project.db --json", "Machine-readable list from another database") as unknown as Argv<RunsArgs>,
  handler: async (argv) => {
    const store = await openRunStore(argv.db, { mustExist: true, readonly: true });
    try {
      const runs = await store.listRuns();
      if (argv.json) {
        process.stdout.write(`${JSON.stringify(runs)}\n`);
        return;
      }
      if (runs.length === 0) {
        process.stdout.write("no runs yet; `tandem align A B -o out.tmx` makes one\n");
        return;
      }
      process.stdout.write(`${["run", "finished", "langs", "pairs", "mean", "source → target"].join("\t")}\n`);
      for (const run of runs) process.stdout.write(`${formatRun(run)}\n`);
    } finally {
      await store.close();
    }
  },
};

function formatRun(run: RunInfo): string {
  const summary = run.summary as { pairs?: number; meanScore?: number } | null;
  return [
    run.id,
    (run.finishedAt ?? run.startedAt).replace(/\.\d+Z$/, "Z"),
    `${run.source.lang}-${run.target.lang}`,
    summary?.pairs ?? "?",
    summary?.meanScore !== undefined ? summary.meanScore.toFixed(3) : "?",
    `${run.source.path} → ${run.target.path}`,
  ].join("\t");
}
