import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRunReport } from "../src/report/build-run-report.js";
import { computeSimilarityGrid } from "../src/report/compute-similarity-grid.js";
import { repoRoot, runCli } from "./run-cli.js";

// Debian's chromium (scripts/setup.sh installs it), driven by playwright-core: no browser
// download, a fresh profile, nothing that phones home.
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const XSS_PAIR = path.join(repoRoot, "fixtures/report/xss-nl-en");
const SCRIPT_SENTENCE = "</script><script>alert(1)</script>";
const IMG_SENTENCE = "<img src=x onerror=alert(2)>";

let context: BrowserContext;
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "tandem-report-"));
  context = await chromium.launchPersistentContext(path.join(scratch, "profile"), { executablePath: CHROMIUM, headless: true, args: FLAGS });
});
afterAll(async () => {
  await context?.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Loaded {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request but the report file itself. */
  requests: string[];
  /** alert/confirm/prompt messages: none may ever open. */
  dialogs: string[];
  png: Buffer;
}

/** Opens a report file, records what it tries to do, and takes a screenshot. */
async function load(file: string): Promise<Loaded> {
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const loaded: Omit<Loaded, "png"> = { page, errors: [], requests: [], dialogs: [] };
  page.on("console", (message) => {
    if (message.type() === "error") loaded.errors.push(message.text());
  });
  page.on("pageerror", (error) => loaded.errors.push(String(error)));
  page.on("request", (request) => {
    if (request.url() !== url) loaded.requests.push(request.url());
  });
  page.on("dialog", (dialog) => {
    loaded.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  await page.setViewportSize({ width: 1500, height: 1000 });
  await page.goto(url, { waitUntil: "load" });
  const png = await page.screenshot({ path: `${file}.png` });
  return { ...loaded, png };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function expectClean(loaded: Loaded) {
  expect(loaded.errors).toEqual([]);
  expect(loaded.requests).toEqual([]);
  expect(loaded.dialogs).toEqual([]);
  expect(loaded.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
}

interface RunSummary {
  run: number;
  beads: number;
  sentences: { source: number; target: number };
  matrix: { rows: number; cols: number; block: number } | null;
}

/** Aligns two files into a fresh store and writes the report of that run. */
async function runReport(name: string, source: string, target: string): Promise<{ file: string; summary: RunSummary }> {
  const db = path.join(scratch, `${name}.db`);
  const aligned = await runCli(["align", source, target, "-o", path.join(scratch, `${name}.tmx`), "--db", db, "--scorer", "lexical", "-q"]);
  expect(aligned.status, aligned.stderr).toBe(0);
  const file = path.join(scratch, `${name}.html`);
  const result = await runCli(["report", "--db", db, "-o", file, "--json"]);
  expect(result.status, result.stderr).toBe(0);
  return { file, summary: JSON.parse(result.stdout) as RunSummary };
}

describe("tandem report in Chromium", () => {
  it("shows the seed pair: every sentence, every stored bead, the matrix with its path; no error, no request", async () => {
    const { file, summary } = await runReport("seed", "seeds/000_a2c988d880e43a81.txt", "seeds/001_9c2bcb4f48ee580e.txt");
    const loaded = await load(file);
    expectClean(loaded);
    const { page } = loaded;
    expect(await page.locator("#doc-source li").count()).toBe(summary.sentences.source);
    expect(await page.locator("#doc-target li").count()).toBe(summary.sentences.target);
    const shown = await page.$$eval("li[data-b]", (items) => [...new Set(items.map((item) => Number(item.getAttribute("data-b"))))].sort((a, b) => a - b));
    expect(shown).toEqual(Array.from({ length: summary.beads }, (_, k) => k));
    expect(await page.locator("li.dropped .badge", { hasText: "boilerplate" }).count()).toBeGreaterThan(0);
    expect(await page.locator("li.moved").count()).toBeGreaterThan(0);
    // The heatmap is drawn (one pixel per cell, not all alike) and the path crosses it.
    const grid = summary.matrix!;
    expect(await page.getAttribute("#plot", "data-drawn")).toBe(String(grid.rows * grid.cols));
    const shades = await page.$eval("#heat", (element) => {
      // The test tsconfig has no DOM library: the canvas as much as this test needs of it.
      type Canvas = { width: number; height: number; getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
      const canvas = element as unknown as Canvas;
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let k = 0; k < data.length; k += 4) seen.add(data[k]!);
      return seen.size;
    });
    expect(shades).toBeGreaterThan(5);
    expect((await page.getAttribute("polyline.path", "points"))!.split(" ").length).toBeGreaterThan(10);
    // Clicking a sentence highlights its bead in both documents.
    const first = page.locator('#doc-source li.pair').first();
    const bead = await first.getAttribute("data-b");
    await first.click();
    const lit = await page.$$eval("li.hl", (items) => items.map((item) => [item.id.charAt(0), item.getAttribute("data-b")]));
    expect(new Set(lit.map(([side]) => side))).toEqual(new Set(["s", "t"]));
    expect(lit.every(([, b]) => b === bead)).toBe(true);
    expect(await page.textContent("#bead-info")).toContain(`bead ${Number(bead) + 1}`);
  });

  it("keeps page text as text: a script or img sentence runs nothing and loads nothing", async () => {
    const { file } = await runReport("xss", path.join(XSS_PAIR, "src.txt"), path.join(XSS_PAIR, "tgt.txt"));
    const loaded = await load(file);
    const { page } = loaded;
    expect(loaded.dialogs).toEqual([]);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2); // the data block and the report's own script
    expect(await page.locator("li", { hasText: SCRIPT_SENTENCE }).count()).toBe(2);
    expect(await page.locator("li", { hasText: IMG_SENTENCE }).count()).toBe(2);
    expectClean(loaded);
    expect(readFileSync(file, "utf8")).not.toContain(SCRIPT_SENTENCE);
  });

  it("draws a 2,000 × 2,000 run", async () => {
    const n = 2000;
    const sentences = Array.from({ length: n }, (_, id) => ({ id, text: `Sentence ${id}.`, kind: "body" }));
    const beads = sentences.map((sentence) => ({ source: [sentence.id], target: [sentence.id], score: (sentence.id % 10) / 10, moved: false }));
    const ids = sentences.map((sentence) => sentence.id);
    const grid = computeSimilarityGrid({ similarity: (i, _i1, j) => 1 / (1 + Math.abs(i - j)) }, ids, ids, beads);
    const file = path.join(scratch, "large.html");
    writeFileSync(
      file,
      buildRunReport({
        run: { id: 1, command: "align", startedAt: "2026-01-01T00:00:00Z", scorer: "test" },
        source: { path: "a.txt", lang: "de", sentences },
        target: { path: "b.txt", lang: "fr", sentences },
        beads,
        grid,
        notes: [],
        tool: "test",
      }),
    );
    const loaded = await load(file);
    expectClean(loaded);
    expect(await loaded.page.getAttribute("#plot", "data-drawn")).toBe(String(1000 * 1000));
    expect(await loaded.page.locator("li[data-b]").count()).toBe(2 * n);
  });
});

interface PagesJson {
  results: { results: { name: string; summary: { strict: { f1: number }; link: { f1: number } } }[] }[];
}

describe("tandem bench --report in Chromium", () => {
  it("shows every page pair with its F1, and each pair's groups; page text stays text", async () => {
    const file = path.join(scratch, "pages.html");
    const pairs = ["leiden-rector-nl-en", "bettel-paris-de-fr"];
    const result = await runCli(["bench", "pages", "--pairs", pairs.join(","), "--report", file, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const figures = (JSON.parse(result.stdout) as PagesJson).results[0]!.results;
    const loaded = await load(file);
    expectClean(loaded);
    const { page } = loaded;
    for (const pair of figures) {
      const row = page.locator(`tr.pair[data-pair="${pair.name}"]`);
      expect(await row.locator('td[data-measure="strict"]').textContent()).toBe(pair.summary.strict.f1.toFixed(3));
      expect(await row.locator('td[data-measure="link"]').textContent()).toBe(pair.summary.link.f1.toFixed(3));
      expect(await page.locator(`details.pair[data-pair="${pair.name}"] table.groups tr`).count()).toBeGreaterThan(1);
    }
    expect(await page.locator("tr.pair").count()).toBe(pairs.length);
    expect(await page.locator("svg.chart rect.strict").count()).toBe(pairs.length + 1); // the pairs, then "all" (both are dev pairs)
    expect(await page.locator("tr.missed, tr.wrong").count()).toBeGreaterThan(0);

    const xssFile = path.join(scratch, "xss-bench.html");
    const xss = await runCli(["bench", "pages", "--data", path.join(repoRoot, "fixtures/report"), "--report", xssFile, "-q"]);
    expect(xss.status, xss.stderr).toBe(0);
    const xssLoaded = await load(xssFile);
    expectClean(xssLoaded);
    expect(await xssLoaded.page.locator("script, img").count()).toBe(0);
    expect(await xssLoaded.page.locator("td", { hasText: SCRIPT_SENTENCE }).count()).toBeGreaterThan(0);
  });

  it("shows every document of a sentence-file gold set (Text+Berg) with strict and lax F1", async () => {
    const file = path.join(scratch, "textberg.html");
    const mini = path.join(repoRoot, "fixtures/align/textberg-mini");
    const result = await runCli(["bench", "textberg", "--data", mini, "--split", "dev", "--method", "length", "--report", file, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { results: { documents: { name: string; summary: { strict: { f1: number }; lax: { f1: number } } }[] }[] };
    const loaded = await load(file);
    expectClean(loaded);
    for (const doc of json.results[0]!.documents) {
      const row = loaded.page.locator(`tr.pair[data-pair="${doc.name}"]`);
      expect(await row.locator('td[data-measure="strict"]').textContent()).toBe(doc.summary.strict.f1.toFixed(3));
      expect(await row.locator('td[data-measure="lax"]').textContent()).toBe(doc.summary.lax.f1.toFixed(3));
    }
    expect(await loaded.page.locator("tr.pair").count()).toBe(json.results[0]!.documents.length);
  });
});
