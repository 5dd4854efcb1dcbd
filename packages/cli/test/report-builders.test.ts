import { describe, expect, it } from "vitest";
import { escapeHtml, scriptJson } from "../src/report/escape-html.js";
import { computeSimilarityGrid } from "../src/report/compute-similarity-grid.js";
import { linkGroupRows, pairGroupRows } from "../src/report/bench-group-rows.js";
import { buildRunReport } from "../src/report/build-run-report.js";
import { buildBenchReport } from "../src/report/build-bench-report.js";
import { NOT_COMPUTED, type RunReportData } from "../src/report/run-report-data.js";

const XSS = ["</script><script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<!-- \u2028 & ' \""];

describe("escaping", () => {
  it("turns markup into text for HTML and keeps script blocks closed", () => {
    expect(escapeHtml(XSS[1]!)).toBe("&lt;img src=x onerror=alert(2)&gt;");
    expect(escapeHtml(`a"b'c&`)).toBe("a&quot;b&#39;c&amp;");
    const json = scriptJson({ texts: XSS });
    expect(json).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(json)).toEqual({ texts: XSS });
  });
});

describe("computeSimilarityGrid", () => {
  const diagonal = { similarity: (i0: number, _i1: number, j0: number) => (i0 === j0 ? 1 : 0.25) };
  const ids = (n: number) => Array.from({ length: n }, (_, k) => k);
  const oneToOne = (n: number) => ids(n).map((k) => ({ source: [k], target: [k], score: 1, moved: false }));

  it("scores every pair of a small run, one cell each", () => {
    const grid = computeSimilarityGrid(diagonal, ids(3), ids(2), oneToOne(2));
    expect(grid.block).toBe(1);
    expect(grid.band).toBeUndefined();
    expect(grid.cells).toBe(6);
    expect([...grid.values]).toEqual([254, 64, 64, 254, 64, 64]);
  });

  it("pools a large run into blocks and scores only a band around the path", () => {
    const grid = computeSimilarityGrid(diagonal, ids(40), ids(40), oneToOne(40), { maxCells: 400, maxSide: 10 });
    expect(grid.block).toBe(4);
    expect(grid.band).toBe(5);
    expect(grid.values.length).toBe(100);
    // The diagonal blocks hold the best pair (1.0); far corners were never scored.
    expect(grid.values[0]).toBe(254);
    expect(grid.values[99]).toBe(254);
    expect(grid.values[9]).toBe(NOT_COMPUTED);
    expect(grid.cells).toBeLessThanOrEqual(40 * 11);
  });
});

describe("group rows", () => {
  it("pairs identical gold and predicted links, and marks the rest missed or wrong in reading order", () => {
    const rows = linkGroupRows(
      [
        { source: [0], target: [0] },
        { source: [1, 2], target: [1] },
      ],
      [
        { source: [0], target: [0] },
        { source: [1], target: [1] },
        { source: [2], target: [] },
      ],
      ["a", "b", "c"],
      ["A", "B"],
    );
    expect(rows).toEqual([
      { gold: { source: ["a"], target: ["A"] }, predicted: { source: ["a"], target: ["A"] } },
      { gold: { source: ["b", "c"], target: ["B"] } },
      { predicted: { source: ["b"], target: ["B"] } },
      { predicted: { source: ["c"], target: [] } },
    ]);
  });

  it("counts a repeated predicted group once", () => {
    const group = { key: "x", position: 0, group: { source: ["s"], target: ["t"] } };
    expect(pairGroupRows([], [group, group])).toEqual([{ predicted: group.group }]);
  });
});

const run: RunReportData = {
  run: { id: 7, command: "align", startedAt: "2026-01-01T00:00:00Z", scorer: "lexical" },
  source: { path: "<a>.txt", lang: "nl", sentences: XSS.map((text, id) => ({ id, text, kind: id === 2 ? "boilerplate" : "body" })) },
  target: { path: "b.txt", lang: "en", sentences: [{ id: 0, text: "One.", kind: "body" }, { id: 1, text: "Two.", kind: "body" }] },
  beads: [
    { source: [0], target: [1], score: 0.8, moved: false },
    { source: [1], target: [], score: 0, moved: false },
    { source: [], target: [0], score: 0, moved: true },
  ],
  notes: ["<b>note</b>"],
  tool: "test",
};

describe("buildRunReport", () => {
  it("writes page text only escaped, and marks every bead, unaligned and dropped sentence", () => {
    const html = buildRunReport(run);
    for (const text of XSS) expect(html).not.toContain(text);
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;a&gt;.txt");
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/data-b="\d+"/g)).toHaveLength(4);
    expect(html).toMatch(/class="s dropped"[^>]*>[^\n]*boilerplate/);
    expect(html).toContain('<span class="badge un">unaligned</span>');
  });
});

describe("buildBenchReport", () => {
  it("writes a table row and a group listing per pair, text escaped, and no script", () => {
    const figures = { strict: { precision: 1, recall: 0.5, f1: 2 / 3 }, link: { precision: 1, recall: 1, f1: 1 } };
    const html = buildBenchReport({
      title: "bench <x>",
      tool: "test",
      sets: [
        {
          name: "set",
          measures: ["strict", "link"],
          facts: [],
          totals: [{ name: "all", figures }],
          pairs: [
            { name: "p<1>", tags: ["dev"], figures, rows: [{ gold: { source: [XSS[0]!], target: [XSS[1]!] } }] },
            { name: "p2", tags: [], figures, error: "refused" },
          ],
        },
      ],
    });
    for (const text of XSS) expect(html).not.toContain(text);
    expect(html).not.toContain("<script");
    expect(html.match(/<tr class="pair"/g)).toHaveLength(2);
    expect(html).toContain('data-pair="p&lt;1&gt;"');
    expect(html).toContain('<tr class="missed">');
    expect(html).toMatch(/data-measure="strict">0\.667/);
  });
});
