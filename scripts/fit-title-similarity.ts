/**
 * Fits the headline pass's `COMPARABLE_DEFAULTS.minTitleSimilarity` on labelled data, with
 * cross-validation by pair. When both pages open with a title (the segmenter's kind `title`),
 * the aligner links the two before the DP and keeps them out of it, unless their similarity is
 * below the threshold (packages/align/src/comparable/align-with-moved-sentences.ts). A forced link
 * between titles of different stories (the first item of a release list against the one release
 * the other page carries) also moves the DP's path for the sentences under them.
 *
 * For every dev pair of the page sets whose pages both open with a title (hold-out pairs are
 * never read), this prints the titles' similarity as the aligner computes it (lexical scorer,
 * the sentences the aligner sees), both ways round (a user may give either page first, and a
 * pair's lexicon is not symmetric), and whether the gold links the two titles in one group. The
 * threshold is the middle of the widest similarity gap that separates linked from unlinked
 * titles with the fewest errors. Leave-one-pair-out: the threshold fitted on the other pairs
 * decides the left-out pair both ways round, and the script prints how many it decides right,
 * then the threshold fitted on all of them.
 *
 *     pnpm exec tsx --conditions=source scripts/fit-title-similarity.ts [--sets pages-dev,pages-dev2,pages-langs-dev]
 *
 * `--sets` takes ../shared/bench folder names or paths of other folders of pairs; such a folder
 * (fixtures/pages-written) is printed but, like the hold-out pairs, kept out of the fit with
 * `--check DIR`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COMPARABLE_DEFAULTS, listPageGroups, type PageGold } from "../packages/align/src/index.js";
import { loadSide, type LoadedSide } from "../packages/cli/src/pipeline/load-side.js";
import { headlines, withCutEnd } from "../packages/cli/src/pipeline/align-loaded-sides.js";
import { createScorer } from "../packages/cli/src/options/scorer-options.js";
import { HOLD_OUT_PAIRS, listPagePairs } from "../packages/cli/src/bench/pages.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const sets = (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",");
const checks = (valueOf("--check") ?? "").split(",").filter(Boolean);

interface Example {
  readonly set: string;
  readonly name: string;
  /** → the pair as stored (src as source), ← the other way round. */
  readonly way: "→" | "←";
  readonly similarity: number;
  readonly linked: boolean;
}

async function examplesOf(set: string): Promise<Example[]> {
  const dir = existsSync(set) ? path.resolve(set) : path.resolve(benchRoot, set);
  const out: Example[] = [];
  for (const name of await listPagePairs(dir)) {
    if (HOLD_OUT_PAIRS.includes(name)) continue;
    const folder = path.join(dir, name);
    const gold = JSON.parse(readFileSync(path.join(folder, "gold.json"), "utf8")) as PageGold;
    const source = await loadSide(path.join(folder, "src.txt"), { presegmented: false });
    const target = await loadSide(path.join(folder, "tgt.txt"), { presegmented: false });
    // The titles the aligner's headline pass would compare (both pages open with one).
    const titles = headlines(source, target);
    if (!titles || source.document.lang === target.document.lang) continue;
    const [s0, t0] = [source.alignable[titles.source]!, target.alignable[titles.target]!];
    // Both ways round: a user may give either page first, and a pair's lexicon is not symmetric.
    const similarityOf = async (from: LoadedSide, to: LoadedSide) => {
      const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: from.document.lang, targetLang: to.document.lang });
      const prepared = await scorer.prepare(withCutEnd(from).map((s) => s.text), withCutEnd(to).map((s) => s.text), { maxBead: 4 });
      return prepared.similarity(0, 1, 0, 1); // headlines() gives the first sentence of each side
    };
    const groups = listPageGroups(gold, source.file.text, target.file.text, [{ source: [[s0.start, s0.end]], target: [[t0.start, t0.end]] }]);
    const paired = groups.predicted[0]!;
    const linked =
      paired.source.length > 0 &&
      paired.target.length > 0 &&
      groups.gold.some((group) => paired.source.every((id) => group.source.includes(id)) && paired.target.every((id) => group.target.includes(id)));
    out.push({ set: path.basename(set), name, way: "→", similarity: await similarityOf(source, target), linked });
    out.push({ set: path.basename(set), name, way: "←", similarity: await similarityOf(target, source), linked });
  }
  return out;
}

/** The middle of the widest gap between sorted similarities whose threshold makes the fewest errors. */
function fitThreshold(examples: readonly Example[]): number {
  const values = [...new Set(examples.map((e) => e.similarity))].sort((a, b) => a - b);
  const cuts = [0, ...values.slice(1).map((v, k) => (values[k]! + v) / 2), values.at(-1)! + 0.01];
  const errors = (t: number) => examples.filter((e) => (e.similarity >= t) !== e.linked).length;
  const gap = (t: number) => {
    const below = Math.max(0, ...values.filter((v) => v < t));
    const above = Math.min(1, ...values.filter((v) => v >= t));
    return above - below;
  };
  const best = cuts.reduce((a, t) => (errors(t) < errors(a) || (errors(t) === errors(a) && gap(t) > gap(a)) ? t : a));
  // Two decimals, as the default is written down.
  return Math.round(best * 100) / 100;
}

const examples = (await Promise.all(sets.map(examplesOf))).flat();
const checked = (await Promise.all(checks.map(examplesOf))).flat();
process.stdout.write("pair                                  similarity  gold links the titles\n");
for (const e of [...examples, ...checked].sort((a, b) => a.similarity - b.similarity)) {
  process.stdout.write(`${`${e.set}/${e.name} ${e.way}`.padEnd(40)}${e.similarity.toFixed(3).padStart(10)}  ${e.linked ? "yes" : "no"}${checked.includes(e) ? "   (--check, not fitted)" : ""}\n`);
}
// Leave one pair out: both its ways round leave the fit, and both are decided.
let right = 0;
for (const left of examples) {
  const threshold = fitThreshold(examples.filter((e) => e.set !== left.set || e.name !== left.name));
  if ((left.similarity >= threshold) === left.linked) right++;
}
const decide = (threshold: number, list: readonly Example[]) => list.filter((e) => (e.similarity >= threshold) === e.linked).length;
const fitted = fitThreshold(examples);
process.stdout.write(`leave-one-pair-out: ${right} of ${examples.length} title pairs (each pair both ways round) decided right (the committed ${COMPARABLE_DEFAULTS.minTitleSimilarity}: ${decide(COMPARABLE_DEFAULTS.minTitleSimilarity, examples)})\n`);
if (checked.length > 0) process.stdout.write(`--check title pairs (both ways round) decided right at the fitted threshold: ${decide(fitted, checked)} of ${checked.length}\n`);
process.stdout.write(`fitted on all ${examples.length} title pairs: minTitleSimilarity ${fitted.toFixed(2)}\n`);
