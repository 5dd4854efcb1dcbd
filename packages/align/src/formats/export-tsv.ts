import type { Bead } from "../bead.js";
import type { ExportMeta } from "./export-meta.js";
import { formatScore } from "./format-score.js";
import { sideText } from "./side-text.js";

/**
 * `source<TAB>target<TAB>score`, one bead a line, no header. Tabs and newlines in
 * the text become spaces (sideText collapses all white space), and beads with an
 * empty side are left out, so every line has exactly three columns.
 *
 * @example
 * toTsv(beads, meta) // "Hallo wereld.\tHello world.\t0.9120\n"
 */
export function toTsv(beads: readonly Bead[], meta: ExportMeta): string {
  let out = "";
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    const source = sideText(meta.source, bead.source);
    const target = sideText(meta.target, bead.target);
    if (!source || !target) continue;
    out += `${source}\t${target}\t${formatScore(bead.score)}\n`;
  }
  return out;
}
