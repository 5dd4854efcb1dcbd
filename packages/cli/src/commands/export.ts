import type { Argv, CommandModule } from "yargs";
import type { Bead } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import { filterByScore } from "../pipeline/filter-by-score.js";
import { OUTPUT_FORMATS, outputFormat } from "../options/output-format.js";
import { renderOutput } from "../pipeline/render-output.js";
import { isPostgresUrl, openRunStore, openStore, type StoredRun } from "../store/index.js";
import { reviewStore } from "../review/review-store.js";
import { summarizeBeads } from "../pipeline/summarize-beads.js";
import { exportMetaFor } from "../pipeline/export-meta-for.js";
import { writeFileAtomic } from "../files/write-file-atomic.js";
import { creationDateOption, dbOption, parseCreationDate } from "../options/shared-options.js";
import { commandHead } from "./command-list.js";
import { checkedNumber } from "../options/checked-number.js";

interface ExportArgs {
  run?: number;
  output: string;
  format?: string;
  "min-score"?: number;
  "keep-unaligned"?: boolean;
  db: string;
  force: boolean;
  quiet: boolean;
  json: boolean;
  "creation-date"?: string;
  reviewed?: "accepted";
  [key: string]: unknown;
}

/**
 * A step that narrows the beads of a stored run before they are written. Filters run
 * in order; add one (e.g. `--reviewed accepted`) by giving it an option in the
 * builder and pushing a filter in `beadFilters`.
 */
type BeadFilter = (beads: Bead[], run: StoredRun) => Bead[];

function beadFilters(argv: ExportArgs, run: StoredRun): BeadFilter[] {
  const filters: BeadFilter[] = [];
  // The run's own --min-score applies unless the export names another.
  // A reviewer's accept outranks the run's threshold; an explicit --min-score still applies.
  const minScore = argv["min-score"] ?? (argv.reviewed ? undefined : (run.run.parameters.minScore as number | undefined));
  filters.push((beads) => filterByScore(beads, minScore));
  return filters;
}

/** `tandem export --run N -o file`: writes a stored run again, in any format, without aligning. */
export const exportCommand: CommandModule<object, ExportArgs> = {
  ...commandHead("export"),
  builder: (yargs) =>
    (yargs as Argv)
      .option("run", { type: "number", coerce: checkedNumber("--run", { min: 1, max: Infinity, integer: true }), describe: "Run id (see `tandem runs`); default the newest" })
      .option("output", { alias: "o", type: "string", demandOption: true, describe: "Output file; .tmx, .tsv, .jsonl or .align" })
      .option("format", { type: "string", choices: OUTPUT_FORMATS, describe: "Output format (default: from the extension)" })
      .option("min-score", { type: "number", coerce: checkedNumber("--min-score", { min: 0, max: 1 }), describe: "Drop pairs scoring below this (default: the run's own setting)" })
      .option("keep-unaligned", { type: "boolean", describe: "JSONL: also write 1-0 and 0-1 beads (default: the run's setting)" })
      .option("db", dbOption)
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing output file" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing on success" })
      .option("json", { type: "boolean", default: false, describe: "Print the summary as JSON on stdout" })
      .option("creation-date", creationDateOption)
      .option("reviewed", { type: "string", choices: ["accepted"], describe: "Only pairs accepted or edited in `tandem review`" })
      .example("$0 export --run 3 -o vufo.tsv", "Run 3 as TSV")
      .example("$0 export --run 3 --reviewed accepted -o checked.tmx", "Only the pairs a reviewer accepted or fixed")
      .example("$0 export -o latest.jsonl --keep-unaligned", "The newest run as JSONL with unaligned sentences") as unknown as Argv<ExportArgs>,
  handler: async (argv) => {
    const format = outputFormat(argv.output, argv.format);
    const creationDate = parseCreationDate(argv["creation-date"]);
    let run: StoredRun;
    let reviewed: Bead[] | undefined;
    if (isPostgresUrl(argv.db)) {
      if (argv.reviewed) throw new TandemError("USAGE", "--reviewed reads review decisions, which only a SQLite store keeps so far", { file: argv.db });
      const store = await openRunStore(argv.db);
      try {
        const id = argv.run ?? (await store.latestRunId());
        if (id === undefined) throw new TandemError("STORE_NO_RUN", "the database has no runs yet", { file: store.location });
        run = await store.loadRun(id);
      } finally {
        await store.close();
      }
    } else {
      // Exporting only reads: it works on a read-only database too.
      const store = await openStore(argv.db, { readonly: true });
      try {
        const id = argv.run ?? store.latestRunId();
        if (id === undefined) throw new TandemError("STORE_NO_RUN", "the database has no runs yet", { file: argv.db });
        run = store.loadRun(id);
        if (argv.reviewed) reviewed = reviewStore(store).approvedBeads(id);
      } finally {
        store.close();
      }
    }
    let beads = reviewed ?? run.beads;
    for (const filter of beadFilters(argv, run)) beads = filter(beads, run);
    const meta = exportMetaFor(run.source, run.target, creationDate);
    const keepUnaligned = argv["keep-unaligned"] ?? (run.run.parameters.keepUnaligned as boolean | undefined) ?? false;
    await writeFileAtomic(argv.output, renderOutput(format, beads, meta, { keepUnaligned }), { force: argv.force });
    const alignable = (side: StoredRun["source"]) => new Set([...run.beads.flatMap((b) => (side === run.source ? b.source : b.target))]).size;
    const summary = summarizeBeads(beads, { source: alignable(run.source), target: alignable(run.target) });
    if (argv.json) process.stdout.write(`${JSON.stringify({ output: argv.output, run: run.run.id, ...summary })}\n`);
    else if (!argv.quiet) process.stdout.write(`${argv.output}: ${summary.pairs} pairs from run ${run.run.id}\n`);
  },
};
