import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Argv, CommandModule } from "yargs";
import {
  alignSentences,
  evaluateAlignment,
  mergeVerseLinks,
  parseAlignFile,
  summarizeCounts,
  type AlignmentCounts,
  type AlignmentSummary,
} from "@tandem/align";
import { TandemError } from "@tandem/segment";
import { createProgress } from "../progress.js";
import { createScorer, maxBeadOf, SCORER_METHODS, scorerOptions } from "../scorer-options.js";
import { neuralOptions } from "../neural-options.js";

interface BenchArgs {
  dataset: string;
  method: string;
  data?: string;
  split: string;
  lexicon?: string;
  "max-bead": number;
  json: boolean;
  quiet: boolean;
  model?: string;
  "model-dir"?: string;
  offline?: boolean;
}

/** One benchmark document: sentence files and gold. */
interface BenchDocument {
  readonly name: string;
  readonly source: string[];
  readonly target: string[];
  readonly gold: ReturnType<typeof parseAlignFile>;
  /** Verse IDs per line (Bible): predicted links inside one verse are merged before scoring (variant E). */
  readonly verses?: { source: string[]; target: string[] };
}

/** A gold set `tandem bench` knows: where its data lives by default, its pair, how to read it. */
interface Dataset {
  readonly title: string;
  readonly folder: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly scoring: string;
  readonly splits: readonly string[];
  readonly missing: string;
  load(dir: string, split: string): Promise<BenchDocument[]>;
}

interface MethodResult {
  method: string;
  documents: { name: string; summary: AlignmentSummary }[];
  micro: AlignmentSummary;
  seconds: number;
  peakRssMb: number;
  notes: string[];
}

async function findDataDir(explicit: string | undefined, dataset: Dataset): Promise<string> {
  const candidates = explicit
    ? [path.resolve(explicit)]
    : [await repoRelativeData(dataset.folder), path.resolve("../shared/bench", dataset.folder), path.resolve("shared/bench", dataset.folder)];
  for (const candidate of candidates) {
    if ((await fs.stat(candidate).catch(() => undefined))?.isDirectory()) return candidate;
  }
  throw new TandemError("INPUT_MISSING", dataset.missing, { file: candidates[0] });
}

/**
 * ../shared/bench/textberg-de-fr relative to the repository root (the folder holding
 * pnpm-workspace.yaml, found upwards from this file), so the command works from any
 * working directory, from sources or from dist.
 */
async function repoRelativeData(folder: string): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    if (await fs.stat(path.join(dir, "pnpm-workspace.yaml")).catch(() => undefined)) {
      return path.resolve(dir, "../shared/bench", folder);
    }
    dir = path.dirname(dir);
  }
  return path.resolve("../shared/bench", folder);
}

async function readLines(file: string): Promise<string[]> {
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("INPUT_MISSING", `cannot read benchmark file: ${error.code ?? error.message}`, { file });
  });
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new TandemError("INPUT_EMPTY", "benchmark file is empty", { file });
  return lines;
}

async function readGold(file: string, source: string[], target: string[]): Promise<BenchDocument["gold"]> {
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("INPUT_MISSING", `cannot read gold: ${error.code ?? error.message}`, { file });
  });
  // A null link past the last sentence (ParIce u_1 has "[41]:[]" for 41 sentences) can never
  // be matched and the reference scorer keeps it silently: blank it (line numbers stay).
  // Any other index beyond the sentence files means mismatched files: stop before aligning.
  const tolerated = text
    .split("\n")
    .map((line) => {
      const nullLink = /^\s*\[\s*(\d+)\s*\]\s*:\s*\[\s*\]\s*$/.exec(line) ?? /^\s*\[\s*\]\s*:\s*\[\s*(\d+)\s*\]\s*$/.exec(line);
      if (!nullLink) return line;
      const limit = line.trimStart().startsWith("[]") ? target.length : source.length;
      return Number(nullLink[1]) >= limit ? "" : line;
    })
    .join("\n");
  return parseAlignFile(tolerated, file, { sourceCount: source.length, targetCount: target.length });
}

async function loadTextberg(dir: string, split: string): Promise<BenchDocument[]> {
  const names = split === "dev" ? ["dev"] : ["test0", "test1", "test2", "test3", "test4", "test5", "test6"];
  return Promise.all(
    names.map(async (name) => {
      const [source, target] = await Promise.all([readLines(path.join(dir, `${name}.de`)), readLines(path.join(dir, `${name}.fr`))]);
      return { name, source, target, gold: await readGold(path.join(dir, `${name}.defr`), source, target) };
    }),
  );
}

/** ParIce lines are `<index>\t<sentence>`; the index must be the line number. */
async function readIndexedLines(file: string): Promise<string[]> {
  return (await readLines(file)).map((line, k) => {
    const tab = line.indexOf("\t");
    if (tab < 0 || line.slice(0, tab) !== String(k)) {
      throw new TandemError("INPUT_UNREADABLE", `expected "${k}<TAB>sentence"`, { file, line: k + 1 });
    }
    return line.slice(tab + 1);
  });
}

async function loadParice(dir: string): Promise<BenchDocument[]> {
  const names = (await fs.readdir(path.join(dir, "gold")).catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("INPUT_MISSING", `cannot read gold folder: ${error.code ?? error.message}`, { file: path.join(dir, "gold") });
  }))
    .filter((file) => file.endsWith(".txt"))
    .map((file) => file.slice(0, -4))
    .sort();
  if (names.length === 0) throw new TandemError("INPUT_EMPTY", "no gold/<doc>.txt files", { file: path.join(dir, "gold") });
  return Promise.all(
    names.map(async (name) => {
      const [source, target] = await Promise.all([
        readIndexedLines(path.join(dir, "eng", `${name}.txt`)),
        readIndexedLines(path.join(dir, "isl", `${name}.txt`)),
      ]);
      return { name, source, target, gold: await readGold(path.join(dir, "gold", `${name}.txt`), source, target) };
    }),
  );
}

async function loadBible(dir: string): Promise<BenchDocument[]> {
  const [source, target, sourceVerses, targetVerses] = await Promise.all(
    ["en.txt", "zh.txt", "en.verse", "zh.verse"].map((file) => readLines(path.join(dir, file))),
  );
  for (const [verses, lines, file] of [[sourceVerses!, source!, "en.verse"], [targetVerses!, target!, "zh.verse"]] as const) {
    if (verses.length !== lines.length) {
      throw new TandemError("ALIGN_MISMATCH", `${verses.length} verse IDs for ${lines.length} sentences`, { file: path.join(dir, file) });
    }
  }
  return [
    {
      name: "bible",
      source: source!,
      target: target!,
      gold: await readGold(path.join(dir, "gold.align"), source!, target!),
      verses: { source: sourceVerses!, target: targetVerses! },
    },
  ];
}

const DATASETS: Record<string, Dataset> = {
  textberg: {
    title: "Text+Berg de→fr",
    folder: "textberg-de-fr",
    sourceLang: "de",
    targetLang: "fr",
    scoring: "scorer A",
    splits: ["test", "dev"],
    missing: "Text+Berg data not found; pass --data DIR (the folder with test0.de, test0.fr, test0.defr …)",
    load: loadTextberg,
  },
  bible: {
    title: "Bible en→zh",
    folder: "bible-en-zh",
    sourceLang: "en",
    targetLang: "zh",
    scoring: "scorer A on verse-merged links (variant E)",
    splits: ["test"],
    missing: "Bible data not found; pass --data DIR (the folder with en.txt, zh.txt, en.verse, zh.verse, gold.align)",
    load: (dir) => loadBible(dir),
  },
  parice: {
    title: "ParIce en→is",
    folder: "parice-en-is",
    sourceLang: "en",
    targetLang: "is",
    scoring: "scorer A",
    splits: ["test"],
    missing: "ParIce data not found; pass --data DIR (the folder with eng/, isl/ and gold/)",
    load: (dir) => loadParice(dir),
  },
};

const pct = (value: number) => value.toFixed(3);

function formatTable(dataset: Dataset, split: string, dir: string, results: MethodResult[]): string {
  const header = ["method", "document", "strict P", "R", "F1", "lax P", "R", "F1", "links"];
  const rows: string[][] = [];
  for (const result of results) {
    const line = (name: string, s: AlignmentSummary) => [
      result.method,
      name,
      pct(s.strict.precision),
      pct(s.strict.recall),
      pct(s.strict.f1),
      pct(s.lax.precision),
      pct(s.lax.recall),
      pct(s.lax.f1),
      String(s.counts.testLinks),
    ];
    for (const doc of result.documents) rows.push(line(doc.name, doc.summary));
    rows.push(line("micro-avg", result.micro));
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const render = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  const lines = [`${dataset.title}, ${split} (${dir}); ${dataset.scoring}, micro-averaged`, render(header)];
  let method = "";
  for (const row of rows) {
    if (row[0] !== method && method !== "") lines.push("");
    method = row[0]!;
    lines.push(render(row));
  }
  lines.push("");
  for (const result of results) {
    lines.push(`${result.method}: ${result.seconds.toFixed(2)} s wall, peak RSS ${result.peakRssMb.toFixed(0)} MB${result.notes.length ? `; ${result.notes.join("; ")}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

export const benchCommand: CommandModule<object, BenchArgs> = {
  command: "bench <dataset>",
  describe: "Measure alignment quality on a gold set (Text+Berg de-fr, Bible en-zh, ParIce en-is): strict/lax P/R/F1, time, memory",
  builder: (yargs) =>
    (yargs as Argv)
      .positional("dataset", { type: "string", choices: Object.keys(DATASETS), describe: "Benchmark to run", demandOption: true })
      .option("method", {
        alias: "scorer",
        type: "string",
        default: "lexical",
        describe: `Comma-separated scorers to compare (${SCORER_METHODS.join(", ")})`,
      })
      .option("data", { type: "string", describe: "Folder with the benchmark files (default: ../shared/bench/<textberg-de-fr|bible-en-zh|parice-en-is> next to the repository)" })
      .option("split", { type: "string", choices: ["test", "dev"], default: "test", describe: "Text+Berg: test0-6 (report these) or dev (tune on this); Bible and ParIce have test only" })
      .option("lexicon", scorerOptions.lexicon)
      .option("max-bead", scorerOptions["max-bead"])
      .options(neuralOptions)
      .option("json", { type: "boolean", default: false, describe: "Print the results as JSON on stdout" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "No progress bar" })
      .example("$0 bench textberg --method length,lexical", "Compare the Gale-Church baseline with the lexical scorer on the test set")
      .example("$0 bench bible --method length,lexical", "English-Chinese Bible (5,000 × 6,301 sentences, no lexicon), verse-merged scoring")
      .example("$0 bench parice", "English-Icelandic ParIce, 10 documents (no lexicon)")
      .example("$0 bench textberg --split dev --json", "Dev-set figures as JSON, for tuning scripts")
      .example("$0 bench textberg --scorer neural,hybrid", "Quality with multilingual embeddings (LaBSE; downloaded once, see docs/neural.md)") as unknown as Argv<BenchArgs>,
  handler: async (argv) => {
    const methods = argv.method.split(",").map((m) => m.trim()).filter(Boolean);
    for (const method of methods) {
      if (!(SCORER_METHODS as readonly string[]).includes(method)) {
        throw new TandemError("USAGE", `unknown --method "${method}"; use one of ${SCORER_METHODS.join(", ")}`);
      }
    }
    if (methods.length === 0) throw new TandemError("USAGE", "--method names no scorer");
    const maxBead = maxBeadOf(argv);
    const dataset = DATASETS[argv.dataset]!;
    if (!dataset.splits.includes(argv.split)) {
      throw new TandemError("USAGE", `${argv.dataset} has no ${argv.split} split; use ${dataset.splits.join(" or ")}`);
    }
    const dir = await findDataDir(argv.data, dataset);
    const documents = await dataset.load(dir, argv.split);
    const progress = createProgress(argv);
    const results: MethodResult[] = [];
    try {
      for (const method of methods) {
        const started = performance.now();
        const { scorer, notes } = await createScorer(
          { method, lexicon: argv.lexicon, "max-bead": maxBead, model: argv.model, "model-dir": argv["model-dir"], offline: argv.offline },
          { sourceLang: dataset.sourceLang, targetLang: dataset.targetLang },
        );
        const perDocument: { name: string; counts: AlignmentCounts }[] = [];
        const allNotes = new Set(notes);
        progress.start(documents.length, method);
        for (const [k, doc] of documents.entries()) {
          const result = await alignSentences(doc.source, doc.target, { scorer, maxBead });
          for (const note of result.notes) allNotes.add(note);
          const predicted = doc.verses ? mergeVerseLinks(result.beads, doc.verses.source, doc.verses.target) : result.beads;
          perDocument.push({ name: doc.name, counts: evaluateAlignment(doc.gold, predicted) });
          progress.update(k + 1);
        }
        results.push({
          method,
          documents: perDocument.map((d) => ({ name: d.name, summary: summarizeCounts([d.counts]) })),
          micro: summarizeCounts(perDocument.map((d) => d.counts)),
          seconds: (performance.now() - started) / 1000,
          peakRssMb: peakRssMb(),
          notes: [...allNotes],
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
