/**
 * How well segmentation alone does on the real pages of ../shared/bench/pages-dev: for
 * each pair, both files are read and segmented exactly as `tandem align` does (the CLI's
 * own loadSide, language identified from the text), and the alignable sentences are
 * compared with the gold sentences of gold.json.
 *
 * Per side: gold sentences, predicted sentences, exact span matches, gold sentences no
 * predicted sentence covers (lost content), predicted sentences that cover no gold
 * sentence (furniture kept). "Covers" is score.py's rule: overlap of at least half the
 * gold sentence, or lying inside it and holding at least 30% of it. Micro totals follow.
 * Pages cut by the store's cap leave their last sentences without an id, so a few
 * "furniture kept" on such pages are content the gold chose not to count.
 *
 *     pnpm exec tsx --conditions=source scripts/bench-segment-pages.ts [--all] [--lang] [--json] [--verbose] [--data DIR]
 *
 * --all includes the hold-out pairs; --lang passes gold.json's languages instead of
 * identifying them; --verbose lists the lost and kept sentences.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSide } from "../packages/cli/src/pipeline/load-side.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataArg = args.indexOf("--data");
const root = dataArg >= 0 ? path.resolve(args[dataArg + 1]!) : path.resolve(here, "../../shared/bench/pages-dev");
const fallbackRoot = path.resolve(here, "../../../shared/bench/pages-dev");
const dataDir = existsSync(root) ? root : fallbackRoot;
/** Pairs kept apart for the final check; develop on the others. */
const HOLD_OUT = new Set(["mare-raqqa-nl-en", "bettel-vienna-en-de", "xi-lula-en-zh", "vn-fr-decentralised-es-fr"]);

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

function covers(predicted: Span, gold: Span): boolean {
  const overlap = Math.min(predicted.end, gold.end) - Math.max(predicted.start, gold.start);
  if (overlap <= 0) return false;
  const length = gold.end - gold.start;
  return overlap >= 0.5 * length || (predicted.start >= gold.start && predicted.end <= gold.end && overlap >= 0.3 * length);
}

async function scoreSide(file: string, sentences: Record<string, string>, lang: string | undefined): Promise<SideScore> {
  const raw = readFileSync(file, "utf8").replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const gold = locateGold(raw, sentences);
  let predicted: Span[] = [];
  let error: string | undefined;
  try {
    const side = await loadSide(file, { lang, presegmented: false });
    predicted = side.alignable.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  } catch (caught) {
    error = caught instanceof Error ? `${(caught as { code?: string }).code ?? ""} ${caught.message}` : String(caught);
  }
  const exact = predicted.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
  const lost = gold.filter((g) => !predicted.some((p) => covers(p, g)));
  const kept = predicted.filter((p) => !gold.some((g) => covers(p, g)));
  return {
    gold: gold.length,
    predicted: predicted.length,
    exact,
    lost: lost.length,
    kept: kept.length,
    lostTexts: lost.map((s) => s.text),
    keptTexts: kept.map((s) => s.text),
    ...(error ? { error } : {}),
  };
}

const pairs = readdirSync(dataDir)
  .filter((name) => existsSync(path.join(dataDir, name, "gold.json")))
  .filter((name) => args.includes("--all") || !HOLD_OUT.has(name))
  .sort();
const rows: { pair: string; src: SideScore; tgt: SideScore }[] = [];
for (const pair of pairs) {
  const dir = path.join(dataDir, pair);
  const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
  const useLang = args.includes("--lang");
  rows.push({
    pair,
    src: await scoreSide(path.join(dir, "src.txt"), gold.src, useLang ? gold.src_lang : undefined),
    tgt: await scoreSide(path.join(dir, "tgt.txt"), gold.tgt, useLang ? gold.tgt_lang : undefined),
  });
}

const total = (side: "src" | "tgt", key: "gold" | "predicted" | "exact" | "lost" | "kept") =>
  rows.reduce((sum, row) => sum + row[side][key], 0);
if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify(rows.map(({ pair, src, tgt }) => ({ pair, src: strip(src), tgt: strip(tgt) })), null, 2)}\n`);
} else {
  const cell = (s: SideScore) => `${s.gold}\t${s.predicted}\t${s.exact}\t${s.lost}\t${s.kept}`;
  process.stdout.write("pair\tsrc gold\tpred\texact\tlost\tkept\ttgt gold\tpred\texact\tlost\tkept\n");
  for (const row of rows) {
    process.stdout.write(`${row.pair}\t${cell(row.src)}\t${cell(row.tgt)}\n`);
    for (const side of ["src", "tgt"] as const) {
      const s = row[side];
      if (s.error) process.stdout.write(`  ${side} error: ${s.error}\n`);
      if (args.includes("--verbose")) {
        for (const text of s.lostTexts) process.stdout.write(`  ${side} lost: ${text}\n`);
        for (const text of s.keptTexts) process.stdout.write(`  ${side} kept: ${text}\n`);
      }
    }
  }
  const sums = (side: "src" | "tgt") =>
    `${total(side, "gold")}\t${total(side, "predicted")}\t${total(side, "exact")}\t${total(side, "lost")}\t${total(side, "kept")}`;
  process.stdout.write(`micro (${rows.length} pairs)\t${sums("src")}\t${sums("tgt")}\n`);
  const gold = total("src", "gold") + total("tgt", "gold");
  const predicted = total("src", "predicted") + total("tgt", "predicted");
  const exact = total("src", "exact") + total("tgt", "exact");
  const lost = total("src", "lost") + total("tgt", "lost");
  const kept = total("src", "kept") + total("tgt", "kept");
  process.stdout.write(
    `both sides: gold ${gold}, predicted ${predicted}, exact ${exact} (P ${(exact / Math.max(1, predicted)).toFixed(3)} R ${(exact / Math.max(1, gold)).toFixed(3)}), lost ${lost}, furniture kept ${kept}\n`,
  );
}

function strip(s: SideScore): Omit<SideScore, "lostTexts" | "keptTexts"> & { lostTexts?: string[]; keptTexts?: string[] } {
  return args.includes("--verbose") ? s : { gold: s.gold, predicted: s.predicted, exact: s.exact, lost: s.lost, kept: s.kept, ...(s.error ? { error: s.error } : {}) };
}
