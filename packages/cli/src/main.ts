import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { commands } from "./commands/index.js";
import { reportError } from "./terminal/report-error.js";

/** Builds the `tandem` parser; exported so tests can drive it without a process. */
export function buildCli(argv: string[]) {
  let cli = yargs(argv)
    .scriptName("tandem")
    .usage("$0 <command> [options]\n\nSentence-aligned parallel data from comparable news articles.")
    .option("debug", { type: "boolean", default: false, describe: "Print stack traces of errors" })
    .demandCommand(1, "Name a command; `tandem --help` lists them.")
    .strict()
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .help()
    .alias("h", "help")
    .version(false)
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`tandem: ${message} [USAGE]\n`);
      process.exitCode = 2;
    });
  for (const command of commands) cli = cli.command(command);
  return cli;
}

async function main(): Promise<void> {
  const argv = hideBin(process.argv);
  try {
    await buildCli(argv).parseAsync();
  } catch (error) {
    process.exitCode = reportError(error, argv.includes("--debug"));
  }
}

await main();
