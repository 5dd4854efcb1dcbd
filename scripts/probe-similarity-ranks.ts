/**
 * How well the lexical similarity tells a sentence's translation from the other sentences of
 * the page: for each gold one-to-one link, the rank of the linked sentence among all sentences
 * of the other side (gold sentences only, 1-1 spans), as the lexical scorer scores them. Prints
 * top-1 share, mean reciprocal rank, and the area under the ROC curve (gold pair against every
 * other pair of its row). Used to measure a lexicon change where the bench's few beads move by
 * chance (the Arabic, Indonesian and Turkish lookups, docs/align.md).
 *
 *     pnpm exec tsx --conditions=source scripts/probe-similarity-ranks.ts --sets pages-langs-dev [--langs REGEX] [--verbose]
 *     pnpm exec tsx --conditions=source scripts/probe-similarity-ranks.ts --lines A.txt B.txt LANG_A LANG_B
 *
 * `--lines`: line k of A translates line k of B (e.g. fixtures/align/translated-lines/news-20.tr
 * and .en, 20 news sentences and our Turkish translation). Hold-out page pairs are never read.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createScorer } from "../packages/cli/src/options/scorer-options.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;

interface Tally { n: number; top: number; rr: number; auc: number; aucN: number }
const tally: Tally = { n: 0, top: 0, rr: 0, auc: 0, aucN: 0 };

/** Adds the ranks of `links` (source index, target index) under the lexical similarity. */
async function rank(source: string[], target: string[], sourceLang: string, targetLang: string, links: [number, number][]): Promise<number> {
  const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang, targetLang });
  const prepared = await scorer.prepare(source, target, { maxBead: 4 });
  let top = 0;
  for (const [i, j] of links) {
    const similarity = target.map((_, k) => prepared.similarity(i, i + 1, k, k + 1));
    const mine = similarity[j]!;
    const place = 1 + similarity.filter((x, k) => k !== j && x >= mine).length;
    tally.n++;
    tally.rr += 1 / place;
    if (place === 1) (tally.top++, top++);
    for (let k = 0; k < similarity.length; k++) {
      if (k === j) continue;
      tally.aucN++;
      tally.auc += similarity[k]! < mine ? 1 : similarity[k] === mine ? 0.5 : 0;
    }
  }
  return top;
}

const lines = valueOf("--lines");
if (lines) {
  const [a, b, la, lb] = args.slice(args.indexOf("--lines") + 1);
  const read = (file: string) => readFileSync(file!, "utf8").trim().split("\n");
  const [source, target] = [read(a!), read(b!)];
  await rank(source, target, la!, lb!, source.map((_, k) => [k, k]));
} else {
  const only = valueOf("--langs") ? new RegExp(valueOf("--langs")!) : undefined;
  for (const set of (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",")) {
    const dir = path.join(benchRoot, set);
    for (const name of readdirSync(dir).sort()) {
      if (HOLD_OUT_PAIRS.includes(name) || !existsSync(path.join(dir, name, "gold.json"))) continue;
      const gold = JSON.parse(readFileSync(path.join(dir, name, "gold.json"), "utf8")) as {
        src: Record<string, string>; tgt: Record<string, string>; links: [string[], string[]][]; src_lang: string; tgt_lang: string;
      };
      if (only && !only.test(`${gold.src_lang}-${gold.tgt_lang}`)) continue;
      const sourceIds = Object.keys(gold.src), targetIds = Object.keys(gold.tgt);
      const links = gold.links.filter(([s, t]) => s.length === 1 && t.length === 1).map(([s, t]) => [sourceIds.indexOf(s[0]!), targetIds.indexOf(t[0]!)] as [number, number]);
      const top = await rank(sourceIds.map((id) => gold.src[id]!), targetIds.map((id) => gold.tgt[id]!), gold.src_lang, gold.tgt_lang, links);
      if (args.includes("--verbose")) process.stdout.write(`${set}/${name}: ${top}/${links.length} first\n`);
    }
  }
}
process.stdout.write(`1-1 links ${tally.n}: first ${tally.top} (${(tally.top / tally.n).toFixed(3)}), MRR ${(tally.rr / tally.n).toFixed(3)}, AUC ${(tally.auc / tally.aucN).toFixed(3)}\n`);
