import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Argv, CommandModule } from "yargs";
import {
  alignSentences,
  evaluateAlignment,
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
}

interface MethodResult {
  method: string;
  documents: { name: string; summary: AlignmentSummary }[];
  micro: AlignmentSummary;
  seconds: number;
  peakRssMb: number;
  notes: string[];
}

async function findDataDir(explicit: string | undefined): Promise<string> {
  const candidates = explicit
    ? [path.resolve(explicit)]
    : [await repoRelativeData(), path.resolve("../shared/bench/textberg-de-fr"), path.resolve("shared/bench/textberg-de-fr")];
  for (const candidate of candidates) {
    if ((await fs.stat(candidate).catch(() => undefined))?.isDirectory()) return candidate;
  }
  throw new TandemError("INPUT_MISSING", "Text+Berg data not found; pass --data DIR (the folder with test0.de, test0.fr, test0.defr …)", {
    file: candidates[0],
  });
}

/**
 * ../shared/bench/textberg-de-fr relative to the repository root (the folder holding
 * pnpm-workspace.yaml, found upwards from this file), so the command works from any
 * working directory, from sources or from dist.
 */
async function repoRelativeData(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    if (await fs.stat(path.join(dir, "pnpm-workspace.yaml")).catch(() => undefined)) {
      return path.resolve(dir, "../shared/bench/textberg-de-fr");
    }
    dir = path.dirname(dir);
  }
  return path.resolve("../shared/bench/textberg-de-fr");
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

async function loadDocuments(dir: string, split: string): Promise<BenchDocument[]> {
  const names = split === "dev" ? ["dev"] : ["test0", "test1", "test2", "test3", "test4", "test5", "test6"];
  return Promise.all(
    names.map(async (name) => {
      const [source, target, goldText] = await Promise.all([
        readLines(path.join(dir, `${name}.de`)),
        readLines(path.join(dir, `${name}.fr`)),
        fs.readFile(path.join(dir, `${name}.defr`), "utf8").catch((error: NodeJS.ErrnoException) => {
          throw new TandemError("INPUT_MISSING", `cannot read gold: ${error.code ?? error.message}`, { file: path.join(dir, `${name}.defr`) });
        }),
      ]);
      // Gold indices beyond the sentence files mean mismatched files: stop before aligning.
      const gold = parseAlignFile(goldText, path.join(dir, `${name}.defr`), { sourceCount: source.length, targetCount: target.length });
      return { name, source, target, gold };
    }),
  );
}

const pct = (value: number) => value.toFixed(3);

function formatTable(split: string, dir: string, results: MethodResult[]): string {
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
  const lines = [`Text+Berg de→fr, ${split} (${dir}); scorer A, micro-averaged`, render(header)];
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
  describe: "Measure alignment quality on a gold set (Text+Berg de-fr): strict/lax P/R/F1, time, memory",
  builder: (yargs) =>
    (yargs as Argv)
      .positional("dataset", { type: "string", choices: ["textberg"], describe: "Benchmark to run", demandOption: true })
      .option("method", {
        alias: "scorer",
        type: "string",
        default: "lexical",
        describe: `Comma-separated scorers to compare (${SCORER_METHODS.join(", ")})`,
      })
      .option("data", { type: "string", describe: "Folder with the Text+Berg files (default: ../shared/bench/textberg-de-fr next to the repository)" })
      .option("split", { type: "string", choices: ["test", "dev"], default: "test", describe: "test0-6 (report these) or dev (tune on this)" })
      .option("lexicon", scorerOptions.lexicon)
      .option("max-bead", scorerOptions["max-bead"])
      .options(neuralOptions)
      .option("json", { type: "boolean", default: false, describe: "Print the results as JSON on stdout" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "No progress bar" })
      .example("$0 bench textberg --method length,lexical", "Compare the Gale-Church baseline with the lexical scorer on the test set")
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
    const dir = await findDataDir(argv.data);
    const documents = await loadDocuments(dir, argv.split);
    const progress = createProgress(argv);
    const results: MethodResult[] = [];
    try {
      for (const method of methods) {
        const started = performance.now();
        const { scorer, notes } = await createScorer(
          { method, lexicon: argv.lexicon, "max-bead": maxBead, model: argv.model, "model-dir": argv["model-dir"], offline: argv.offline },
          { sourceLang: "de", targetLang: "fr" },
        );
        const perDocument: { name: string; counts: AlignmentCounts }[] = [];
        const allNotes = new Set(notes);
        progress.start(documents.length, method);
        for (const [k, doc] of documents.entries()) {
          const result = await alignSentences(doc.source, doc.target, { scorer, maxBead });
          for (const note of result.notes) allNotes.add(note);
          perDocument.push({ name: doc.name, counts: evaluateAlignment(doc.gold, result.beads) });
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
      process.stdout.write(formatTable(argv.split, dir, results));
    }
  },
};
