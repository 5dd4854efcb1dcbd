/**
 * `tandem runs | head -1`: when the reader of stdout goes away, stop quietly (exit 0)
 * instead of dying on an unhandled EPIPE with a stack trace. Whatever the command
 * writes to files is already complete by the time it prints, so nothing is lost.
 */
export function stopOnClosedOutput(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  // A closed stderr (`2>&-`, a dead terminal) must not turn a report into a crash.
  process.stderr.on("error", () => {});
}
