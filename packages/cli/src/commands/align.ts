import type { Argv, CommandModule } from "yargs";
import type { Bead, EncoderSummary } from "@tandem/align";
import { alignLoadedSides } from "../pipeline/align-loaded-sides.js";
import { exportMetaFor } from "../pipeline/export-meta-for.js";
import { TandemError } from "@tandem/segment/errors";
import { languageSupportNotes } from "@tandem/segment/core";
import { loadSide, type LoadedSide } from "../pipeline/load-side.js";
import { filterByScore } from "../pipeline/filter-by-score.js";
import { OUTPUT_FORMATS, outputFormat } from "../options/output-format.js";
import { createProgress } from "../terminal/progress.js";
import { renderOutput } from "../pipeline/render-output.js";
import { createScorer, maxBeadOf, scorerOptions } from "../options/scorer-options.js";
import { checkEmbeddingsEndpoint } from "../options/neural-options.js";
import type { Store } from "../store/index.js";
import { summarizeBeads, type AlignSummary } from "../pipeline/summarize-beads.js";
import { toolVersion } from "../terminal/tool-version.js";
import { checkOutputPath, writeFileAtomic } from "../files/write-file-atomic.js";
import { checkStorePath, removeNewStore } from "../files/check-store-path.js";
import { creationDateOption, dbOption, parseCreationDate } from "../options/shared-options.js";
import { commandHead } from "./command-list.js";
import { isSameFile } from "../files/same-file.js";
import { checkedNumber } from "../options/checked-number.js";

interface AlignArgs {
  source: string;
  target: string;
  output: string;
  format?: string;
  "min-score"?: number;
  "keep-unaligned": boolean;
  presegmented: boolean;
  recover?: boolean;
  store: boolean;
  db: string;
  force: boolean;
  quiet: boolean;
  json: boolean;
  "source-lang"?: string;
  "target-lang"?: string;
  "max-bead"?: number;
  "creation-date"?: string;
  method?: string;
  [key: string]: unknown;
}

/** `tandem align A B -o out.tmx`: the main job, two articles in, a parallel file out. */
export const alignCommand: CommandModule<object, AlignArgs> = {
  ...commandHead("align"),
  builder: (yargs) =>
    (yargs as Argv)
      .positional("source", { type: "string", describe: "Source article (text file)", demandOption: true })
      .positional("target", { type: "string", describe: "Target article (text file)", demandOption: true })
      .option("output", { alias: "o", type: "string", demandOption: true, describe: "Output file; .tmx, .tsv, .jsonl or .align" })
      .option("format", { type: "string", choices: OUTPUT_FORMATS, describe: "Output format (default: from the extension)" })
      .option("min-score", { type: "number", coerce: checkedNumber("--min-score", { min: 0, max: 1 }), describe: "Drop pairs scoring below this (default: keep all aligned pairs)" })
      .option("keep-unaligned", { type: "boolean", default: false, describe: "JSONL: also write 1-0 and 0-1 beads" })
      .option("presegmented", { type: "boolean", default: false, describe: "Inputs are one sentence per line; no cleaning or splitting" })
      .option("recover", {
        type: "boolean",
        describe: "Comparable-article passes: pair moved sentences out of order, trim unrelated sentences off merged beads (default: on, off with --presegmented)",
      })
      .option("store", { type: "boolean", default: true, describe: "Save the run to the database (--no-store to skip)" })
      .option("db", dbOption)
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing output file" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing on success" })
      .option("json", { type: "boolean", default: false, describe: "Print the summary as JSON on stdout" })
      .option("creation-date", creationDateOption)
      .options(scorerOptions)
      .example("$0 align seeds/000_a2c988d880e43a81.txt seeds/001_9c2bcb4f48ee580e.txt -o vufo.tmx", "Dutch and English article to TMX")
      .example("$0 align a.de b.fr --presegmented -o a.align", "One sentence per line in, Vecalign-style .align out")
      .example("$0 align a.txt b.txt -o pairs.jsonl --keep-unaligned --min-score 0.3 --json", "JSONL with unaligned sentences; JSON summary") as unknown as Argv<AlignArgs>,
  handler: async (argv) => {
    const started = new Date();
    // Presegmented input is usually a parallel corpus, where the comparable-article
    // passes cost a little accuracy and the n×m moved-pair search costs time.
    const recover = argv.recover ?? !argv.presegmented;
    const clock = performance.now();
    const format = outputFormat(argv.output, argv.format);
    if (await isSameFile(argv.source, argv.target)) {
      throw new TandemError("INPUT_SAME", "source and target are the same file; give the two articles to align", { file: argv.target });
    }
    // Cheap refusals first: nobody should wait for an alignment to learn the output exists.
    await checkOutputPath(argv.output, { force: argv.force });
    const creationDate = parseCreationDate(argv["creation-date"], started);
    // A wrong or absent embeddings server is said now, before reading or aligning anything.
    await checkEmbeddingsEndpoint(argv, [argv.method]);

    const storePath = argv.store ? await checkStorePath(argv.db) : undefined;
    // An existing database is opened once now, so a corrupt or foreign file fails here,
    // before the alignment, and not after the output is written.
    // (The store, SQLite and Postgres drivers are loaded only when a run is stored.)
    if (storePath?.existed) (await openStore(argv.db)).close();
    let runId: number | undefined;
    try {
      const source = await loadSide(argv.source, { lang: argv["source-lang"], presegmented: argv.presegmented });
      const target = await loadSide(argv.target, { lang: argv["target-lang"], presegmented: argv.presegmented });
      const sourceLang = source.document.lang;
      const targetLang = target.document.lang;
      if (sourceLang === targetLang) {
        throw new TandemError(
          "LANG_SAME",
          `both articles are in "${sourceLang}"; tandem aligns translations (override with --source-lang/--target-lang)`,
          { file: argv.target },
        );
      }
      const progress = createProgress(argv);
      // One bar, two phases: embedding (with sentences/s) inside the scorer's prepare, then the search.
      let phase = "";
      const show = (label: string, done: number, total: number, unit?: string) => {
        if (phase !== label) progress.start(total, label, unit);
        phase = label;
        progress.update(done, total);
      };
      const { scorer, notes: scorerNotes, encoder } = await createScorer(
        argv,
        { sourceLang, targetLang },
        { onEmbedProgress: (done, total) => show("embedding", done, total, "sentences") },
      );
      let result;
      try {
        result = await alignLoadedSides(source, target, {
          scorer,
          maxBead: maxBeadOf(argv),
          recover,
          onProgress: (done, total) => show("aligning", done, total),
        });
      } finally {
        progress.stop();
      }
      const { beads } = result;
      const written = filterByScore(beads, argv["min-score"]);
      const meta = exportMetaFor(
        { path: source.path, lang: sourceLang, sentences: source.document.sentences },
        { path: target.path, lang: targetLang, sentences: target.document.sentences },
        creationDate,
      );
      const content = renderOutput(format, written, meta, { keepUnaligned: argv["keep-unaligned"] });
      const summary = summarizeBeads(written, { source: source.alignable.length, target: target.alignable.length });
      const parameters = {
        source: argv.source,
        target: argv.target,
        output: argv.output,
        format,
        sourceLang,
        targetLang,
        scorer: scorer.name,
        maxBead: maxBeadOf(argv),
        minScore: argv["min-score"],
        keepUnaligned: argv["keep-unaligned"],
        presegmented: argv.presegmented,
        recover,
        method: argv.method,
        lexicon: argv.lexicon,
      };
      // The output first, the run second: a run in the store always has its file on disk.
      await writeFileAtomic(argv.output, content, { force: argv.force });
      if (argv.store) runId = await storeRun(argv.db, argv.output, { source, target, beads, parameters, started, summary });
      const seconds = Math.round(performance.now() - clock) / 1000;
      const languageNotes = [...new Set([...languageSupportNotes(sourceLang), ...languageSupportNotes(targetLang)])];
      report(argv, { ...summary, seconds, runId, notes: [...languageNotes, ...scorerNotes, ...result.notes], sourceLang, targetLang, ...(encoder ? { encoder: encoder() } : {}) });
    } finally {
      // A run that failed must not leave a database it created (empty or a cache only).
      if (storePath && !storePath.existed && runId === undefined) await removeNewStore(argv.db);
    }
  },
};

async function openStore(db: string): Promise<Store> {
  return (await import("../store/index.js")).openStore(db);
}

/** Opens the store, saves the run and closes it; a failure says the output is written all the same. */
async function storeRun(db: string, output: string, run: Parameters<typeof saveRun>[1]): Promise<number> {
  try {
    const store = await openStore(db);
    try {
      return saveRun(store, run);
    } finally {
      store.close();
    }
  } catch (error) {
    if (!(error instanceof TandemError)) throw error;
    throw new TandemError(error.code, `${error.message} (${output} is written; the run is not stored)`, error.at, { cause: error });
  }
}

function saveRun(
  store: Store,
  run: { source: LoadedSide; target: LoadedSide; beads: Bead[]; parameters: Record<string, unknown>; started: Date; summary: AlignSummary },
): number {
  const side = (loaded: LoadedSide) => ({
    path: loaded.path,
    hash: loaded.file.hash,
    lang: loaded.document.lang,
    text: loaded.document.text,
    presegmented: loaded.presegmented,
    sentences: loaded.document.sentences,
  });
  return store.saveRun({
    command: "align",
    parameters: run.parameters,
    versions: { tandem: toolVersion(), node: process.versions.node },
    startedAt: run.started,
    finishedAt: new Date(),
    summary: { ...run.summary },
    source: side(run.source),
    target: side(run.target),
    beads: run.beads,
  });
}

interface Report extends AlignSummary {
  seconds: number;
  /** What went through the embedding model (neural and hybrid scorers). */
  encoder?: EncoderSummary;
  runId: number | undefined;
  notes: string[];
  sourceLang: string;
  targetLang: string;
}

function report(argv: AlignArgs, result: Report): void {
  if (argv.json) {
    process.stdout.write(`${JSON.stringify({ output: argv.output, ...result })}\n`);
    return;
  }
  if (argv.quiet) return;
  for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
  const types = Object.entries(result.byType)
    .sort(([a], [b]) => (a === "moved" ? 1 : b === "moved" ? -1 : a.localeCompare(b)))
    .map(([type, count]) => `${type} ${count}`)
    .join(", ");
  process.stdout.write(
    `${argv.output}: ${result.pairs} pairs (${types || "none"}); unaligned ${result.unaligned.source} ${result.sourceLang} / ` +
      `${result.unaligned.target} ${result.targetLang}; mean score ${result.meanScore.toFixed(3)}; ` +
      `${result.seconds.toFixed(1)} s${result.runId !== undefined ? `; run ${result.runId}` : ""}\n`,
  );
}
