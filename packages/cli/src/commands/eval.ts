import { promises as fs } from "node:fs";
import type { Argv, CommandModule } from "yargs";
import { evaluateAlignment, parseAlignFile, summarizeCounts, type AlignLink } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import { commandHead } from "./command-list.js";

interface EvalArgs {
  gold: string;
  pred: string;
  source?: string;
  target?: string;
  json: boolean;
}

async function readText(file: string, what: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new TandemError("INPUT_MISSING", `${what} file not found`, { file });
  if (stat.isDirectory()) throw new TandemError("INPUT_DIRECTORY", `${what} is a directory, not a file`, { file });
  return fs.readFile(file, "utf8");
}

async function countLines(file: string): Promise<number> {
  const text = await readText(file, "sentence");
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.length;
}

function largest(links: readonly AlignLink[], side: "source" | "target"): number {
  let max = -1;
  for (const link of links) for (const index of link[side]) max = Math.max(max, index);
  return max;
}

export const evalCommand: CommandModule<object, EvalArgs> = {
  ...commandHead("eval"),
  builder: (yargs) =>
    (yargs as Argv)
      .positional("gold", { type: "string", describe: "Gold alignment, Vecalign format ([i, j]:[k] per line)", demandOption: true })
      .positional("pred", { type: "string", describe: "Predicted alignment, same format (a :score field is ignored)", demandOption: true })
      .option("source", { type: "string", describe: "Source sentence file (one a line), to check indices against" })
      .option("target", { type: "string", describe: "Target sentence file (one a line), to check indices against" })
      .option("json", { type: "boolean", default: false, describe: "Print the figures as JSON on stdout" })
      .example("$0 eval test0.defr test0.align", "Strict/lax P/R/F1 of one document")
      .example("$0 eval gold.align pred.align --source a.de --target b.fr --json", "Check indices against the sentence files; JSON out") as unknown as Argv<EvalArgs>,
  handler: async (argv) => {
    const [goldText, predText] = await Promise.all([readText(argv.gold, "gold"), readText(argv.pred, "prediction")]);
    const limits =
      argv.source && argv.target
        ? { sourceCount: await countLines(argv.source), targetCount: await countLines(argv.target) }
        : undefined;
    const gold = parseAlignFile(goldText, argv.gold, limits);
    const pred = parseAlignFile(predText, argv.pred, limits);
    if (!limits) {
      // Without the sentence files, the gold's extent is the best check we have: a
      // prediction that reaches past it was made for other files.
      for (const side of ["source", "target"] as const) {
        const goldMax = largest(gold, side);
        const line = predText.split("\n").findIndex((text) => {
          try {
            return parseAlignFile(text)[0]![side].some((index) => index > goldMax);
          } catch {
            return false;
          }
        });
        if (line >= 0) {
          throw new TandemError(
            "ALIGN_MISMATCH",
            `${side} index beyond the gold's last ${side} sentence (${goldMax}): are these alignments of the same files?`,
            { file: argv.pred, line: line + 1 },
          );
        }
      }
    }
    const summary = summarizeCounts([evaluateAlignment(gold, pred)]);
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    const f = (x: number) => x.toFixed(3);
    process.stdout.write(
      [
        `         precision  recall  F1`,
        `strict   ${f(summary.strict.precision).padStart(9)}  ${f(summary.strict.recall).padStart(6)}  ${f(summary.strict.f1)}`,
        `lax      ${f(summary.lax.precision).padStart(9)}  ${f(summary.lax.recall).padStart(6)}  ${f(summary.lax.f1)}`,
        `${summary.counts.testLinks} predicted links, ${summary.counts.goldLinks} gold links with both sides (scorer A, bench README)`,
        "",
      ].join("\n"),
    );
  },
};
