import type { AlignmentSummary } from "@tandem/align";
import type { Dataset } from "./dataset.js";
import type { MethodResult } from "./method-result.js";

const pct = (value: number) => value.toFixed(3);

export function formatTable(dataset: Dataset, split: string, dir: string, results: MethodResult[]): string {
  const header = ["method", "document", "strict P", "R", "F1", "lax P", "R", "F1", "links"];
  const rows: string[][] = [];
  for (const result of results) {
    const line = (name: string, s: AlignmentSummary) => [
      result.method,
      name,
      pct(s.strict.precision),
      pct(s.strict.recall),
      pct(s.strict.f1),
      pct(s.lax.precision),
      pct(s.lax.recall),
      pct(s.lax.f1),
      String(s.counts.testLinks),
    ];
    for (const doc of result.documents) rows.push(line(doc.name, doc.summary));
    rows.push(line("micro-avg", result.micro));
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const render = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  const lines = [`${dataset.title}, ${split} (${dir}); ${dataset.scoring}, micro-averaged`, render(header)];
  let method = "";
  for (const row of rows) {
    if (row[0] !== method && method !== "") lines.push("");
    method = row[0]!;
    lines.push(render(row));
  }
  lines.push("");
  for (const result of results) {
    lines.push(`${result.method}: ${result.seconds.toFixed(2)} s wall, peak RSS ${result.peakRssMb.toFixed(0)} MB${result.notes.length ? `; ${result.notes.join("; ")}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
