import type { PageSummary } from "@tandem/align";
import { summarizePageCounts } from "@tandem/align";
import type { PageResult } from "./pages.js";

/**
 * The ablation table of `tandem bench pages --ablate`: for each rule or pass switched
 * off, the change in micro strict / link F1 per data set (dev pairs only: the hold-out
 * is not looked at while rules are chosen) against the run with everything on. A positive change means the rule costs
 * F1 where it fires; a rule that changes nothing anywhere does not fire on these sets.
 */
export function formatAblationTable(base: readonly PageResult[], ablation: readonly { id: string; results: readonly PageResult[] }[]): string {
  const sets = [...new Set(base.map((r) => r.set))];
  const groups: { label: string; keep: (r: PageResult) => boolean }[] = [
    // Dev pairs only: the hold-out is not looked at while choosing rules.
    ...sets.map((set) => ({ label: `${set} dev`, keep: (r: PageResult) => r.set === set && r.split === "dev" })),
    { label: "all dev", keep: (r: PageResult) => r.split === "dev" },
  ].filter((g) => base.some(g.keep));
  const micro = (results: readonly PageResult[], keep: (r: PageResult) => boolean): PageSummary =>
    summarizePageCounts(results.filter(keep).map((r) => r.summary.counts));
  const signed = (x: number) => (Math.abs(x) < 0.0005 ? "  ·   " : `${x > 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`);
  const header = ["switched off", ...groups.map((g) => `${g.label} strict/link`)];
  const baseRow = ["(none)", ...groups.map((g) => {
    const s = micro(base, g.keep);
    return `${s.strict.f1.toFixed(3)} / ${s.link.f1.toFixed(3)}`;
  })];
  const rows = ablation.map(({ id, results }) => [
    id,
    ...groups.map((g) => {
      const b = micro(base, g.keep);
      const a = micro(results, g.keep);
      return `${signed(a.strict.f1 - b.strict.f1)} / ${signed(a.link.f1 - b.link.f1)}`;
    }),
  ]);
  const all = [header, baseRow, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const render = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  return `\nAblation: change in micro F1 (strict / link) with one rule or pass switched off\n${all.map(render).join("\n")}\n`;
}
