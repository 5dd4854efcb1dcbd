import { TandemError } from "@tandem/segment/errors";

/**
 * Prints an error as one line `file:line: message [code]` on stderr and returns
 * the exit code. Stack traces only with --debug: users get the line, we get the trace.
 */
export function reportError(error: unknown, debug: boolean): number {
  if (error instanceof TandemError) {
    const where = [error.at.file, error.at.line].filter((part) => part !== undefined).join(":");
    process.stderr.write(`${where ? `${where}: ` : "tandem: "}${error.message} [${error.code}]\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    // 2 for a mistake in the command line, as yargs and most Unix tools do.
    return error.code === "USAGE" ? 2 : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tandem: internal error: ${message.split("\n")[0]} [INTERNAL]\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 70;
}
