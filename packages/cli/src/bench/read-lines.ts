import { promises as fs } from "node:fs";
import { TandemError } from "@tandem/segment/errors";

/** A benchmark file as lines, without the empty one after a final newline; missing or empty stops the run. */
export async function readLines(file: string): Promise<string[]> {
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("INPUT_MISSING", `cannot read benchmark file: ${error.code ?? error.message}`, { file });
  });
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new TandemError("INPUT_EMPTY", "benchmark file is empty", { file });
  return lines;
}
