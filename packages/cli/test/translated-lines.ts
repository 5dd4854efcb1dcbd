import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot, runCli } from "./run-cli.js";

/**
 * Aligns two files of `fixtures/align/translated-lines` (line k of one translates line k of the
 * other, e.g. news-20.ko and news-20.en) with `tandem align`, and counts the one-to-one beads that
 * pair a line with its own translation. Throws, with tandem's stderr, when the run fails.
 */
export async function linesAlignedRight(sourceName: string, targetName: string): Promise<number> {
  const dir = path.join(repoRoot, "fixtures/align/translated-lines");
  const work = mkdtempSync(path.join(tmpdir(), "tandem-lines-"));
  try {
    const out = path.join(work, "out.jsonl");
    const result = await runCli(["align", path.join(dir, sourceName), path.join(dir, targetName), "-o", out, "--json"]);
    if (result.status !== 0) throw new Error(`tandem align ${sourceName} ${targetName} exited ${result.status}: ${result.stderr}`);
    const beads = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { source: { ids: number[] }; target: { ids: number[] } });
    return beads.filter((bead) => bead.source.ids.length === 1 && bead.target.ids.length === 1 && bead.source.ids[0] === bead.target.ids[0]).length;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
