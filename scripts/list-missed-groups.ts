/**
 * Scratch diagnosis (issue 21): for every dev page pair, the gold groups and what the
 * acceptance's candidates do with them: exact candidate or not, taken by the committed
 * model or not, and for a missed many-to-one / many-to-many group the candidates that
 * touch it. Hold-out pairs are never read.
 *
 *     pnpm exec tsx --conditions=source scripts/list-missed-groups.ts [--sets pages-dev,pages-dev2,pages-langs-dev] [--all] [--grow N]
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acceptanceProbability, BEAD_ACCEPTANCE_MODEL, listPageGroups, type Bead } from "../packages/align/src/index.js";
import { devPageCandidates, takenCandidates } from "./dev-page-candidates.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const sets = (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",");
const OFF = new Set(["weak-beads", "recover-moved", "trim-edges", "bead-acceptance", "cut-counterparts"]);
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const grow = valueOf("--grow") !== undefined ? { grow: Number(valueOf("--grow")) } : {};
for await (const { set, name, gold, source, target, aligned: a, toOffsets, proposal, title } of devPageCandidates(benchRoot, sets, OFF, grow)) {
  const keyOf = (bead: Bead) => listPageGroups(gold, source.file.text, target.file.text, [toOffsets(bead)]).predicted[0]?.key ?? "";
  // Gold ids of each aligner sentence (pair each with sentence 0 of the other side).
  const idsOfSource = a.source.map((_, k) => listPageGroups(gold, source.file.text, target.file.text, [toOffsets({ source: [k], target: [0], score: 0 })]).predicted[0]!.source);
  const idsOfTarget = a.target.map((_, k) => listPageGroups(gold, source.file.text, target.file.text, [toOffsets({ source: [0], target: [k], score: 0 })]).predicted[0]!.target);
  const model = BEAD_ACCEPTANCE_MODEL!;
  const p = (f: Readonly<Record<string, number>>) => acceptanceProbability(f, model);
  const taken = takenCandidates(proposal.candidates, (c) => p(c.features), model.threshold, title);
  const takenKeys = new Set(taken.map(keyOf));
  const candKeys = new Map(proposal.candidates.map((c) => [keyOf(c.bead), c]));
  const groups = listPageGroups(gold, source.file.text, target.file.text, []).gold;
  process.stdout.write(`== ${set}/${name} (${a.source.length}x${a.target.length})\n`);
  for (const g of groups) {
    if (g.source.length === 0 || g.target.length === 0) continue;
    const shape = g.source.length === 1 && g.target.length === 1 ? "1-1" : "n-m";
    const S = a.source.flatMap((_, k) => (idsOfSource[k]!.some((id) => g.source.includes(id)) ? [k] : []));
    const T = a.target.flatMap((_, k) => (idsOfTarget[k]!.some((id) => g.target.includes(id)) ? [k] : []));
    const hit = takenKeys.has(g.key);
    const cand = candKeys.get(g.key);
    const status = hit ? "hit" : cand ? "cand" : "nocand";
    count(`${shape} ${status}`);
    if (hit || (shape === "1-1" && !args.includes("--all"))) continue;
    const contiguous = (xs: number[]) => xs.length > 0 && xs.every((x, k) => k === 0 || x === xs[k - 1]! + 1);
    const ok = S.length && T.length && contiguous(S) && contiguous(T);
    const sim = ok ? a.prepared.similarity(S[0]!, S.at(-1)! + 1, T[0]!, T.at(-1)! + 1) : NaN;
    const sig = ok ? a.prepared.signals(S[0]!, S.at(-1)! + 1, T[0]!, T.at(-1)! + 1) : {};
    const two = (x: Record<string, number>) => ((x.sourceCoverage ?? 0) + (x.targetCoverage ?? 0) > 0 ? (2 * x.sourceCoverage! * x.targetCoverage!) / (x.sourceCoverage! + x.targetCoverage!) : 0);
    process.stdout.write(`  ${shape} ${status} gold ${g.source.join(",")} | ${g.target.join(",")} -> aligner ${S.join(",")}:${T.join(",")} sim ${sim.toFixed(2)} sc ${(sig.sourceCoverage ?? NaN).toFixed(2)} tc ${(sig.targetCoverage ?? NaN).toFixed(2)} F ${two(sig).toFixed(2)}${cand ? ` p=${p(cand.features).toFixed(2)}` : ""}\n`);
    for (const c of proposal.candidates) {
      if (!c.bead.source.some((i) => S.includes(i)) && !c.bead.target.some((j) => T.includes(j))) continue;
      const took = taken.includes(c.bead) ? "TAKE" : "    ";
      process.stdout.write(`      ${took} ${c.bead.source.join(",")}:${c.bead.target.join(",")} p=${p(c.features).toFixed(2)} sim=${c.features.similarity!.toFixed(2)} sc=${(c.features.sourceCoverage ?? NaN).toFixed(2)} tc=${(c.features.targetCoverage ?? NaN).toFixed(2)} F=${two(c.features).toFixed(2)} prop=${c.features.proposed}\n`);
    }
    for (const k of S) process.stdout.write(`      s${k}: ${a.source[k]!.text.slice(0, 110)}\n`);
    for (const k of T) process.stdout.write(`      t${k}: ${a.target[k]!.text.slice(0, 110)}\n`);
  }
}
process.stdout.write(`${[...tally].sort().map(([k, v]) => `${k}: ${v}`).join("\n")}\n`);
