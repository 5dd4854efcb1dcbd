import { formatAlignFile, toJsonl, toTmx, toTsv, type Bead, type ExportMeta } from "@tandem/align";
import type { OutputFormat } from "../options/output-format.js";

/**
 * The text of an output file. `.align` is Vecalign's format, `[i, j]:[k]:0.812`, one
 * bead a line with the sentence ids the beads carry (line numbers from 0 for
 * presegmented input), 1-0/0-1 beads included as in Vecalign's output, so the file
 * can be scored against a gold with `tandem eval`.
 *
 * @example
 * renderOutput("tsv", beads, meta) // "Hallo.\tHello.\t0.9000\n"
 */
export function renderOutput(
  format: OutputFormat,
  beads: readonly Bead[],
  meta: ExportMeta,
  options: { keepUnaligned?: boolean } = {},
): string {
  switch (format) {
    case "tmx":
      return toTmx(beads, meta);
    case "tsv":
      return toTsv(beads, meta);
    case "jsonl":
      return toJsonl(beads, meta, options);
    case "align":
      return formatAlignFile(beads);
  }
}
