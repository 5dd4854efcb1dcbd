import type { CommandModule } from "yargs";

/** What `tandem --help` shows of a command, without loading it. */
export interface CommandHead {
  readonly command: string;
  readonly describe: string;
}

/** A subcommand: its head, and its module, imported only when the command runs. */
export interface CommandEntry extends CommandHead {
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load(): Promise<CommandModule<any, any>>;
}

const heads = {
  align: {
    command: "align <source> <target>",
    describe: "Align the sentences of two articles about the same event and write TMX, TSV, JSONL or .align",
  },
  bench: {
    command: "bench <dataset>",
    describe: "Measure alignment quality on a gold set (Text+Berg de-fr, Bible en-zh, ParIce en-is, real page pairs): strict/lax P/R/F1, time, memory",
  },
  eval: { command: "eval <gold> <pred>", describe: "Score a predicted .align file against a gold one: strict and lax precision, recall, F1" },
  runs: { command: "runs", describe: "List the alignment runs saved in the database" },
  export: { command: "export", describe: "Write a saved run to TMX, TSV, JSONL or .align without aligning again" },
  report: {
    command: "report",
    describe: "Write a saved run as one self-contained HTML page: both articles side by side, beads coloured by score, the similarity matrix with the path",
  },
  pair: { command: "pair <inputs..>", describe: "Find articles that report the same event in different languages" },
  corpus: {
    command: "corpus <folder..>",
    describe: "Pair the articles in a folder, align each pair and write one TMX, TSV or JSONL corpus",
  },
  review: {
    command: "review",
    describe: "Review a run's alignment in the terminal (accept, reject, fix), or list it / export it as gold",
  },
  segment: { command: "segment <file>", describe: "Clean an article and split it into language-tagged sentences" },
  worker: {
    command: "worker",
    describe: "Process the jobs of distributed corpora (BullMQ on Redis, store on Postgres) on this machine",
  },
} as const satisfies Record<string, CommandHead>;

/** The head of command `name`: its module spreads it, so help and module never disagree. */
export function commandHead(name: keyof typeof heads): CommandHead {
  return heads[name];
}

/**
 * Every `tandem` subcommand, in help order, one module each in this folder. Modules are
 * imported lazily: `tandem --help` and `tandem runs` must not load language
 * identification, lexicons or the ONNX runtime (see main.ts). Add a command by adding
 * its head above and an entry here.
 */
export const COMMAND_LIST: readonly CommandEntry[] = [
  { name: "align", ...heads.align, load: async () => (await import("./align.js")).alignCommand },
  { name: "bench", ...heads.bench, load: async () => (await import("./bench.js")).benchCommand },
  { name: "eval", ...heads.eval, load: async () => (await import("./eval.js")).evalCommand },
  { name: "runs", ...heads.runs, load: async () => (await import("./runs.js")).runsCommand },
  { name: "export", ...heads.export, load: async () => (await import("./export.js")).exportCommand },
  { name: "report", ...heads.report, load: async () => (await import("./report.js")).reportCommand },
  { name: "pair", ...heads.pair, load: async () => (await import("./pair.js")).pairCommand },
  { name: "corpus", ...heads.corpus, load: async () => (await import("./corpus.js")).corpusCommand },
  { name: "review", ...heads.review, load: async () => (await import("./review.js")).reviewCommand },
  { name: "segment", ...heads.segment, load: async () => (await import("./segment.js")).segmentCommand },
  { name: "worker", ...heads.worker, load: async () => (await import("./worker.js")).workerCommand },
];
