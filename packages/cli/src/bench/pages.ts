import { promises as fs } from "node:fs";
import path from "node:path";
import { COMPARABLE_PASSES, listPageGroups, scorePageAlignment, summarizePageCounts, type PageCounts, type PageGold, type PagePrediction, type PageSummary, type BeadAcceptanceModel, type LexicalScorerSettings } from "@tandem/align";
import { TandemError } from "@tandem/segment/core";
import { alignLoadedSides } from "../pipeline/align-loaded-sides.js";
import { exportMetaFor } from "../pipeline/export-meta-for.js";
import { loadSide } from "../pipeline/load-side.js";
import { renderOutput } from "../pipeline/render-output.js";
import { createScorer, type ScorerArgs } from "../options/scorer-options.js";
import { pageGroupRows } from "../report/bench-group-rows.js";
import type { GroupRow } from "../report/bench-report-data.js";

/**
 * Pairs kept out of development: rules and thresholds are never looked at on these, so
 * their figures estimate what a hidden set of the same kind would give. Four of
 * pages-dev, and six of pages-dev2 chosen from the README's table before any of their
 * pages or outputs was read: three translated (vi–en, nl–en, zh–en) and three
 * comparable (de–fr, es–it, nl–de), seven languages, one with Vietnamese.
 */
export const HOLD_OUT_PAIRS: readonly string[] = [
  "mare-raqqa-nl-en",
  "bettel-vienna-en-de",
  "xi-lula-en-zh",
  "vn-fr-decentralised-es-fr",
  // pages-dev2
  "wb-kwakwa-vi-en",
  "amsterdam-nuisance-nl-en",
  "state-council-epidemic-law-zh-en",
  "lhc-restart-de-fr",
  "paiporta-visit-es-it",
  "schoof-cabinet-falls-nl-de",
];

export type PageSplit = "dev" | "holdout";

/** One page pair's result. */
export interface PageResult {
  /** The data folder's name (pages-dev, pages-dev2, …): figures are printed per set and over all. */
  readonly set: string;
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

/** `src.txt` when the pair has it, else `src.html` (same for `tgt`). */
async function pageFile(folder: string, side: "src" | "tgt"): Promise<string> {
  const text = `${side}.txt`;
  if (await fs.stat(path.join(folder, text)).catch(() => undefined)) return text;
  const html = `${side}.html`;
  return (await fs.stat(path.join(folder, html)).catch(() => undefined)) ? html : text;
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
  options: {
    maxBead: number;
    save?: string;
    disable?: ReadonlySet<string>;
    /** Results by what the aligner sees (both sides' sentences and the passes switched off): an ablation of a cleaning rule re-aligns only the pairs it changes. */
    cache?: Map<string, PageSummary>;
    /** The report's hook: the groups just scored, gold and predicted (with the bead's text). */
    onGroups?: (rows: GroupRow[]) => void;
    /** A bead-acceptance model in place of the committed one (scripts/fit-bead-acceptance.ts --check compares its simulation with this). */
    acceptance?: BeadAcceptanceModel;
    /** A bead-extension model, run after the acceptance (scripts/fit-bead-extension.ts --check). */
    extension?: BeadAcceptanceModel;
    /** Lexical scorer settings in place of the defaults (scripts/fit-weak-blend.ts). */
    lexicalSettings?: Partial<LexicalScorerSettings>;
  },
): Promise<PageResult> {
  const folder = path.join(dir, name);
  const set = path.basename(dir);
  const gold = await readGold(path.join(folder, "gold.json"));
  const split: PageSplit = HOLD_OUT_PAIRS.includes(name) ? "holdout" : "dev";
  const goldLangs = [gold.src_lang, gold.tgt_lang] as const;
  // A page tandem refuses (no language, no sentences) scores as no predictions; a bug still throws.
  const refused = (error: unknown) => {
    if (error instanceof TandemError) return error;
    throw error;
  };
  const disable = options.disable;
  // A pair saved as HTML (src.html, tgt.html) is read like `tandem align` reads it; its gold offsets then refer to the extracted text (`tandem segment src.html --text`).
  const [sourceFile, targetFile] = [await pageFile(folder, "src"), await pageFile(folder, "tgt")];
  const source = await loadSide(path.join(folder, sourceFile), { presegmented: false, ...(disable ? { disable } : {}) }).catch(refused);
  const target = await loadSide(path.join(folder, targetFile), { presegmented: false, ...(disable ? { disable } : {}) }).catch(refused);
  const failed = (message: string, langs = { source: "?", target: "?" }): PageResult => ({
    set,
    name,
    split,
    langs: { ...langs, gold: goldLangs },
    summary: summarizePageCounts([emptyCounts(gold)]),
    error: message,
  });
  if (source instanceof Error) return failed(`${sourceFile}: ${source.message}`);
  if (target instanceof Error) return failed(`${targetFile}: ${target.message}`);
  const langs = { source: source.document.lang, target: target.document.lang };
  if (langs.source === langs.target) return failed(`both pages detected as ${langs.source}`, langs);
  const key = options.cache
    ? JSON.stringify([
        name,
        [...(disable ?? [])].filter((id) => (COMPARABLE_PASSES as readonly string[]).includes(id)).sort(),
        [source, target].map((side) => [side.document.lang, side.document.sentences.map((x) => [x.start, x.end, x.kind])]),
      ])
    : "";
  const cached = options.cache?.get(key);
  if (cached && !options.save && !options.onGroups) return { set, name, split, langs: { ...langs, gold: goldLangs }, summary: cached };
  const { scorer } = await createScorer(scorerArgs, {
    sourceLang: langs.source,
    targetLang: langs.target,
    ...(options.lexicalSettings ? { lexicalSettings: options.lexicalSettings } : {}),
  });
  const { beads } = await alignLoadedSides(source, target, { scorer, maxBead: options.maxBead, recover: true, ...(disable ? { disable } : {}), ...(options.acceptance ? { acceptance: options.acceptance } : {}), ...(options.extension ? { extension: options.extension } : {}) });
  const meta = exportMetaFor(
    { path: source.path, lang: langs.source, sentences: source.document.sentences },
    { path: target.path, lang: langs.target, sentences: target.document.sentences },
    new Date(0),
  );
  const jsonl = renderOutput("jsonl", beads, meta);
  if (options.save) await fs.writeFile(path.join(options.save, `${name}.jsonl`), jsonl);
  type Side = { offsets: [number, number][]; text: string };
  const records = jsonl
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { source: Side; target: Side });
  const predictions: PagePrediction[] = records.map((record) => ({ source: record.source.offsets, target: record.target.offsets }));
  const counts = scorePageAlignment(gold, source.file.text, target.file.text, predictions);
  if (options.onGroups) {
    const beadTexts = records.map((record) => ({ source: [record.source.text], target: [record.target.text] }));
    options.onGroups(pageGroupRows(listPageGroups(gold, source.file.text, target.file.text, predictions), gold, beadTexts));
  }
  const summary = summarizePageCounts([counts]);
  options.cache?.set(key, summary);
  return { set, name, split, langs: { ...langs, gold: goldLangs }, summary };
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

/** The table `tandem bench pages` prints: one block per data set, then micro lines per set and over all sets. */
export function formatPagesTable(dirs: readonly string[], method: string, results: readonly PageResult[], seconds: number): string {
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
  const totalsOf = (label: string, subset: readonly PageResult[]) => {
    const micro = pageMicroAverages(subset);
    return (["dev", "holdout", "all"] as const)
      .filter((split) => split === "all" || subset.some((r) => r.split === split))
      .map((split) => row(`${label}micro (${split})`, "", "", micro[split]));
  };
  const sets = [...new Set(results.map((r) => r.set))];
  const blocks = sets.map((set) => {
    const subset = results.filter((r) => r.set === set);
    return { set, rows: subset.map((r) => row(r.name, r.split, `${r.langs.source}-${r.langs.target}`, r.summary)), totals: totalsOf("", subset) };
  });
  const overall = sets.length > 1 ? [...sets.flatMap((set) => totalsOf(`${set} `, results.filter((r) => r.set === set))), ...totalsOf("all sets ", results)] : [];
  const everything = [...blocks.flatMap((b) => [...b.rows, ...b.totals]), ...overall];
  const widths = header.map((h, c) => Math.max(h.length, ...everything.map((r) => r[c]!.length)));
  const render = (cells: string[]) => cells.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  const lines: string[] = [];
  for (const block of blocks) {
    const dir = dirs.find((d) => path.basename(d) === block.set) ?? block.set;
    const mean = pageMeanF1(results.filter((r) => r.set === block.set));
    lines.push(`Real page pairs (${dir}); ${method}; pages-dev scoring (score.py), micro-averaged`, render(header), ...block.rows.map(render), "", ...block.totals.map(render));
    lines.push(`mean over the ${block.rows.length} pairs: link F1 ${f(mean.link)}, strict F1 ${f(mean.strict)}`, "");
  }
  if (overall.length > 0) lines.push(`Over ${sets.length} sets; ${method}`, render(header), ...overall.map(render), "");
  for (const r of results) if (r.error) lines.push(`${r.set}/${r.name}: ${r.error}`);
  lines.push(`${seconds.toFixed(2)} s wall`);
  return `${lines.join("\n")}\n`;
}
