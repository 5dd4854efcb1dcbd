import type { Bead } from "../bead.js";

/**
 * Writes beads in Vecalign's `.align` format, one bead a line: `[i, j]:[k]:0.812`,
 * `[]:[k]:0.000` and `[i]:[]:0.000` for deletions; 0-based sentence indices.
 *
 * @example
 * formatAlignFile([{ source: [0, 1], target: [0], score: 0.8123 }]) // "[0, 1]:[0]:0.812\n"
 */
export function formatAlignFile(beads: readonly Pick<Bead, "source" | "target" | "score">[]): string {
  return beads.map((bead) => `[${bead.source.join(", ")}]:[${bead.target.join(", ")}]:${bead.score.toFixed(3)}\n`).join("");
}
