/**
 * How well segmentation alone does on the real pages of every dev set (pages-dev,
 * pages-dev2, pages-langs-dev, or the folders given with --data): for each pair, both files are read and segmented exactly as `tandem align` does (the CLI's
 * own loadSide, language identified from the text), and the alignable sentences are
 * compared with the gold sentences of gold.json.
 *
 * Per side: gold sentences, predicted sentences, exact span matches, gold sentences no
 * predicted sentence covers (lost content), predicted sentences that cover no gold
 * sentence (furniture kept). "Covers" is score.py's rule: overlap of at least half the
 * gold sentence, or lying inside it and holding at least 30% of it. Micro totals follow, per
 * set and over all, and per cleaning rule the gold sentences it removed: a lost gold
 * sentence is charged to the rule that decided the (non-alignable) sentence covering it
 * (`Sentence.rule`); the budget is 1% of all gold sentences.
 * Pages cut by the store's cap leave their last sentences without an id, so a few
 * "furniture kept" on such pages are content the gold chose not to count.
 *
 *     pnpm exec tsx --conditions=source scripts/bench-segment-pages.ts [--all] [--lang] [--json] [--verbose] [--cuts] [--data DIR[,DIR]] [--disable RULE[,RULE]]
 *
 * --all includes the hold-out pairs; --lang passes gold.json's languages instead of
 * identifying them (needed for languages tandem refuses); --cuts lists every gold sentence
 * no predicted sentence matches exactly, with the predicted sentences overlapping it (where
 * the splitter and the annotators cut differently); --verbose lists the lost and
 * kept sentences with the rule that removed each; --disable switches cleaning rules off.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { coversGold } from "../packages/align/src/index.js";
import { loadSide } from "../packages/cli/src/pipeline/load-side.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const dataDirs = (valueOf("--data") ?? "pages-dev,pages-dev2,pages-langs-dev")
  .split(",")
  .map((entry) => (existsSync(entry) ? path.resolve(entry) : path.join(benchRoot, entry)));
const disable = new Set((valueOf("--disable") ?? "").split(",").filter(Boolean));
/** Pairs kept apart for the final check; develop on the others. */
const HOLD_OUT = new Set(HOLD_OUT_PAIRS);

interface Gold {
  src: Record<string, string>;
  tgt: Record<string, string>;
  src_lang: string;
  tgt_lang: string;
}
interface Span {
  start: number;
  end: number;
  text: string;
}
interface SideScore {
  gold: number;
  predicted: number;
  exact: number;
  lost: number;
  kept: number;
  lostTexts: string[];
  keptTexts: string[];
  /** Gold sentences no predicted sentence matches exactly, each with the predicted sentences overlapping it. */
  cutTexts: string[];
  /** Lost gold sentences by the rule that removed them. */
  lostBy: Record<string, number>;
  error?: string;
}

/** score.py's locate: collapse white space, find each gold text in id order, map back to raw offsets. */
function locateGold(raw: string, sentences: Record<string, string>): Span[] {
  let collapsed = "";
  const index: number[] = [];
  let previousSpace = true;
  for (let i = 0; i < raw.length; i++) {
    if (/\s/u.test(raw[i]!)) {
      if (!previousSpace) {
        collapsed += " ";
        index.push(i);
      }
      previousSpace = true;
    } else {
      collapsed += raw[i];
      index.push(i);
      previousSpace = false;
    }
  }
  const spans: Span[] = [];
  let cursor = 0;
  for (const [id, sentence] of Object.entries(sentences)) {
    const text = sentence.split(/\s+/u).filter(Boolean).join(" ");
    let at = collapsed.indexOf(text, cursor);
    if (at < 0) at = collapsed.indexOf(text);
    if (at < 0) throw new Error(`gold sentence ${id} not found`);
    spans.push({ start: index[at]!, end: index[at + text.length - 1]! + 1, text });
    cursor = at + text.length;
  }
  return spans;
}

async function scoreSide(file: string, sentences: Record<string, string>, lang: string | undefined): Promise<SideScore> {
  const raw = readFileSync(file, "utf8").replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const gold = locateGold(raw, sentences);
  let predicted: Span[] = [];
  let removed: (Span & { rule: string })[] = [];
  let error: string | undefined;
  try {
    const side = await loadSide(file, { lang, presegmented: false, disable });
    predicted = side.alignable.map((s) => ({ start: s.start, end: s.end, text: s.text }));
    const alignable = new Set(side.alignable);
    removed = side.document.sentences.filter((s) => !alignable.has(s)).map((s) => ({ start: s.start, end: s.end, text: s.text, rule: `${s.kind}:${s.rule ?? "?"}` }));
  } catch (caught) {
    error = caught instanceof Error ? `${(caught as { code?: string }).code ?? ""} ${caught.message}` : String(caught);
  }
  const exact = predicted.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
  const lost = gold.filter((g) => !predicted.some((p) => coversGold([p.start, p.end], [g.start, g.end])));
  const kept = predicted.filter((p) => !gold.some((g) => coversGold([p.start, p.end], [g.start, g.end])));
  const cutTexts = gold
    .filter((g) => !predicted.some((p) => p.start === g.start && p.end === g.end))
    .map((g) => {
      const overlapping = predicted.filter((p) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
      return `gold: ${g.text}\n      ours: ${overlapping.map((p) => p.text).join("\n      ours: ") || "(none)"}`;
    });
  const lostBy: Record<string, number> = {};
  const lostTexts: string[] = [];
  for (const g of lost) {
    // The removed sentence overlapping the gold sentence most decided its fate.
    let best: { rule: string; overlap: number } = { rule: error ? "refused" : "split (no sentence covers it)", overlap: 0 };
    for (const r of removed) {
      const overlap = Math.min(r.end, g.end) - Math.max(r.start, g.start);
      if (overlap > best.overlap) best = { rule: r.rule, overlap };
    }
    lostBy[best.rule] = (lostBy[best.rule] ?? 0) + 1;
    lostTexts.push(`[${best.rule}] ${g.text}`);
  }
  return {
    gold: gold.length,
    predicted: predicted.length,
    exact,
    lost: lost.length,
    kept: kept.length,
    lostTexts,
    lostBy,
    keptTexts: kept.map((s) => s.text),
    cutTexts,
    ...(error ? { error } : {}),
  };
}

const rows: { set: string; pair: string; src: SideScore; tgt: SideScore }[] = [];
for (const dataDir of dataDirs) {
  const pairs = readdirSync(dataDir)
    .filter((name) => existsSync(path.join(dataDir, name, "gold.json")))
    .filter((name) => args.includes("--all") || !HOLD_OUT.has(name))
    .sort();
  for (const pair of pairs) {
    const dir = path.join(dataDir, pair);
    const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
    const useLang = args.includes("--lang");
    rows.push({
      set: path.basename(dataDir),
      pair,
      src: await scoreSide(path.join(dir, "src.txt"), gold.src, useLang ? gold.src_lang : undefined),
      tgt: await scoreSide(path.join(dir, "tgt.txt"), gold.tgt, useLang ? gold.tgt_lang : undefined),
    });
  }
}

type Key = "gold" | "predicted" | "exact" | "lost" | "kept";
const total = (subset: typeof rows, side: "src" | "tgt", key: Key) => subset.reduce((sum, row) => sum + row[side][key], 0);
const both = (subset: typeof rows, key: Key) => total(subset, "src", key) + total(subset, "tgt", key);
const lostByRule = (subset: typeof rows) => {
  const by: Record<string, number> = {};
  for (const row of subset) for (const side of [row.src, row.tgt]) for (const [rule, n] of Object.entries(side.lostBy)) by[rule] = (by[rule] ?? 0) + n;
  return Object.entries(by).sort((a, b) => b[1] - a[1]);
};
const sets = [...new Set(rows.map((row) => row.set))];
if (args.includes("--json")) {
  const summary = (subset: typeof rows) => ({
    gold: both(subset, "gold"),
    predicted: both(subset, "predicted"),
    exact: both(subset, "exact"),
    lost: both(subset, "lost"),
    kept: both(subset, "kept"),
    lostByRule: Object.fromEntries(lostByRule(subset)),
  });
  const json = {
    sets: Object.fromEntries(sets.map((set) => [set, summary(rows.filter((row) => row.set === set))])),
    all: summary(rows),
    pairs: rows.map(({ set, pair, src, tgt }) => ({ set, pair, src: strip(src), tgt: strip(tgt) })),
  };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
} else {
  const cell = (s: SideScore) => `${s.gold}\t${s.predicted}\t${s.exact}\t${s.lost}\t${s.kept}`;
  process.stdout.write("pair\tsrc gold\tpred\texact\tlost\tkept\ttgt gold\tpred\texact\tlost\tkept\n");
  for (const row of rows) {
    process.stdout.write(`${row.set}/${row.pair}\t${cell(row.src)}\t${cell(row.tgt)}\n`);
    for (const side of ["src", "tgt"] as const) {
      const s = row[side];
      if (s.error) process.stdout.write(`  ${side} error: ${s.error}\n`);
      if (args.includes("--verbose")) {
        for (const text of s.lostTexts) process.stdout.write(`  ${side} lost: ${text}\n`);
        for (const text of s.keptTexts) process.stdout.write(`  ${side} kept: ${text}\n`);
      }
      if (args.includes("--cuts")) for (const text of s.cutTexts) process.stdout.write(`  ${side} ${text}\n`);
    }
  }
  const line = (label: string, subset: typeof rows) => {
    const gold = both(subset, "gold");
    const predicted = both(subset, "predicted");
    const exact = both(subset, "exact");
    const lost = both(subset, "lost");
    return `${label}: gold ${gold}, predicted ${predicted}, exact ${exact} (P ${(exact / Math.max(1, predicted)).toFixed(3)} R ${(exact / Math.max(1, gold)).toFixed(3)}), lost ${lost} (${((100 * lost) / Math.max(1, gold)).toFixed(1)}%), furniture kept ${both(subset, "kept")}\n`;
  };
  process.stdout.write("\n");
  for (const set of sets) process.stdout.write(line(`${set} (${rows.filter((row) => row.set === set).length} pairs)`, rows.filter((row) => row.set === set)));
  process.stdout.write(line(`all sets (${rows.length} pairs)`, rows));
  const gold = both(rows, "gold");
  process.stdout.write(`lost gold sentences by rule (budget for a rule that removes text: ${(gold / 100).toFixed(1)}, 1% of ${gold}):\n`);
  for (const [rule, n] of lostByRule(rows)) process.stdout.write(`  ${rule.padEnd(36)} ${String(n).padStart(4)}  ${((100 * n) / gold).toFixed(2)}%\n`);
}

function strip(s: SideScore): Omit<SideScore, "lostTexts" | "keptTexts" | "cutTexts"> & { lostTexts?: string[]; keptTexts?: string[]; cutTexts?: string[] } {
  const texts = { ...(args.includes("--verbose") ? { lostTexts: s.lostTexts, keptTexts: s.keptTexts } : {}), ...(args.includes("--cuts") ? { cutTexts: s.cutTexts } : {}) };
  return { gold: s.gold, predicted: s.predicted, exact: s.exact, lost: s.lost, kept: s.kept, lostBy: s.lostBy, ...texts, ...(s.error ? { error: s.error } : {}) };
}
