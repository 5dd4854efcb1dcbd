import { escapeHtml } from "./escape-html.js";
import { reportPage } from "./report-page.js";
import { RUN_REPORT_SCRIPT } from "./run-report-script.js";
import type { ReportBead, ReportSide, RunReportData, SimilarityGrid } from "./run-report-data.js";
import { scoreHue } from "./score-colour.js";

const STYLE = `
main.run{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(340px,0.95fr);gap:14px;padding:14px 22px 40px}
.panel{background:#fff;border:1px solid #dde1e6;border-radius:6px;min-width:0}
.panel>h2{margin:0;padding:8px 12px;border-bottom:1px solid #e6e9ed;font-size:14px;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.panel>h2 .path{font-weight:400;color:#56606b;font-size:12px;overflow-wrap:anywhere}
.sents{list-style:none;margin:0;padding:6px 8px;overflow:auto;height:calc(100vh - 190px);min-height:420px;position:relative}
.s{position:relative;padding:3px 8px 3px 40px;margin:3px 0;border-radius:4px;cursor:pointer;border:1px solid transparent;overflow-wrap:anywhere}
.s .n{position:absolute;left:4px;top:4px;width:30px;text-align:right;font-size:10.5px;color:#67717c;font-variant-numeric:tabular-nums}
.s.pair{background:hsl(var(--h) 70% 91%);border-color:hsl(var(--h) 45% 80%)}
.s.unaligned{background:#fff;border:1px dashed #aab2bb}
.s.dropped{background:#f2f3f5;color:#7b848e;cursor:default}
.s.moved{box-shadow:inset 4px 0 0 #9b3fc8}
.s .badge{margin-left:6px}
.s .badge.mv{background:#f0e2f7;color:#6e2a91}
.s .badge.un{background:#fff;border:1px dashed #aab2bb}
.s.hl{background:hsl(var(--h) 85% 78%);border-color:#1f5fbf;box-shadow:0 0 0 1px #1f5fbf}
.s.hl.moved{box-shadow:inset 4px 0 0 #9b3fc8,0 0 0 1px #1f5fbf}
.matrix{padding-bottom:10px;align-self:start;position:sticky;top:10px}
.plotwrap{padding:10px 12px 0}
.axis{font-size:11.5px;color:#56606b;display:flex;justify-content:space-between}
.plot{position:relative;width:100%;aspect-ratio:var(--aspect);border:1px solid #c9cfd6;background:#eceff3;cursor:crosshair}
.plot canvas,.plot svg{position:absolute;left:0;top:0;width:100%;height:100%;display:block}
.plot canvas{image-rendering:pixelated}
.plot .path{fill:none;stroke:#f28e2b;stroke-width:1.6;stroke-linejoin:round}
.plot .mv{fill:none;stroke:#d13fd1;stroke-width:2}
.plot .cross{stroke:#1f5fbf;stroke-width:1;stroke-dasharray:3 3}
.plot .sel{fill:#1f5fbf33;stroke:#1f5fbf;stroke-width:2}
.cellinfo{min-height:20px;font-size:12px;color:#3a434d;padding:6px 12px 0;font-variant-numeric:tabular-nums}
.notes{font-size:12px;color:#56606b;padding:4px 12px 0;margin:0}
.notes li{margin:2px 0}
.heatramp{display:inline-block;width:110px;height:10px;border-radius:2px;vertical-align:-1px;background:linear-gradient(90deg,#fff,#9ecae1,#3182bd,#08306b);border:1px solid #0002}
#bead-info{position:fixed;left:0;right:0;bottom:0;background:#1d2329;color:#fff;font-size:12.5px;padding:5px 22px;min-height:26px}
footer{color:#8a939c;font-size:11.5px;padding:0 22px 40px}
@media (max-width:1100px){main.run{grid-template-columns:1fr 1fr}.matrix{grid-column:1/3;position:static}}
`;

/** Where a bead sits on the matrix: rows [r0, r1) and columns [c0, c1), in aligner positions; null when off the axes. */
type BeadRect = readonly [number, number, number, number] | null;

/**
 * The run report: both documents side by side with every sentence (aligned ones coloured
 * by their bead's score, unaligned and dropped ones marked with their kind, moved pairs
 * marked), and the similarity grid as a heatmap with the alignment path over it. A pure
 * function: data in, one self-contained HTML document out.
 *
 * @example
 * await writeFileAtomic("report.html", buildRunReport(runReportData(storedRun, grid, notes)));
 */
export function buildRunReport(data: RunReportData): string {
  const beadOf = { source: new Map<number, number>(), target: new Map<number, number>() };
  data.beads.forEach((bead, k) => {
    for (const id of bead.source) beadOf.source.set(id, k);
    for (const id of bead.target) beadOf.target.set(id, k);
  });
  const pairs = data.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
  const moved = pairs.filter((bead) => bead.moved).length;
  const mean = pairs.length === 0 ? 0 : pairs.reduce((sum, bead) => sum + bead.score, 0) / pairs.length;
  const unaligned = (side: "source" | "target") => data.beads.filter((bead) => bead[side].length > 0 && bead[other(side)].length === 0).reduce((n, bead) => n + bead[side].length, 0);
  const dropped = (side: "source" | "target") => data[side].sentences.filter((sentence) => !beadOf[side].has(sentence.id)).length;
  const title = `tandem run ${data.run.id}: ${data.source.path} ↔ ${data.target.path}`;
  const header = `<header class="top">
<h1>Run ${data.run.id} <span class="meta">· ${escapeHtml(data.run.command)} · ${escapeHtml(data.run.scorer)} scorer · ${escapeHtml(data.run.startedAt)}</span></h1>
<div class="meta"><b>${pairs.length}</b> pairs (<b>${moved}</b> moved), mean score <b>${mean.toFixed(3)}</b> ·
unaligned <b>${unaligned("source")}</b> ${escapeHtml(data.source.lang)} / <b>${unaligned("target")}</b> ${escapeHtml(data.target.lang)} ·
dropped before alignment <b>${dropped("source")}</b> / <b>${dropped("target")}</b> ·
${data.source.sentences.length} × ${data.target.sentences.length} sentences</div>
<div class="legend"><span>bead score <span class="ramp"></span> 0 → 1</span>
<span><span class="badge mv">moved</span> paired out of order</span>
<span><span class="badge un">unaligned</span> no counterpart</span>
<span><span class="badge">boilerplate</span> dropped, with its kind</span>
<span>similarity <span class="heatramp"></span> 0 → 1, path in <span class="swatch" style="background:#f28e2b"></span>orange</span>
<span>hover or click a sentence or the matrix</span></div>
</header>`;
  const body = `${header}
<main class="run">
${sideHtml("source", data.source, data.beads, beadOf.source)}
${sideHtml("target", data.target, data.beads, beadOf.target)}
${matrixHtml(data)}
</main>
<footer>Written by tandem ${escapeHtml(data.tool)}. Self-contained: no request leaves this file.</footer>
<div id="bead-info" aria-live="polite"></div>`;
  return reportPage({ title, style: STYLE, body, data: scriptData(data), script: RUN_REPORT_SCRIPT });
}

const other = (side: "source" | "target") => (side === "source" ? "target" : "source");

function sideHtml(side: "source" | "target", doc: ReportSide, beads: readonly ReportBead[], beadOf: Map<number, number>): string {
  const items = doc.sentences.map((sentence) => {
    const k = beadOf.get(sentence.id);
    const kindBadge = sentence.kind === "body" ? "" : `<span class="badge">${escapeHtml(sentence.kind)}</span>`;
    const prefix = side === "source" ? "s" : "t";
    if (k === undefined) {
      return `<li class="s dropped" id="${prefix}${sentence.id}" title="dropped before alignment: ${escapeHtml(sentence.kind)}"><span class="n">–</span>${escapeHtml(sentence.text)}${kindBadge}</li>`;
    }
    const bead = beads[k]!;
    const paired = bead.source.length > 0 && bead.target.length > 0;
    const shape = `${bead.source.length}-${bead.target.length}`;
    if (!paired) {
      return `<li class="s unaligned" id="${prefix}${sentence.id}" data-b="${k}" title="bead ${k + 1} · ${shape} · unaligned"><span class="n">${k + 1}</span>${escapeHtml(sentence.text)}<span class="badge un">unaligned</span>${kindBadge}</li>`;
    }
    const movedBadge = bead.moved ? `<span class="badge mv">moved</span>` : "";
    return `<li class="s pair${bead.moved ? " moved" : ""}" id="${prefix}${sentence.id}" data-b="${k}" style="--h:${scoreHue(bead.score)}" title="bead ${k + 1} · ${shape} · score ${bead.score.toFixed(3)}"><span class="n">${k + 1}</span>${escapeHtml(sentence.text)}${movedBadge}${kindBadge}</li>`;
  });
  return `<section class="panel doc" id="doc-${side}"><h2>${side === "source" ? "Source" : "Target"} <span class="badge">${escapeHtml(doc.lang)}</span> <span class="path">${escapeHtml(doc.path)}</span></h2>
<ol class="sents">
${items.join("\n")}
</ol></section>`;
}

/** Bead rectangles in aligner positions (rows = source, columns = target). */
function beadRects(grid: SimilarityGrid, beads: readonly ReportBead[]): BeadRect[] {
  const rowOf = new Map(grid.rows.map((id, k) => [id, k]));
  const colOf = new Map(grid.cols.map((id, k) => [id, k]));
  let row = 0;
  let col = 0;
  return beads.map((bead) => {
    const rs = bead.source.map((id) => rowOf.get(id)).filter((k): k is number => k !== undefined);
    const cs = bead.target.map((id) => colOf.get(id)).filter((k): k is number => k !== undefined);
    if (rs.length === 0 && cs.length === 0) return null;
    // An empty side sits where the path is: after the previous bead.
    const r0 = rs.length ? Math.min(...rs) : row;
    const r1 = rs.length ? Math.max(...rs) + 1 : row;
    const c0 = cs.length ? Math.min(...cs) : col;
    const c1 = cs.length ? Math.max(...cs) + 1 : col;
    if (!bead.moved) {
      row = Math.max(row, r1);
      col = Math.max(col, c1);
    }
    return [r0, r1, c0, c1] as const;
  });
}

function matrixHtml(data: RunReportData): string {
  const grid = data.grid;
  const notes = data.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join("");
  if (!grid) {
    return `<section class="panel matrix"><h2>Similarity matrix</h2><ul class="notes">${notes || "<li>no matrix</li>"}</ul></section>`;
  }
  const n = grid.rows.length;
  const m = grid.cols.length;
  const rects = beadRects(grid, data.beads);
  const moved: string[] = [];
  const inOrder: (readonly [number, number, number, number])[] = [];
  rects.forEach((rect, k) => {
    if (!rect) return;
    const [r0, r1, c0, c1] = rect;
    if (data.beads[k]!.moved) {
      moved.push(`<rect class="mv" data-b="${k}" x="${c0}" y="${r0}" width="${Math.max(c1 - c0, 0.5)}" height="${Math.max(r1 - r0, 0.5)}" vector-effect="non-scaling-stroke"/>`);
    } else inOrder.push(rect);
  });
  // The path runs through the corners of the in-order beads: the DP's route across the matrix.
  inOrder.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  const points = ["0,0", ...inOrder.flatMap(([r0, r1, c0, c1]) => [`${c0},${r0}`, `${c1},${r1}`])];
  const band = grid.band === undefined ? "every sentence pair scored" : `scored within ${grid.band} sentences of the path (grey: not scored)`;
  const pooled = grid.block > 1 ? `; each pixel is the best of ${grid.block} × ${grid.block} pairs` : "";
  return `<section class="panel matrix"><h2>Similarity matrix <span class="path">${n} × ${m} sentences the aligner saw</span></h2>
<div class="plotwrap">
<div class="axis"><span>target (${escapeHtml(data.target.lang)}) →</span><span>${m}</span></div>
<div class="plot" id="plot" style="--aspect:${m} / ${n}">
<canvas id="heat" width="${Math.ceil(m / grid.block)}" height="${Math.ceil(n / grid.block)}"></canvas>
<svg id="overlay" viewBox="0 0 ${m} ${n}" preserveAspectRatio="none">
<polyline class="path" points="${points.join(" ")}" vector-effect="non-scaling-stroke"/>
${moved.join("\n")}
<line class="cross" id="cross-h" x1="0" x2="${m}" y1="-10" y2="-10" vector-effect="non-scaling-stroke"/>
<line class="cross" id="cross-v" y1="0" y2="${n}" x1="-10" x2="-10" vector-effect="non-scaling-stroke"/>
<rect class="sel" id="sel" x="-10" y="-10" width="0" height="0" vector-effect="non-scaling-stroke"/>
</svg>
</div>
<div class="axis"><span>↓ source (${escapeHtml(data.source.lang)}), ${n} rows</span><span></span></div>
</div>
<div class="cellinfo" id="cell-info">Point at the matrix to read a similarity.</div>
<ul class="notes"><li>1:1 sentence similarity, ${band}${pooled}; ${grid.cells.toLocaleString("en")} pairs.</li>${notes}</ul>
</section>`;
}

/** What the page's script needs: the grid as base64 and where each bead sits. */
function scriptData(data: RunReportData): unknown {
  const grid = data.grid;
  if (!grid) return { grid: null };
  return {
    grid: {
      n: grid.rows.length,
      m: grid.cols.length,
      block: grid.block,
      gr: Math.ceil(grid.rows.length / grid.block),
      gc: Math.ceil(grid.cols.length / grid.block),
      rows: grid.rows,
      cols: grid.cols,
      cells: Buffer.from(grid.values.buffer, grid.values.byteOffset, grid.values.byteLength).toString("base64"),
    },
    rects: beadRects(grid, data.beads),
    scores: data.beads.map((bead) => Math.round(bead.score * 1000) / 1000),
    shapes: data.beads.map((bead) => `${bead.source.length}-${bead.target.length}${bead.moved ? " moved" : ""}`),
  };
}
