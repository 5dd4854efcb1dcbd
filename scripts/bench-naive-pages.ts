/**
 * Is tandem's page reading ever worse than none? Issue 21 asks that a page pair that is a
 * translation never aligns worse than naive line-and-punctuation splitting would. For every
 * pair of each page set this aligns the pair twice with the same aligner (lexical scorer, the
 * comparable passes and the learned acceptance, max bead 4) and scores both with the pages
 * definition (score.py's, as `tandem bench pages` does):
 *
 * - `tandem`: as `tandem bench pages` runs it (language detection, cleaning, sentences, headlines,
 *   cut endings);
 * - `naive`: the sentences of scripts/naive-split.ts (every line cut after end marks, nothing
 *   cleaned or dropped), the languages the gold states, no headlines, no cut endings.
 *
 * It prints per pair both strict / link F1, the pair's kind where the set's README table gives
 * one (T translated, C comparable), and `<< naive` where naive splitting scores higher on
 * either figure; then micro lines per set for dev and hold-out pairs apart, and for the
 * translated pairs.
 *
 *     pnpm run build && pnpm exec tsx --conditions=source scripts/bench-naive-pages.ts [--data pages-dev,pages-dev2,pages-langs-dev]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { alignWithMovedSentences, scorePageAlignment, summarizePageCounts, type PageCounts, type PageGold } from "../packages/align/src/index.js";
import { benchPagePair, HOLD_OUT_PAIRS, listPagePairs } from "../packages/cli/src/bench/pages.js";
import { createScorer } from "../packages/cli/src/options/scorer-options.js";
import { readPage, splitNaively } from "./naive-split.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--data");
const names = (at >= 0 ? args[at + 1]! : "pages-dev,pages-dev2,pages-langs-dev").split(",");
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir));
const dirs = names.map((name) => (existsSync(name) ? path.resolve(name) : path.join(benchRoot ?? "", name)));
for (const dir of dirs) {
  if (!existsSync(path.join(dir, "score.py"))) {
    process.stderr.write(`${dir}: no score.py here; give a page set folder or name [DATA_MISSING]\n`);
    process.exit(1);
  }
}

/** The kind column (T, C) of a set's README pair table, when it has one. */
function kindsOf(dir: string): Map<string, string> {
  const kinds = new Map<string, string>();
  const readme = path.join(dir, "README.md");
  if (!existsSync(readme)) return kinds;
  for (const line of readFileSync(readme, "utf8").split("\n")) {
    const match = /^\|\s*([a-z0-9-]+)\s*\|\s*[a-z]+[–-][a-z]+\s*\|\s*([TC])\s*\|/u.exec(line);
    if (match) kinds.set(match[1]!, match[2]!);
  }
  return kinds;
}

async function naiveCounts(folder: string): Promise<PageCounts> {
  const gold = JSON.parse(readFileSync(path.join(folder, "gold.json"), "utf8")) as PageGold & { src_lang: string; tgt_lang: string };
  const sourceText = readPage(path.join(folder, "src.txt"));
  const targetText = readPage(path.join(folder, "tgt.txt"));
  const source = splitNaively(sourceText);
  const target = splitNaively(targetText);
  const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: gold.src_lang, targetLang: gold.tgt_lang });
  const { beads } = await alignWithMovedSentences(
    source.map((piece) => piece.text),
    target.map((piece) => piece.text),
    { scorer, maxBead: 4, recover: {} },
  );
  const predictions = beads
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .map((bead) => ({
      source: bead.source.map((i): [number, number] => [source[i]!.start, source[i]!.end]),
      target: bead.target.map((j): [number, number] => [target[j]!.start, target[j]!.end]),
    }));
  return scorePageAlignment(gold, sourceText, targetText, predictions);
}

const f1 = (counts: readonly PageCounts[]) => {
  const summary = summarizePageCounts(counts);
  return `${summary.strict.f1.toFixed(3)} / ${summary.link.f1.toFixed(3)}`;
};
const rows: { set: string; name: string; kind: string; split: string; tandem: PageCounts; naive: PageCounts }[] = [];
process.stdout.write(`${"pair".padEnd(36)} kind split    tandem strict / link   naive strict / link\n`);
for (const dir of dirs) {
  const kinds = kindsOf(dir);
  for (const name of await listPagePairs(dir)) {
    if (!existsSync(path.join(dir, name, "src.txt")) || !existsSync(path.join(dir, name, "tgt.txt"))) continue;
    const tandem = (await benchPagePair(dir, name, { method: "lexical", "max-bead": 4 }, { maxBead: 4 })).summary.counts;
    const naive = await naiveCounts(path.join(dir, name));
    const row = { set: path.basename(dir), name, kind: kinds.get(name) ?? "?", split: HOLD_OUT_PAIRS.includes(name) ? "holdout" : "dev", tandem, naive };
    rows.push(row);
    const [t, n] = [summarizePageCounts([tandem]), summarizePageCounts([naive])];
    const worse = n.strict.f1 > t.strict.f1 + 1e-9 || n.link.f1 > t.link.f1 + 1e-9 ? "  << naive" : "";
    process.stdout.write(`${name.padEnd(36)} ${row.kind.padEnd(4)} ${row.split.padEnd(8)} ${f1([tandem]).padEnd(22)} ${f1([naive])}${worse}\n`);
  }
}
process.stdout.write("\nmicro strict / link F1                      tandem           naive\n");
const line = (label: string, keep: (row: (typeof rows)[number]) => boolean) => {
  const chosen = rows.filter(keep);
  if (chosen.length === 0) return;
  const worse = chosen.filter((row) => {
    const [t, n] = [summarizePageCounts([row.tandem]), summarizePageCounts([row.naive])];
    return n.strict.f1 > t.strict.f1 + 1e-9 || n.link.f1 > t.link.f1 + 1e-9;
  }).length;
  process.stdout.write(`${`${label} (${chosen.length} pairs)`.padEnd(44)}${f1(chosen.map((r) => r.tandem)).padEnd(17)}${f1(chosen.map((r) => r.naive))}   naive higher on ${worse}\n`);
};
for (const set of new Set(rows.map((row) => row.set))) {
  for (const split of ["dev", "holdout"]) line(`${set} ${split}`, (row) => row.set === set && row.split === split);
}
line("translated (T) dev", (row) => row.kind === "T" && row.split === "dev");
line("translated (T) holdout", (row) => row.kind === "T" && row.split === "holdout");
line("all dev", (row) => row.split === "dev");
line("all holdout", (row) => row.split === "holdout");
