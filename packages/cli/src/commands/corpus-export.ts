import type { Argv, CommandModule } from "yargs";
import { TandemError } from "@tandem/segment/core";
import { writeCorpusExport } from "../distributed/write-corpus-export.js";
import { outputFormat } from "../options/output-format.js";
import { creationDateOption, parseCreationDate } from "../options/shared-options.js";
import { openPostgresStore, isPostgresUrl } from "../store/index.js";

interface CorpusExportArgs {
  db: string;
  output: string;
  format?: string;
  corpus?: string;
  force: boolean;
  quiet: boolean;
  json: boolean;
  "creation-date"?: string;
}

/** `tandem corpus export --db postgres://… -o OUT`: streams a distributed corpus out of the store. */
export const corpusExportCommand: CommandModule<object, CorpusExportArgs> = {
  command: "export",
  describe: "Write a distributed corpus from the store to TMX, TSV or JSONL, streaming",
  builder: (yargs) =>
    (yargs as Argv)
      .option("db", { type: "string", demandOption: true, describe: "Postgres URL of the store" })
      .option("output", { alias: "o", type: "string", demandOption: true, describe: "Corpus file: .tmx, .tsv or .jsonl" })
      .option("format", { type: "string", choices: ["tmx", "tsv", "jsonl"], describe: "Output format (default: from the extension)" })
      .option("corpus", { type: "string", describe: "Corpus id (default: the newest)" })
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing output file" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing on success" })
      .option("json", { type: "boolean", default: false, describe: "Print the summary as JSON" })
      .option("creation-date", creationDateOption)
      .example("$0 corpus export --db postgres://tandem@db/tandem -o crawl.tmx", "The newest corpus as one TMX") as unknown as Argv<CorpusExportArgs>,
  handler: async (argv) => {
    const format = outputFormat(argv.output, argv.format);
    if (format === "align") throw new TandemError("OUTPUT_FORMAT", "a corpus holds many documents; write .tmx, .tsv or .jsonl", { file: argv.output });
    if (!isPostgresUrl(argv.db)) throw new TandemError("USAGE", "--db must be a postgres:// URL", { file: argv.db });
    const creationDate = parseCreationDate(argv["creation-date"]);
    const store = await openPostgresStore(argv.db);
    try {
      const corpus = argv.corpus ?? (await store.latestCorpusId());
      if (!corpus || !(await store.loadCorpus(corpus))) {
        throw new TandemError("CORPUS_NONE", corpus ? `no corpus ${corpus} in this store` : "no corpus in this store yet", { file: store.location });
      }
      const summary = await writeCorpusExport(store, corpus, argv.output, format, { force: argv.force, creationDate });
      if (argv.json) process.stdout.write(`${JSON.stringify({ corpus, ...summary })}\n`);
      else if (!argv.quiet) {
        process.stdout.write(`${argv.output}: ${summary.written} of ${summary.pairs} pairs (${summary.failed} failed, ${summary.pending} not aligned yet); ${summary.units} sentence pairs\n`);
      }
    } finally {
      await store.close();
    }
  },
};
