import type { PrecisionRecall } from "@tandem/align";
import type { BenchReportData, BenchReportPair, BenchReportSet, GroupRow, ReportGroup } from "./bench-report-data.js";
import { escapeHtml } from "./escape-html.js";
import { reportPage } from "./report-page.js";

/** A pair's groups start folded when it has more rows than this (the Bible has thousands). */
const OPEN_ROWS = 300;

const STYLE = `
main.bench{padding:6px 22px 40px;max-width:1500px}
section.set{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:4px 16px 16px;margin:14px 0}
.facts{color:#56606b;font-size:12.5px;margin:-4px 0 10px}
.figs{display:flex;flex-wrap:wrap;gap:22px;align-items:flex-start}
table.scores{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:13px}
table.scores th,table.scores td{padding:3px 8px;border-bottom:1px solid #eceef1;text-align:right;white-space:nowrap}
table.scores th{font-weight:600;color:#3a434d;background:#f6f7f9}
table.scores th.grp{text-align:center;border-bottom:1px solid #d3d8de}
table.scores td.name,table.scores th.name{text-align:left}
table.scores td.name a{color:#1f5fbf;text-decoration:none}
table.scores tr.total td{font-weight:600;background:#f6f7f9}
table.scores td.f1{position:relative}
table.scores td.f1 i{position:absolute;left:0;bottom:0;height:3px;background:var(--c);width:var(--w)}
table.scores td.err{color:#b4232a;font-size:12px;text-align:left;white-space:normal;max-width:260px}
svg.chart text{font:11.5px system-ui,sans-serif;fill:#3a434d}
svg.chart .strict{fill:#2c6fb7}
svg.chart .loose{fill:#9ecae1}
svg.chart .grid{stroke:#e4e7eb}
details.pair{border-top:1px solid #eceef1;padding:6px 0}
details.pair>summary{cursor:pointer;font-size:13.5px}
details.pair>summary .counts{color:#56606b;font-size:12.5px;margin-left:8px}
.tag{display:inline-block;font-size:10.5px;line-height:15px;padding:0 5px;border-radius:3px;background:#e4e7eb;color:#3a434d;margin-left:4px}
table.groups{border-collapse:separate;border-spacing:0 3px;width:100%;table-layout:fixed;font-size:13px;margin-top:6px}
table.groups th{text-align:left;font-weight:600;color:#3a434d;font-size:12px;padding:2px 8px}
table.groups th.st,table.groups td.st{width:74px;text-align:center}
table.groups td{vertical-align:top;padding:4px 8px;overflow-wrap:anywhere}
table.groups td.g,table.groups td.p{border-radius:4px}
table.groups .src{display:block}
table.groups .tgt{display:block;color:#3f5870;border-top:1px dotted #c4cad1;margin-top:3px;padding-top:3px}
table.groups .sep{color:#9aa3ad}
tr.correct td.g,tr.correct td.p{background:#eaf6ea}
tr.missed td.g{background:#fde8e8;box-shadow:inset 3px 0 0 #d33}
tr.wrong td.p{background:#fff1dc;box-shadow:inset 3px 0 0 #e08a00}
td.empty{color:#9aa3ad;text-align:center}
td.st .badge{font-weight:600}
tr.missed td.st .badge{background:#fde8e8;color:#a31d1d}
tr.wrong td.st .badge{background:#fff1dc;color:#8a5200}
tr.correct td.st .badge{background:#eaf6ea;color:#2b6b2b}
label.only{font-size:12.5px;color:#3a434d;cursor:pointer}
body:has(#only-errors:checked) tr.correct{display:none}
footer{color:#8a939c;font-size:11.5px;padding:0 22px 30px}
`;

const f3 = (value: number) => value.toFixed(3);

/**
 * The benchmark report: per set a table of strict and link (or lax) P/R/F1 per pair and
 * micro-averaged, a bar chart of the F1s (inline SVG), and for each pair its gold and
 * predicted groups side by side with missed and wrong groups marked. Pure: data in, one
 * self-contained HTML document out (no script at all: the error filter is CSS).
 *
 * @example
 * await writeFileAtomic("bench.html", buildBenchReport({ title: "tandem bench pages", sets, tool: "0.1.0" }));
 */
export function buildBenchReport(data: BenchReportData): string {
  const sets = data.sets.map((set, k) => setHtml(set, k)).join("\n");
  const pairs = data.sets.reduce((n, set) => n + set.pairs.length, 0);
  const body = `<header class="top"><h1>${escapeHtml(data.title)}</h1>
<div class="meta">${data.sets.length} set${data.sets.length === 1 ? "" : "s"}, ${pairs} pair${pairs === 1 ? "" : "s"}; micro-averaged figures; strict = the whole group right, link/lax = sentence links or overlaps.</div>
<div class="legend"><span><span class="swatch" style="background:#2c6fb7"></span>strict F1</span><span><span class="swatch" style="background:#9ecae1"></span>link / lax F1</span>
<span><span class="swatch" style="background:#fde8e8"></span>missed gold group</span><span><span class="swatch" style="background:#fff1dc"></span>wrong predicted group</span><span><span class="swatch" style="background:#eaf6ea"></span>correct</span>
<label class="only"><input type="checkbox" id="only-errors"> show only missed and wrong groups</label></div>
</header>
<main class="bench">
${sets}
</main>
<footer>Written by tandem ${escapeHtml(data.tool)}. Self-contained: no request leaves this file.</footer>`;
  return reportPage({ title: data.title, style: STYLE, body });
}

function setHtml(set: BenchReportSet, k: number): string {
  const [strict, loose] = [set.measures[0] ?? "strict", set.measures[1] ?? "link"];
  const anchor = (pair: number) => `set${k}-pair${pair}`;
  const cells = (figures: Readonly<Record<string, PrecisionRecall>>) =>
    [strict, loose]
      .map((measure, m) => {
        const value = figures[measure];
        if (!value) return "<td></td><td></td><td></td>";
        const colour = m === 0 ? "#2c6fb7" : "#9ecae1";
        return `<td>${f3(value.precision)}</td><td>${f3(value.recall)}</td><td class="f1" data-measure="${escapeHtml(measure)}">${f3(value.f1)}<i style="--w:${(value.f1 * 100).toFixed(1)}%;--c:${colour}"></i></td>`;
      })
      .join("");
  const rows = set.pairs.map((pair, p) => {
    const tags = pair.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join("");
    const error = pair.error ? `<td class="err">${escapeHtml(pair.error)}</td>` : "<td></td>";
    return `<tr class="pair" data-pair="${escapeHtml(pair.name)}"><td class="name"><a href="#${anchor(p)}">${escapeHtml(pair.name)}</a>${tags}</td>${cells(pair.figures)}${error}</tr>`;
  });
  const totals = set.totals.map((total) => `<tr class="total" data-total="${escapeHtml(total.name)}"><td class="name">micro (${escapeHtml(total.name)})</td>${cells(total.figures)}<td></td></tr>`);
  const table = `<table class="scores"><thead><tr><th class="name" rowspan="2">pair</th><th class="grp" colspan="3">${escapeHtml(strict)}</th><th class="grp" colspan="3">${escapeHtml(loose)}</th><th rowspan="2"></th></tr>
<tr><th>P</th><th>R</th><th>F1</th><th>P</th><th>R</th><th>F1</th></tr></thead>
<tbody>${rows.join("\n")}
${totals.join("\n")}</tbody></table>`;
  const chart = barChart(set, strict, loose);
  const details = set.pairs.map((pair, p) => pairHtml(pair, anchor(p), strict, loose)).join("\n");
  return `<section class="set" data-set="${escapeHtml(set.name)}"><h2>${escapeHtml(set.name)}</h2>
<div class="facts">${set.facts.map(escapeHtml).join(" · ")}</div>
<div class="figs">${table}${chart}</div>
${set.pairs.length > 0 ? `<h2>Groups, pair by pair</h2>\n${details}` : ""}
</section>`;
}

/** Horizontal bars, two per pair (strict, then link/lax F1), totals last. */
function barChart(set: BenchReportSet, strict: string, loose: string): string {
  const entries = [...set.pairs.map((pair) => ({ name: pair.name, figures: pair.figures, total: false })), ...set.totals.map((total) => ({ name: `micro (${total.name})`, figures: total.figures, total: true }))];
  const label = 190;
  const width = 300;
  const row = 22;
  const top = 22;
  const height = top + entries.length * row + 8;
  const bars = entries
    .map((entry, k) => {
      const y = top + k * row;
      const strictF1 = entry.figures[strict]?.f1 ?? 0;
      const looseF1 = entry.figures[loose]?.f1 ?? 0;
      const name = entry.name.length > 30 ? `${entry.name.slice(0, 29)}…` : entry.name;
      return `<g><title>${escapeHtml(entry.name)}: ${escapeHtml(strict)} F1 ${f3(strictF1)}, ${escapeHtml(loose)} F1 ${f3(looseF1)}</title>
<text x="${label - 6}" y="${y + 13}" text-anchor="end"${entry.total ? ' font-weight="600"' : ""}>${escapeHtml(name)}</text>
<rect class="strict" x="${label}" y="${y + 2}" width="${(strictF1 * width).toFixed(1)}" height="8"/>
<rect class="loose" x="${label}" y="${y + 11}" width="${(looseF1 * width).toFixed(1)}" height="8"/>
<text x="${label + Math.max(strictF1, looseF1) * width + 4}" y="${y + 14}">${f3(strictF1)}</text></g>`;
    })
    .join("\n");
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<line class="grid" x1="${label + t * width}" x2="${label + t * width}" y1="${top - 4}" y2="${height - 6}"/><text x="${label + t * width}" y="${top - 8}" text-anchor="middle">${t}</text>`)
    .join("");
  return `<svg class="chart" role="img" aria-label="F1 per pair" width="${label + width + 50}" height="${height}" viewBox="0 0 ${label + width + 50} ${height}">${ticks}${bars}</svg>`;
}

function groupCell(group: ReportGroup | undefined, cls: "g" | "p"): string {
  if (!group) return `<td class="${cls} empty">—</td>`;
  const side = (texts: readonly string[]) => (texts.length === 0 ? '<span class="sep">(none)</span>' : texts.map(escapeHtml).join(' <span class="sep">¦</span> '));
  return `<td class="${cls}"><span class="src">${side(group.source)}</span><span class="tgt">${side(group.target)}</span></td>`;
}

const statusOf = (row: GroupRow) => (row.gold && row.predicted ? "correct" : row.gold ? "missed" : "wrong");

function pairHtml(pair: BenchReportPair, anchor: string, strict: string, loose: string): string {
  const rows = pair.rows ?? [];
  const counts = { correct: 0, missed: 0, wrong: 0 };
  for (const row of rows) counts[statusOf(row)]++;
  const figures = `${escapeHtml(strict)} F1 ${f3(pair.figures[strict]?.f1 ?? 0)} · ${escapeHtml(loose)} F1 ${f3(pair.figures[loose]?.f1 ?? 0)}`;
  const summary = `<summary><b>${escapeHtml(pair.name)}</b>${pair.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join("")}<span class="counts">${figures} · ${counts.correct} correct, ${counts.missed} missed, ${counts.wrong} wrong</span></summary>`;
  const body = pair.rows
    ? `<table class="groups"><thead><tr><th>gold group (source ¦ … / target)</th><th class="st"></th><th>predicted group</th></tr></thead><tbody>
${rows.map((row) => `<tr class="${statusOf(row)}">${groupCell(row.gold, "g")}<td class="st"><span class="badge">${statusOf(row)}</span></td>${groupCell(row.predicted, "p")}</tr>`).join("\n")}
</tbody></table>`
    : `<p class="meta">${escapeHtml(pair.error ?? "no groups recorded")}</p>`;
  return `<details class="pair" id="${anchor}" data-pair="${escapeHtml(pair.name)}"${rows.length <= OPEN_ROWS ? " open" : ""}>${summary}${body}</details>`;
}
