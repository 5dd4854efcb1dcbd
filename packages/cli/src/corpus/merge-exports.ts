import type { Bead, ExportMeta } from "@tandem/align";
import { renderOutput } from "../pipeline/render-output.js";

/** One aligned document pair to write into a corpus file. */
export interface CorpusPart {
  readonly beads: readonly Bead[];
  readonly meta: ExportMeta;
}

/**
 * One corpus file from many aligned pairs, each rendered by the same exporter as
 * `tandem align`:
 *
 * - TMX: the units of every pair under one header, `tuid`s numbered through; each unit
 *   keeps its `x-source-doc` / `x-target-doc` props. `srclang` becomes `*all*` (TMX 1.4's
 *   value for mixed sources) when the pairs' source languages differ.
 * - TSV: the exporter's three columns plus the source and target document paths, since
 *   a TSV line has no other place for them.
 * - JSONL: the records one after the other; each names its documents already.
 *
 * @example
 * mergeExports("tsv", [{ beads, meta }]) // "Hallo.\tHello.\t0.9000\ta.nl.txt\ta.en.txt\n"
 */
export function mergeExports(format: "tmx" | "tsv" | "jsonl", parts: readonly CorpusPart[]): string {
  if (format === "jsonl") return parts.map((part) => renderOutput("jsonl", part.beads, part.meta)).join("");
  if (format === "tsv") {
    return parts
      .map((part) => {
        const suffix = `\t${oneLine(part.meta.source.path)}\t${oneLine(part.meta.target.path)}`;
        return renderOutput("tsv", part.beads, part.meta)
          .split("\n")
          .filter(Boolean)
          .map((line) => `${line}${suffix}\n`)
          .join("");
      })
      .join("");
  }
  const rendered = parts.map((part) => renderOutput("tmx", part.beads, part.meta).split("\n"));
  const first = rendered[0];
  if (!first) return "";
  const bodyStart = first.indexOf("  <body>");
  const head = first.slice(0, bodyStart + 1);
  const sourceLangs = new Set(parts.map((part) => part.meta.source.lang.toLowerCase()));
  if (sourceLangs.size > 1) {
    for (let k = 0; k < head.length; k++) head[k] = head[k]!.replace(/ srclang="[^"]*"/, ' srclang="*all*"');
  }
  const lines = [...head];
  let tuid = 0;
  for (const file of rendered) {
    const start = file.indexOf("  <body>") + 1;
    const end = file.lastIndexOf("  </body>");
    for (const line of file.slice(start, end)) {
      lines.push(line.startsWith("    <tu tuid=") ? `    <tu tuid="${++tuid}">` : line);
    }
  }
  lines.push("  </body>", "</tmx>", "");
  return lines.join("\n");
}

function oneLine(text: string): string {
  return text.replace(/[\t\n]/g, " ");
}
