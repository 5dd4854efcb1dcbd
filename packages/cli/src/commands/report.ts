import type { Argv, CommandModule } from "yargs";
import { TandemError } from "@tandem/segment/errors";
import { isPostgresUrl, openRunStore, type StoredRun } from "../store/index.js";
import { checkOutputPath, writeFileAtomic } from "../files/write-file-atomic.js";
import { dbOption } from "../options/shared-options.js";
import { checkedNumber } from "../options/checked-number.js";
import { createScorer } from "../options/scorer-options.js";
import { createProgress } from "../terminal/progress.js";
import { toolVersion } from "../terminal/tool-version.js";
import { commandHead } from "./command-list.js";
import { buildRunReport } from "../report/build-run-report.js";
import { computeSimilarityGrid, GRID_DEFAULTS } from "../report/compute-similarity-grid.js";
import { alignedSentenceIds, runReportDataOf } from "../report/run-report-data-of.js";
import type { SimilarityGrid } from "../report/run-report-data.js";

interface ReportArgs {
  run?: number;
  output: string;
  db: string;
  matrix: boolean;
  "max-cells": number;
  force: boolean;
  quiet: boolean;
  json: boolean;
}

/** `tandem report --run N -o report.html`: a stored run as one self-contained HTML page. */
export const reportCommand: CommandModule<object, ReportArgs> = {
  ...commandHead("report"),
  builder: (yargs) =>
    (yargs as Argv)
      .option("run", { type: "number", coerce: checkedNumber("--run", { min: 1, max: Infinity, integer: true }), describe: "Run id (see `tandem runs`); default the newest" })
      .option("output", { alias: "o", type: "string", demandOption: true, describe: "HTML file to write" })
      .option("db", dbOption)
      .option("matrix", { type: "boolean", default: true, describe: "Draw the sentence similarity matrix, rescored with the run's scorer (--no-matrix to skip)" })
      .option("max-cells", {
        type: "number",
        default: GRID_DEFAULTS.maxCells,
        coerce: checkedNumber("--max-cells", { min: 1, max: 1e9, integer: true }),
        describe: "Most sentence pairs to score for the matrix; a larger run is scored in a band around its path",
      })
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing output file" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing on success" })
      .option("json", { type: "boolean", default: false, describe: "Print a one-line JSON summary on stdout" })
      .example("$0 report -o report.html", "The newest run of tandem.db, both articles side by side with the similarity matrix")
      .example("$0 report --run 3 --db project.db -o run3.html --json", "Run 3 of another database; JSON summary") as unknown as Argv<ReportArgs>,
  handler: async (argv) => {
    const clock = performance.now();
    await checkOutputPath(argv.output, { force: argv.force });
    const run = await loadStoredRun(argv.db, argv.run);
    const notes: string[] = [];
    let grid: SimilarityGrid | undefined;
    if (argv.matrix) {
      const progress = createProgress(argv);
      try {
        grid = await similarityGrid(run, argv, notes, (done, total) => {
          if (done <= 64) progress.start(total, "scoring the matrix", "rows");
          progress.update(done, total);
        });
      } finally {
        progress.stop();
      }
    } else notes.push("matrix left out (--no-matrix)");
    const html = buildRunReport(runReportDataOf(run, grid, notes, toolVersion()));
    await writeFileAtomic(argv.output, html, { force: argv.force });
    const summary = {
      output: argv.output,
      run: run.run.id,
      beads: run.beads.length,
      sentences: { source: run.source.sentences.length, target: run.target.sentences.length },
      matrix: grid ? { rows: grid.rows.length, cols: grid.cols.length, block: grid.block, cells: grid.cells, band: grid.band ?? null } : null,
      bytes: Buffer.byteLength(html),
      seconds: Math.round(performance.now() - clock) / 1000,
    };
    if (argv.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else if (!argv.quiet) {
      const matrix = grid ? `, matrix ${grid.rows.length} × ${grid.cols.length}${grid.band !== undefined ? ` (band ±${grid.band})` : ""}` : "";
      process.stdout.write(`${argv.output}: run ${run.run.id}, ${run.beads.length} beads${matrix}; ${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.seconds.toFixed(1)} s\n`);
    }
  },
};

/** The run `--run` names (or the newest), read only. */
async function loadStoredRun(db: string, id: number | undefined): Promise<StoredRun> {
  const store = await openRunStore(db, { mustExist: true, readonly: true });
  try {
    const runId = id ?? (await store.latestRunId());
    if (runId === undefined) throw new TandemError("STORE_NO_RUN", "the database has no runs yet", { file: store.location });
    return await store.loadRun(runId);
  } finally {
    await store.close();
  }
}

/**
 * The matrix is not stored with a run (a 10k × 10k run would be 100M numbers): it is
 * scored again here with the run's own scorer, on the sentences the aligner saw, which
 * gives the similarities the DP used. A neural run whose model is not on disk falls back
 * to the lexical scorer and says so.
 */
async function similarityGrid(
  run: StoredRun,
  argv: ReportArgs,
  notes: string[],
  onProgress: (done: number, total: number) => void,
): Promise<SimilarityGrid> {
  const parameters = run.run.parameters;
  const langs = { sourceLang: run.source.lang, targetLang: run.target.lang };
  const rows = alignedSentenceIds(run, "source");
  const cols = alignedSentenceIds(run, "target");
  const texts = (doc: StoredRun["source"], ids: number[]) => ids.map((id) => doc.sentences[id]?.text ?? "");
  const method = String(parameters.scorer ?? parameters.method ?? "lexical");
  const lexicon = typeof parameters.lexicon === "string" ? parameters.lexicon : undefined;
  const prepare = async (name: string) => {
    const embeddingCacheFile = isPostgresUrl(argv.db) ? undefined : argv.db;
    const { scorer } = await createScorer({ method: name, lexicon, offline: true, ...(embeddingCacheFile ? { embeddingCacheFile } : {}) }, langs);
    return scorer.prepare(texts(run.source, rows), texts(run.target, cols), { maxBead: 1 });
  };
  let prepared;
  try {
    prepared = await prepare(method);
    notes.push(`matrix rescored with the run's ${method} scorer${lexicon ? ` and lexicon ${lexicon}` : ""}`);
  } catch (error) {
    if (!(error instanceof TandemError) || method === "lexical" || method === "length") throw error;
    prepared = await prepare("lexical");
    notes.push(`matrix rescored with the lexical scorer: the run's ${method} scorer is not available here (${error.message})`);
  }
  return computeSimilarityGrid(prepared, rows, cols, run.beads.map((bead) => ({ ...bead, moved: bead.moved === true })), {
    maxCells: argv["max-cells"],
    onProgress,
  });
}
