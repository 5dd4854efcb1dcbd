/**
 * Checks the lexical scorer's expected length ratio (packages/align/src/scoring/anchored-length-ratio.ts)
 * against the gold: for every dev page pair (hold-out pairs are never read), the true ratio is
 * the characters of the gold-linked target sentences over those of the gold-linked source
 * sentences; the script prints, per setting of `anchoredRatio` (minPairs × minCoverage × minChange), the mean
 * |log(estimate / true)| over the pairs, beside the documents' own ratio (totals of characters).
 *
 *     pnpm exec tsx --conditions=source scripts/fit-length-ratio.ts [--sets pages-dev,pages-dev2,pages-langs-dev] [--pairs]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { anchoredLengthRatio } from "../packages/align/src/scoring/anchored-length-ratio.js";
import { buildCandidates } from "../packages/align/src/scoring/build-candidates.js";
import { buildTokenSide } from "../packages/align/src/scoring/build-token-side.js";
import { createPairMasks } from "../packages/align/src/scoring/create-pair-masks.js";
import { createSpanCoverage } from "../packages/align/src/scoring/span-coverage.js";
import { DEFAULT_LEXICAL_SETTINGS } from "../packages/align/src/scoring/lexical-scorer-settings.js";
import { mergeCandidates, soundCandidates } from "../packages/align/src/scoring/sound-candidates.js";
import { lexiconStemIndex } from "../packages/align/src/lexicon/lexicon-stem-index.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";
import { loadLexicon } from "../packages/cli/src/pipeline/load-lexicon.js";
import { loadSide } from "../packages/cli/src/pipeline/load-side.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "bench");
const argv = process.argv.slice(2);
const setsAt = argv.indexOf("--sets");
const sets = setsAt >= 0 ? argv[setsAt + 1]!.split(",") : ["pages-dev", "pages-dev2", "pages-langs-dev"];
const perPair = argv.includes("--pairs");
const grid = { minPairs: [2, 3, 4], minCoverage: [0.05, 0.1], minChange: [1, 1.1, 1.25, 1.4] };
const settings = DEFAULT_LEXICAL_SETTINGS;

type Row = { name: string; truth: number; document: number; estimates: Map<string, number> };
const rows: Row[] = [];
for (const set of sets) {
  const dir = path.join(root, set);
  for (const name of readdirSync(dir).sort()) {
    if (HOLD_OUT_PAIRS.includes(name) || !existsSync(path.join(dir, name, "gold.json"))) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, name, "gold.json"), "utf8")) as {
      src: Record<string, string>; tgt: Record<string, string>; links: [string[], string[]][];
    };
    let goldSource = 0, goldTarget = 0;
    for (const [s, t] of gold.links) {
      for (const id of s) goldSource += gold.src[id]!.length;
      for (const id of t) goldTarget += gold.tgt[id]!.length;
    }
    const source = await loadSide(path.join(dir, name, "src.txt"), { presegmented: false });
    const target = await loadSide(path.join(dir, name, "tgt.txt"), { presegmented: false });
    const [sourceLang, targetLang] = [source.document.lang, target.document.lang];
    const { lexicon } = await loadLexicon({ sourceLang, targetLang });
    const reversed = lexicon && lexicon.sourceLang === targetLang;
    const oriented = lexicon && reversed ? { ...lexicon, sourceLang: lexicon.targetLang, targetLang: lexicon.sourceLang, forward: lexicon.backward, backward: lexicon.forward } : lexicon;
    const index = oriented && (oriented.forward.size > 0 || oriented.backward.size > 0) ? lexiconStemIndex(oriented, settings.stemLength) : undefined;
    const S = source.alignable.map((s) => s.text);
    const T = target.alignable.map((s) => s.text);
    const sourceSide = buildTokenSide(S, settings.idfPower, index?.splitToken, sourceLang);
    const targetSide = buildTokenSide(T, settings.idfPower, index?.splitToken, targetLang);
    const candidates = mergeCandidates(
      buildCandidates(sourceSide, targetSide, index, settings),
      soundCandidates(sourceSide, targetSide),
    );
    const spans = createSpanCoverage(sourceSide, targetSide, createPairMasks(sourceSide, targetSide, candidates), 4);
    const document = targetSide.chars[T.length]! / sourceSide.chars[S.length]!;
    const estimates = new Map<string, number>();
    for (const minPairs of grid.minPairs) {
      for (const minCoverage of grid.minCoverage) {
        for (const minChange of grid.minChange) {
          const ratio = anchoredLengthRatio(spans, sourceSide, targetSide, document, { ...settings.anchoredRatio, minPairs, minCoverage, minChange });
          estimates.set(`${minPairs}/${minCoverage}/${minChange}`, ratio);
        }
      }
    }
    rows.push({ name: `${set}/${name}`, truth: goldTarget / goldSource, document, estimates });
  }
}
const error = (estimate: number, truth: number) => Math.abs(Math.log(estimate / truth));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
if (perPair) {
  const key = `${settings.anchoredRatio.minPairs}/${settings.anchoredRatio.minCoverage}/${settings.anchoredRatio.minChange}`;
  for (const row of rows) console.log(`${row.name.padEnd(48)} true ${row.truth.toFixed(2)}  documents ${row.document.toFixed(2)}  anchored ${row.estimates.get(key)!.toFixed(2)}`);
}
console.log(`${rows.length} dev pairs; mean |log(estimate / gold ratio)|:`);
console.log(`  documents' totals: ${mean(rows.map((r) => error(r.document, r.truth))).toFixed(3)}`);
for (const key of rows[0]!.estimates.keys()) {
  console.log(`  anchored minPairs/minCoverage/minChange ${key}: ${mean(rows.map((r) => error(r.estimates.get(key)!, r.truth))).toFixed(3)}`);
}
