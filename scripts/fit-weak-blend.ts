/**
 * Fits one knob of the lexical scorer's thin-lexicon / weak-evidence blend on the dev page
 * pairs (hold-out pairs are never read): for each value of a setting (default
 * `weakAnchorWeight`, the weight of the matched share of matchable tokens against the length
 * shape), every dev pair is aligned and scored exactly as `tandem bench pages` does
 * (`benchPagePair`, with the committed bead-acceptance model), and the script prints the
 * micro strict / link F1 per set and value; then the leave-one-pair-out figure: for each
 * pair, the value with the best all-sets strict + link sum on the other pairs is chosen and
 * that pair is scored with it (`cv` row). Parallel text is not in the fit: check Text+Berg,
 * ParIce and the Bible with `tandem bench` after changing a default.
 *
 *     pnpm exec tsx --conditions=source scripts/fit-weak-blend.ts [--setting weakAnchorWeight] [--values 0.5,0.7,0.9] [--base JSON] [--sets pages-dev,pages-dev2,pages-langs-dev]
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { summarizePageCounts, type LexicalScorerSettings, type PageCounts } from "../packages/align/src/index.js";
import { benchPagePair, HOLD_OUT_PAIRS, listPagePairs } from "../packages/cli/src/bench/pages.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const sets = (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",");
const setting = (valueOf("--setting") ?? "weakAnchorWeight") as keyof LexicalScorerSettings;
/** Settings held fixed under every value (--base '{"weakAnchorHarmonic":true}'). */
const base = JSON.parse(valueOf("--base") ?? "{}") as Partial<LexicalScorerSettings>;
/** Values as JSON, comma-separated, or semicolon-separated when they are lists ("[0.3,0.4];[0.2,0.4]"). */
const valueList = valueOf("--values") ?? "0.5,0.6,0.7,0.8,0.9";
const values = valueList.split(valueList.includes(";") ? ";" : ",").map((value) => JSON.parse(value) as unknown);

type PairCounts = { set: string; name: string; counts: PageCounts[] }; // one entry per value
const pairs: PairCounts[] = [];
for (const set of sets) {
  const dir = path.join(benchRoot, set);
  for (const name of await listPagePairs(dir)) {
    if (HOLD_OUT_PAIRS.includes(name)) continue;
    const counts: PageCounts[] = [];
    for (const value of values) {
      const result = await benchPagePair(dir, name, { method: "lexical" }, { maxBead: 4, lexicalSettings: { ...base, [setting]: value } });
      counts.push(result.summary.counts);
    }
    pairs.push({ set, name, counts });
    process.stderr.write(`${set}/${name}: strict groups ${counts.map((c) => c.tpGroups).join(" ")}\n`);
  }
}

const f = (x: number) => x.toFixed(3);
const micro = (counts: PageCounts[]) => {
  const s = summarizePageCounts(counts);
  return { strict: s.strict.f1, link: s.link.f1 };
};
const cell = (counts: PageCounts[]) => {
  const m = micro(counts);
  return `${f(m.strict)} / ${f(m.link)}`.padStart(18);
};
const columns = [...sets, "all"];
const pick = (of: (p: PairCounts) => PageCounts, set: string) => pairs.filter((p) => set === "all" || p.set === set).map(of);
console.log(`${setting} on ${pairs.length} dev page pairs, micro strict / link F1`);
console.log(["value".padEnd(10), ...columns.map((c) => c.padStart(18))].join(" "));
values.forEach((value, k) => console.log([JSON.stringify(value).padEnd(10), ...columns.map((c) => cell(pick((p) => p.counts[k]!, c)))].join(" ")));

// Leave one pair out: the value best on the other pairs (strict + link, all sets) scores the left-out pair.
const chosen: unknown[] = [];
const cv = new Map<PairCounts, PageCounts>();
for (const left of pairs) {
  const rest = pairs.filter((p) => p !== left);
  let best = 0, bestSum = -1;
  values.forEach((_, k) => {
    const m = micro(rest.map((p) => p.counts[k]!));
    if (m.strict + m.link > bestSum + 1e-12) { bestSum = m.strict + m.link; best = k; }
  });
  chosen.push(values[best]!);
  cv.set(left, left.counts[best]!);
}
console.log([`cv`.padEnd(10), ...columns.map((c) => cell(pick((p) => cv.get(p)!, c)))].join(" "));
const tally = new Map<string, number>();
for (const v of chosen.map((value) => JSON.stringify(value))) tally.set(v, (tally.get(v) ?? 0) + 1);
console.log(`chosen per left-out pair: ${[...tally].map(([v, n]) => `${v} ×${n}`).join(", ")}`);
