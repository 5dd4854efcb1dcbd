import { promises as fs } from "node:fs";
import { parseAlignFile } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";
import type { BenchDocument } from "./dataset.js";

/** A gold alignment file, checked against the sentence counts of its document. */
export async function readGold(file: string, source: string[], target: string[]): Promise<BenchDocument["gold"]> {
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
