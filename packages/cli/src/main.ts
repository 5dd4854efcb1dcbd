// First: the libraries get their cache folder before anything loads @tandem/segment.
import "./files/use-cache-folders.js";
import { TandemError } from "@tandem/segment/errors";
// yargs' CommonJS build, through a CommonJS module (see yargs-cjs.cts for why).
import yargs from "./terminal/yargs-cjs.cjs";
import { COMMAND_LIST } from "./commands/index.js";
import { renderHelp, withWholeExamples } from "./terminal/render-help.js";
import { helpWidth } from "./terminal/help-width.js";
import { reportError } from "./terminal/report-error.js";
import { stopOnClosedOutput } from "./terminal/stop-on-closed-output.js";

/**
 * Builds the `tandem` parser; exported so tests can drive it without a process. Only
 * the module of the command named in `argv` is imported; the others are registered by
 * name and description, which is all `--help` and "did you mean" need.
 */
export async function buildCli(argv: string[], examples: [string, string][] = []) {
  const named = argv.find((arg) => !arg.startsWith("-"));
  const known = COMMAND_LIST.some((entry) => entry.name === named);
  let cli = yargs(argv)
    .scriptName("tandem")
    // Options are read by their --kebab-case names only; camelCase twins would double
    // every name in "Unknown arguments: min-scor, minScor".
    .parserConfiguration({ "camel-case-expansion": false })
    .usage("$0 <command> [options]\n\nSentence-aligned parallel data from comparable news articles.")
    .option("debug", { type: "boolean", default: false, describe: "Print stack traces of errors" })
    .demandCommand(1, "Name a command; `tandem --help` lists them.")
    .strict()
    .recommendCommands()
    .wrap(helpWidth())
    .help()
    .alias("h", "help")
    .version(false)
    .fail((message, error) => {
      // Throwing (not setting an exit code) is what stops yargs: with a misspelt flag it
      // would otherwise run the handler, align and store the run, and only then fail.
      // A coerce check (options/checked-number.ts) reaches here wrapped in yargs' YError.
      if (error && error.name !== "YError") throw error;
      if (error) throw new TandemError("USAGE", error.message);
      const see = message.includes("--help") ? "" : ` (see \`tandem ${known ? `${named} ` : ""}--help\`)`;
      throw new TandemError("USAGE", `${oneLine(message)}${see}`);
    });
  for (const entry of COMMAND_LIST) {
    cli = cli.command(
      entry.name === named
        ? withWholeExamples(await entry.load(), examples)
        : { command: entry.command, describe: entry.describe, handler: () => {} },
    );
  }
  // yargs renders the whole help text before a command's handler runs, to have it at hand should
  // the handler fail; the `fail` callback above never shows help, so it is never read (~4 % of a
  // one-document align). yargs 17's internals, hence the guards.
  const usage = (cli as unknown as Partial<InternalYargs>).getInternalMethods?.().getUsageInstance();
  if (typeof usage?.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {};
  return cli;
}

interface InternalYargs {
  getInternalMethods(): { getUsageInstance(): { cacheHelpMessage?: () => void } };
}

/** yargs' multi-line messages ("Invalid values:\n  Argument: format, Given: …") as one line. */
function oneLine(message: string): string {
  const choice = /Argument: (\S+), Given: (.+?), Choices: (.+)$/m.exec(message);
  if (choice) return `--${choice[1]} ${choice[2]} is not one of ${choice[3]}`;
  return message.replace(/\s*\n\s*/g, "; ");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  stopOnClosedOutput();
  try {
    const examples: [string, string][] = [];
    let help = "";
    // With a callback yargs hands the help text over instead of printing it, so the
    // examples can be put in whole.
    await (await buildCli(argv, examples)).parseAsync(argv, {}, (_error, _argv, output) => {
      help = output;
    });
    if (help) process.stdout.write(`${renderHelp(help, examples, helpWidth())}\n`);
  } catch (error) {
    process.exitCode = reportError(error, argv.includes("--debug"));
  }
}

// Awaited: as ES modules, the program peaked 8 MB higher when the module finished before main()
// (`tandem align` on one document). The start-up script, which cannot wait at its top level,
// calls it without waiting (scripts/bundle-cli.mjs); main() reports its own errors.
await main();
