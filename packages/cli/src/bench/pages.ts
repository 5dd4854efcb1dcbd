import { promises as fs } from "node:fs";
import path from "node:path";
import { scorePageAlignment, summarizePageCounts, type PageCounts, type PageGold, type PagePrediction, type PageSummary } from "@tandem/align";
import { TandemError } from "@tandem/segment";
import { alignLoadedSides } from "../pipeline/align-loaded-sides.js";
import { exportMetaFor } from "../pipeline/export-meta-for.js";
import { loadSide } from "../pipeline/load-side.js";
import { renderOutput } from "../pipeline/render-output.js";
import { createScorer, type ScorerArgs } from "../options/scorer-options.js";

/**
 * Pairs of pages-dev kept out of development: rules and thresholds are never looked at
 * on these, so their figures estimate what a hidden set of the same kind would give.
 */
export const HOLD_OUT_PAIRS: readonly string[] = ["mare-raqqa-nl-en", "bettel-vienna-en-de", "xi-lula-en-zh", "vn-fr-decentralised-es-fr"];

export type PageSplit = "dev" | "holdout";

/** One page pair's result. */
export interface PageResult {
  readonly name: string;
  readonly split: PageSplit;
  /** Languages as detected on the page (what `tandem align` would use), and as the gold states them. */
  readonly langs: { readonly source: string; readonly target: string; readonly gold: readonly [string, string] };
  readonly summary: PageSummary;
  /** Set when the pair could not be aligned (it then counts as no predictions). */
  readonly error?: string;
}

interface GoldFile extends PageGold {
  readonly src_lang: string;
  readonly tgt_lang: string;
}

/** The folders of `dir` that hold a page pair (src.txt, tgt.txt, gold.json), sorted by name. */
export async function listPagePairs(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const pairs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    if (await fs.stat(path.join(dir, entry.name, "gold.json")).catch(() => undefined)) pairs.push(entry.name);
  }
  return pairs.sort();
}

async function readGold(file: string): Promise<GoldFile> {
  let gold: GoldFile;
  try {
    gold = JSON.parse(await fs.readFile(file, "utf8")) as GoldFile;
  } catch (error) {
    throw new TandemError("GOLD_BAD", `cannot read the gold: ${(error as Error).message}`, { file });
  }
  if (typeof gold.src !== "object" || typeof gold.tgt !== "object" || !Array.isArray(gold.links)) {
    throw new TandemError("GOLD_BAD", "gold.json needs src, tgt and links", { file });
  }
  return gold;
}

/**
 * Aligns one page pair from its raw files exactly as `tandem align … -o x.jsonl` does
 * (detected languages, cleaning, comparable-article passes), and scores the JSONL it
 * would write with the pages-dev definition. With `save`, the JSONL is also written there
 * so `score.py` can check the figures.
 */
export async function benchPagePair(
  dir: string,
  name: string,
  scorerArgs: ScorerArgs & { method: string },
  options: { maxBead: number; save?: string },
): Promise<PageResult> {
  const folder = path.join(dir, name);
  const gold = await readGold(path.join(folder, "gold.json"));
  const split: PageSplit = HOLD_OUT_PAIRS.includes(name) ? "holdout" : "dev";
  const goldLangs = [gold.src_lang, gold.tgt_lang] as const;
  // A page tandem refuses (no language, no sentences) scores as no predictions; a bug still throws.
  const refused = (error: unknown) => {
    if (error instanceof TandemError) return error;
    throw error;
  };
  const source = await loadSide(path.join(folder, "src.txt"), { presegmented: false }).catch(refused);
  const target = await loadSide(path.join(folder, "tgt.txt"), { presegmented: false }).catch(refused);
  const failed = (message: string, langs = { source: "?", target: "?" }): PageResult => ({
    name,
    split,
    langs: { ...langs, gold: goldLangs },
    summary: summarizePageCounts([emptyCounts(gold)]),
    error: message,
  });
  if (source instanceof Error) return failed(`src.txt: ${source.message}`);
  if (target instanceof Error) return failed(`tgt.txt: ${target.message}`);
  const langs = { source: source.document.lang, target: target.document.lang };
  if (langs.source === langs.target) return failed(`both pages detected as ${langs.source}`, langs);
  const { scorer } = await createScorer(scorerArgs, { sourceLang: langs.source, targetLang: langs.target });
  const { beads } = await alignLoadedSides(source, target, { scorer, maxBead: options.maxBead, recover: true });
  const meta = exportMetaFor(
    { path: source.path, lang: langs.source, sentences: source.document.sentences },
    { path: target.path, lang: langs.target, sentences: target.document.sentences },
    new Date(0),
  );
  const jsonl = renderOutput("jsonl", beads, meta);
  if (options.save) await fs.writeFile(path.join(options.save, `${name}.jsonl`), jsonl);
  const predictions: PagePrediction[] = jsonl
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const record = JSON.parse(line) as { source: { offsets: [number, number][] }; target: { offsets: [number, number][] } };
      return { source: record.source.offsets, target: record.target.offsets };
    });
  const counts = scorePageAlignment(gold, source.file.text, target.file.text, predictions);
  return { name, split, langs: { ...langs, gold: goldLangs }, summary: summarizePageCounts([counts]) };
}

function emptyCounts(gold: PageGold): PageCounts {
  const goldLinks = new Set(gold.links.flatMap(([s, t]) => s.flatMap((x) => t.map((y) => `${x}|${y}`)))).size;
  return { tpLinks: 0, predLinks: 0, goldLinks, tpGroups: 0, predGroups: 0, goldGroups: gold.links.length };
}

/** Micro-averages of the dev pairs, the hold-out pairs and all pairs. */
export function pageMicroAverages(results: readonly PageResult[]): Record<"dev" | "holdout" | "all", PageSummary> {
  const of = (keep: (r: PageResult) => boolean) => summarizePageCounts(results.filter(keep).map((r) => r.summary.counts));
  return { dev: of((r) => r.split === "dev"), holdout: of((r) => r.split === "holdout"), all: of(() => true) };
}

/** Link and strict F1 averaged over the pairs (each pair counts once, however long). */
export function pageMeanF1(results: readonly PageResult[]): { link: number; strict: number } {
  const mean = (value: (r: PageResult) => number) => (results.length === 0 ? 0 : results.reduce((sum, r) => sum + value(r), 0) / results.length);
  return { link: mean((r) => r.summary.link.f1), strict: mean((r) => r.summary.strict.f1) };
}

/** The table `tandem bench pages` prints. */
export function formatPagesTable(dir: string, method: string, results: readonly PageResult[], seconds: number): string {
  const f = (value: number) => value.toFixed(3);
  const header = ["pair", "split", "langs", "link P", "R", "F1", "strict P", "R", "F1", "gold"];
  const row = (name: string, split: string, langs: string, s: PageSummary) => [
    name,
    split,
    langs,
    f(s.link.precision),
    f(s.link.recall),
    f(s.link.f1),
    f(s.strict.precision),
    f(s.strict.recall),
    f(s.strict.f1),
    String(s.counts.goldGroups),
  ];
  const rows = results.map((r) => row(r.name, r.split, `${r.langs.source}-${r.langs.target}`, r.summary));
  const micro = pageMicroAverages(results);
  const totals = (["dev", "holdout", "all"] as const)
    .filter((split) => split === "all" || results.some((r) => r.split === split))
    .map((split) => row(`micro (${split})`, "", "", micro[split]));
  const widths = header.map((h, c) => Math.max(h.length, ...[...rows, ...totals].map((r) => r[c]!.length)));
  const render = (cells: string[]) => cells.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  const lines = [`Real page pairs (${dir}); ${method}; pages-dev scoring (score.py), micro-averaged`, render(header), ...rows.map(render), "", ...totals.map(render), ""];
  const mean = pageMeanF1(results);
  lines.push(`mean over the ${results.length} pairs: link F1 ${f(mean.link)}, strict F1 ${f(mean.strict)}`);
  for (const r of results) if (r.error) lines.push(`${r.name}: ${r.error}`);
  lines.push(`${seconds.toFixed(2)} s wall`);
  return `${lines.join("\n")}\n`;
}
