import { availableParallelism } from "node:os";
import type { Argv, CommandModule } from "yargs";
import { DEFAULT_PAIR_MUTUAL, DEFAULT_PAIR_THRESHOLD, type Bead, type DocumentPair, type EncoderSummary } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import type { AlignedSide, AlignJob } from "../corpus/align-pair.js";
import { corpusParameters } from "../corpus/corpus-parameters.js";
import { findPairs } from "../corpus/find-pairs.js";
import { latestRunsByParameters } from "../corpus/latest-runs-by-parameters.js";
import { formatProblem, type InputProblem } from "../corpus/load-documents.js";
import { mergeExports, type CorpusPart } from "../corpus/merge-exports.js";
import { toPairFailure, type PairFailure } from "../corpus/pair-failure.js";
import { runAlignPool } from "../corpus/run-align-pool.js";
import { saveRun } from "../corpus/save-run.js";
import { stableJson } from "../corpus/stable-json.js";
import { newStageTimes, roundStageTimes, timeStage } from "../corpus/stage-times.js";
import { checkEmbeddingsEndpoint, defaultScorerMethod } from "../options/neural-options.js";
import { outputFormat } from "../options/output-format.js";
import { createProgress } from "../terminal/progress.js";
import { scorerOptions } from "../options/scorer-options.js";
import { isPostgresUrl, openStore } from "../store/index.js";
import { exportMetaFor } from "../pipeline/export-meta-for.js";
import { checkOutputPath, writeFileAtomic } from "../files/write-file-atomic.js";
import { checkStorePath, removeNewStore } from "../files/check-store-path.js";
import { creationDateOption, dbOption, parseCreationDate } from "../options/shared-options.js";
import { commandHead } from "./command-list.js";
import { checkedNumber } from "../options/checked-number.js";
import { languageCode } from "../options/language-option.js";
import { mutualMarginOption } from "../options/mutual-option.js";
import { mutualOf } from "../corpus/mutual-of.js";
import { runDistributedCorpus, type DistributedCorpusResult } from "../distributed/run-distributed-corpus.js";
import { toolVersion } from "../terminal/tool-version.js";
import { corpusExportCommand } from "./corpus-export.js";
import { corpusStatusCommand } from "./corpus-status.js";

/**
 * `tandem align`'s scorer options minus --source-lang/--target-lang: in a corpus every
 * pair has its own languages, detected per article (corpus's own --source-lang only
 * says which side a language goes on).
 */
const CORPUS_SCORER_OPTIONS = Object.fromEntries(
  Object.entries(scorerOptions).filter(([name]) => name !== "source-lang" && name !== "target-lang"),
) as Omit<typeof scorerOptions, "source-lang" | "target-lang">;

interface CorpusArgs {
  folder: string[];
  output: string;
  format?: string;
  threshold: number;
  "mutual-margin": number;
  recover: boolean;
  store: boolean;
  db: string;
  force: boolean;
  quiet: boolean;
  json: boolean;
  jobs?: number;
  "creation-date"?: string;
  queue?: string;
  wait: boolean;
  [key: string]: unknown;
}

/** How one pair of the corpus went. */
interface PairReport {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  pairScore: number;
  status: "aligned" | "stored" | "failed";
  /** 0: aligned in the main thread; 1…: in that worker thread. */
  lane?: number;
  runId?: number;
  units?: number;
  error?: PairFailure;
}

/** `tandem corpus <folder> -o corpus.tmx`: pair the articles, align every pair, write one file. */
export const corpusCommand: CommandModule<object, CorpusArgs> = {
  ...commandHead("corpus"),
  builder: (yargs) =>
    (yargs as Argv)
      .positional("folder", { type: "string", array: true, demandOption: true, describe: "Folder(s) or files of articles" })
      // Required, but checked in the handler: yargs would demand it of `corpus status` too.
      .option("output", { alias: "o", type: "string", describe: "Corpus file: .tmx, .tsv or .jsonl (required)" })
      .option("format", { type: "string", choices: ["tmx", "tsv", "jsonl"], describe: "Output format (default: from the extension)" })
      .option("threshold", { type: "number", default: DEFAULT_PAIR_THRESHOLD, coerce: checkedNumber("--threshold", { min: 0, max: 1 }), describe: "Lowest pair score for two articles to be aligned, unless --mutual-margin pairs them" })
      .option("mutual-margin", mutualMarginOption)
      .option("source-lang", { type: "string", coerce: languageCode("--source-lang"), describe: "Put this language on the source side of its pairs (default: the code that sorts first)" })
      .option("recover", { type: "boolean", default: true, describe: "Pair moved sentences out of order (--no-recover to skip)" })
      .option("store", { type: "boolean", default: true, describe: "Save each pair's run and reuse stored ones (--no-store: align everything, save nothing)" })
      .option("db", dbOption)
      .option("jobs", { type: "number", coerce: checkedNumber("--jobs", { min: 1, max: 256, integer: true }), describe: "Worker threads (default: one per CPU core; 1 for neural/hybrid)" })
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing output file" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "No progress bar or summary" })
      .option("json", { type: "boolean", default: false, describe: "Print the summary as JSON on stdout" })
      .option("creation-date", creationDateOption)
      .option("queue", { type: "string", describe: "Redis URL: enqueue the work for `tandem worker`s instead of doing it here (needs --db postgres://…)" })
      .option("wait", { type: "boolean", default: true, describe: "With --queue: wait for the workers and export (--no-wait: only enqueue)" })
      .options(CORPUS_SCORER_OPTIONS)
      .command(corpusStatusCommand)
      .command(corpusExportCommand)
      .example("$0 corpus seeds/ -o corpus.tmx", "Find the article pairs in seeds/ and write their aligned sentences to one TMX")
      .example("$0 corpus crawl/ -o corpus.jsonl --db crawl.db --json", "JSONL corpus; run again after an interruption to skip finished pairs")
      .example("$0 corpus crawl/ -o corpus.tsv --jobs 1 --threshold 0.2", "Stricter pairing than the default 0.17, one thread")
      .example("$0 corpus crawl/ -o crawl.tmx --queue redis://10.0.0.5:6379 --db postgres://tandem@10.0.0.5/tandem", "Enqueue for `tandem worker`s, wait, export (docs/scale.md)") as unknown as Argv<CorpusArgs>,
  handler: async (argv) => {
    const clock = performance.now();
    if (typeof argv.output !== "string" || argv.output === "") throw new TandemError("USAGE", "Missing required argument: output (-o corpus.tmx)");
    const format = outputFormat(argv.output, argv.format);
    if (format === "align") throw new TandemError("OUTPUT_FORMAT", "a corpus holds many documents; write .tmx, .tsv or .jsonl", { file: argv.output });
    await checkOutputPath(argv.output, { force: argv.force });
    // A postgres:// store is checked when the distributed path connects to it, naming the URL.
    const storePath = argv.store && !isPostgresUrl(argv.db) ? await checkStorePath(argv.db) : undefined;
    // A corrupt or foreign database fails now, not after the articles are read and paired.
    if (storePath?.existed) (await openStore(argv.db)).close();
    const creationDate = parseCreationDate(argv["creation-date"]);
    // A wrong or absent embeddings server is said now, before reading and pairing the folder.
    await checkEmbeddingsEndpoint(argv, [pickScorerArgs(argv).scorerArgs.method as string | undefined]);
    if (argv.queue !== undefined) {
      const { scorerArgs, notes } = pickScorerArgs(argv);
      const sourceLang = typeof argv["source-lang"] === "string" ? argv["source-lang"].toLowerCase() : undefined;
      const result = await runDistributedCorpus({
        inputs: argv.folder,
        output: argv.output,
        format,
        queue: argv.queue,
        db: argv.db,
        settings: {
          threshold: argv.threshold,
          // Stored only when not the default, so corpora enqueued before the option keep their keys.
          ...(argv["mutual-margin"] !== DEFAULT_PAIR_MUTUAL.margin ? { mutualMargin: argv["mutual-margin"] } : {}),
          ...(sourceLang ? { sourceLang } : {}), scorerArgs, recover: argv.recover, tandem: toolVersion() },
        wait: argv.wait,
        force: argv.force,
        quiet: argv.quiet,
        json: argv.json,
        creationDate,
        ...(argv.json
          ? {}
          : {
              onProblem: (problem: InputProblem) => process.stderr.write(`${formatProblem(problem)}\n`),
              onFailure: (failure: { source: string; target: string; message: string; code: string }) =>
                process.stderr.write(`${failure.source} ↔ ${failure.target}: ${failure.message} [${failure.code}]\n`),
            }),
      });
      printDistributed(argv, result, notes);
      return;
    }

    const progress = createProgress(argv);
    let reading = false;
    const times = newStageTimes();
    const found = await findPairs(argv.folder, {
      times,
      threshold: argv.threshold,
      mutual: mutualOf(argv["mutual-margin"]),
      ...(typeof argv["source-lang"] === "string" ? { sourceLang: argv["source-lang"].toLowerCase() } : {}),
      onLoad: (done, total) => {
        if (!reading) progress.start(total, "reading");
        reading = true;
        progress.update(done, total);
      },
    });
    progress.stop();
    const problems: InputProblem[] = [...found.problems];
    if (!argv.json) for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const pairs = found.result.pairs;
    if (pairs.length === 0) {
      throw new TandemError(
        "PAIR_NONE",
        `no article pairs among ${found.documents.length} readable documents (see \`tandem pair ${argv.folder.join(" ")}\`)`,
        { file: argv.folder.join(" ") },
      );
    }

    const store = argv.store ? await openStore(argv.db) : undefined;
    let saved = 0;
    try {
      const byPath = new Map(found.documents.map((document) => [document.path, document]));
      const hashOf = new Map(found.documents.map((document) => [document.path, document.hash]));
      const readSide = (file: string) => {
        const loaded = byPath.get(file)!;
        return { path: loaded.path, hash: loaded.hash, bytes: loaded.bytes, document: loaded.document };
      };
      const { scorerArgs, notes } = pickScorerArgs(argv);
      const parametersOf = (pair: DocumentPair) =>
        corpusParameters(pair, hashOf.get(pair.source)!, hashOf.get(pair.target)!, scorerArgs, argv.recover);
      const reports: PairReport[] = pairs.map((pair) => ({
        source: pair.source,
        target: pair.target,
        sourceLang: pair.sourceLang,
        targetLang: pair.targetLang,
        pairScore: pair.score,
        status: "failed",
      }));
      const parts: (CorpusPart | undefined)[] = pairs.map(() => undefined);
      progress.start(pairs.length, "aligning pairs");
      let done = 0;

      // Resume: a pair already aligned from the same bytes with the same parameters is read back, not redone.
      const previous = store ? latestRunsByParameters(store) : new Map<string, number>();
      const jobs: AlignJob[] = [];
      pairs.forEach((pair, index) => {
        const runId = previous.get(stableJson(parametersOf(pair)));
        if (runId !== undefined && store) {
          const stored = store.loadRun(runId);
          parts[index] = part(stored.beads, sideOf(stored.source, pair.source), sideOf(stored.target, pair.target), creationDate);
          Object.assign(reports[index]!, { status: "stored", runId, units: countUnits(stored.beads) });
          progress.update(++done);
          return;
        }
        jobs.push({
          index,
          source: pair.source,
          target: pair.target,
          sourceLang: pair.sourceLang,
          targetLang: pair.targetLang,
          scorerArgs,
          recover: argv.recover,
          // Embeddings are cached in the SQLite store (not part of the stored parameters).
          ...(storePath ? { embeddingCacheFile: argv.db } : {}),
          sides: { source: readSide(pair.source), target: readSide(pair.target) },
        });
      });

      let encoder: EncoderSummary | undefined;
      const lanes = Math.max(1, Math.min(argv.jobs ?? defaultJobs(scorerArgs.method), jobs.length));
      let laneSeconds = 0;
      const alignStarted = performance.now();
      await runAlignPool(jobs, {
        workers: lanes,
        onOutcome: (outcome) => {
          const report = reports[outcome.index]!;
          report.lane = outcome.lane;
          if (!outcome.ok) {
            report.error = outcome.error;
            if (!argv.json) process.stderr.write(`${report.source} ↔ ${report.target}: ${outcome.error.message} [${outcome.error.code}]\n`);
          } else {
            const aligned = outcome.aligned;
            laneSeconds += aligned.seconds;
            if (aligned.encoder) encoder = addEncoder(encoder, aligned.encoder);
            for (const note of aligned.notes) if (!notes.includes(note)) notes.push(note);
            parts[outcome.index] = part(aligned.beads, aligned.source, aligned.target, creationDate);
            report.status = "aligned";
            report.units = countUnits(aligned.beads);
            if (store) {
              // A store that cannot take the run (disk full, locked) costs the resume, not the corpus.
              try {
                report.runId = saveRun(store, aligned, parametersOf(pairs[outcome.index]!), argv);
                saved += 1;
              } catch (error) {
                const failure = toPairFailure(error);
                problems.push({ file: argv.db, code: failure.code, message: `${report.source} ↔ ${report.target} not saved: ${failure.message}` });
                if (!argv.json) process.stderr.write(`${formatProblem(problems[problems.length - 1]!)}\n`);
              }
            }
          }
          progress.update(++done);
        },
      });
      progress.stop();
      times.align += (performance.now() - alignStarted) / 1000;

      const written = parts.filter((item): item is CorpusPart => item !== undefined);
      const failed = reports.filter((report) => report.status === "failed").length;
      if (written.length === 0) {
        throw new TandemError("PAIR_NONE", `none of the ${pairs.length} pairs could be aligned; nothing written`, { file: argv.output });
      }
      await timeStage(times, "write", () => writeFileAtomic(argv.output, mergeExports(format, written), { force: argv.force }));
      const seconds = Math.round(performance.now() - clock) / 1000;
      const alignedCount = reports.filter((report) => report.status === "aligned").length;
      const summary = {
        output: argv.output,
        format,
        documents: found.documents.length,
        pairs: pairs.length,
        aligned: alignedCount,
        stored: reports.filter((report) => report.status === "stored").length,
        failed,
        units: reports.reduce((sum, report) => sum + (report.units ?? 0), 0),
        unpaired: found.result.unpaired.length,
        duplicates: found.result.duplicates.length,
        seconds,
        // Throughput: pairs aligned (not read back from the store) per second of the whole run,
        // and per lane (each lane is one core: this thread and the worker threads).
        lanes,
        pairsPerSecond: round3(alignedCount / Math.max(seconds, 1e-3)),
        pairsPerSecondPerCore: round3(alignedCount / Math.max(seconds, 1e-3) / lanes),
        stages: roundStageTimes(times),
        // Seconds the aligned pairs took inside their lanes, summed (≈ align CPU).
        alignLaneSeconds: round3(laneSeconds),
        // Peak resident memory of this process, whose lanes are threads: the whole corpus run's peak.
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        ...(encoder ? { encoder } : {}),
      };
      if (argv.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, pairList: reports, unpairedList: found.result.unpaired, duplicateList: found.result.duplicates, problems, notes })}\n`);
      } else if (!argv.quiet) {
        for (const note of notes) process.stderr.write(`note: ${note}\n`);
        process.stdout.write(
          `${argv.output}: ${count(summary.pairs, "article pair")} (${summary.aligned} aligned, ${summary.stored} from the store, ${summary.failed} failed); ` +
            `${count(summary.units, "sentence pair")}; ${count(summary.unpaired, "article")} unpaired; ${count(summary.duplicates, "near-duplicate")} left out; ${summary.seconds.toFixed(1)} s ` +
            `(${summary.pairsPerSecondPerCore} pairs/s per core on ${summary.lanes}; peak ${summary.peakRssMb} MB)\n`,
        );
      }
      // The corpus is written, but a script must still learn that some pairs are missing.
      if (failed > 0) process.exitCode = 1;
    } finally {
      store?.close();
      // A first run that stored nothing must not leave an empty database behind.
      if (storePath && !storePath.existed && saved === 0) await removeNewStore(argv.db);
    }
  },
};

/**
 * The scorer options exactly as `tandem align` defines them, so both commands align
 * alike. The method is settled here, not in each worker: without --method it depends
 * on whether a model is on disk, and the stored parameters must say which one ran.
 * The embedding cache stays in memory (no `db`): several threads writing one SQLite
 * file would wait on each other's locks.
 */
function pickScorerArgs(argv: CorpusArgs): { scorerArgs: Record<string, unknown>; notes: string[] } {
  const scorerArgs: Record<string, unknown> = {};
  for (const key of Object.keys(CORPUS_SCORER_OPTIONS)) if (argv[key] !== undefined) scorerArgs[key] = argv[key];
  const notes: string[] = [];
  if (scorerArgs.method === undefined) {
    const fallback = defaultScorerMethod(argv);
    scorerArgs.method = fallback.method;
    notes.push(fallback.note);
  }
  return { scorerArgs, notes };
}

/**
 * Worker threads when --jobs is not given: one per core for the lexical and length
 * scorers; one for neural and hybrid, whose ONNX runtime already uses every core and
 * whose model would be loaded once per thread.
 */
function defaultJobs(method: unknown): number {
  return method === "neural" || method === "hybrid" ? 1 : availableParallelism();
}

function sideOf(stored: { hash: string; lang: string; text: string; sentences: AlignedSide["sentences"] }, currentPath: string): AlignedSide {
  return { path: currentPath, hash: stored.hash, lang: stored.lang, text: stored.text, sentences: stored.sentences, alignable: 0 };
}

function part(beads: readonly Bead[], source: AlignedSide, target: AlignedSide, creationDate: Date): CorpusPart {
  return { beads, meta: exportMetaFor(source, target, creationDate) };
}

function countUnits(beads: readonly Bead[]): number {
  return beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).length;
}


function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Running totals of the encoder over the pairs aligned in this run. */
function addEncoder(total: EncoderSummary | undefined, pair: EncoderSummary): EncoderSummary {
  if (!total) return pair;
  return {
    ...pair,
    texts: total.texts + pair.texts,
    tokens: total.tokens + pair.tokens,
    paddedTokens: total.paddedTokens + pair.paddedTokens,
    cachedTexts: total.cachedTexts + pair.cachedTexts,
    seconds: Math.round((total.seconds + pair.seconds) * 1000) / 1000,
    sessionLoaded: total.sessionLoaded || pair.sessionLoaded,
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Prints what `runDistributedCorpus` returned: the JSON summary, or one line (and the notes). */
function printDistributed(argv: { json: boolean; quiet: boolean }, result: DistributedCorpusResult, notes: readonly string[]): void {
  if (!result.waited) {
    const summary = result.summary;
    if (argv.json) process.stdout.write(`${JSON.stringify({ ...summary, problems: result.problems })}\n`);
    else if (!argv.quiet) {
      process.stdout.write(
        `corpus ${summary.corpus}: ${summary.documents} documents ${summary.created ? "enqueued" : "already known"}; ` +
          `${summary.ingestJobs} ingest, ${summary.pairJobs} pairing and ${summary.alignJobs} align jobs asked for (see \`tandem corpus status\`)\n`,
      );
    }
    return;
  }
  const summary = result.summary;
  if (argv.json) process.stdout.write(`${JSON.stringify({ ...summary, problems: result.problems, failures: result.failures, notes })}\n`);
  else if (!argv.quiet) {
    for (const note of notes) process.stderr.write(`note: ${note}\n`);
    process.stdout.write(
      `${summary.output}: ${summary.pairs} article pairs (${summary.aligned} aligned, ${summary.failed} failed) by the workers of corpus ${summary.corpus}; ` +
        `${summary.units} sentence pairs; ${summary.unpaired} articles unpaired; ${summary.seconds.toFixed(1)} s\n`,
    );
  }
  if (summary.failed > 0) process.exitCode = 1;
}
