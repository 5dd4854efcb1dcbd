/**
 * Diagnosis for the bead extension (issue 21): for every many-to-one / many-to-many gold
 * group of the dev page pairs (hold-out pairs are never read), what the committed bead
 * acceptance leaves of it: taken beads inside the group (`inside`), sentences of the group
 * nothing took (`free`) and sentences taken by a bead reaching outside it (`other`), and
 * whether the group is contiguous on both sides. A tally at the end, in groups and gold
 * links. An extension can only grow a group with a taken bead inside and the rest free.
 *
 *     pnpm exec tsx --conditions=source scripts/list-group-states.ts
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acceptanceProbability, BEAD_ACCEPTANCE_MODEL, listPageGroups, type Bead } from "../packages/align/src/index.js";
import { devPageCandidates, takenCandidates } from "./dev-page-candidates.js";
const here = path.dirname(fileURLToPath(import.meta.url));
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const OFF = new Set(["weak-beads", "recover-moved", "trim-edges", "bead-acceptance", "bead-extension", "cut-counterparts"]);
const tally = new Map<string, number>();
const count = (k: string, w = 1) => tally.set(k, (tally.get(k) ?? 0) + w);
for await (const { set, name, gold, source, target, aligned: a, toOffsets, proposal, title } of devPageCandidates(benchRoot, ["pages-dev", "pages-dev2", "pages-langs-dev"], OFF)) {
  const idsOfSource = a.source.map((_, k) => listPageGroups(gold, source.file.text, target.file.text, [toOffsets({ source: [k], target: [0], score: 0 })]).predicted[0]!.source);
  const idsOfTarget = a.target.map((_, k) => listPageGroups(gold, source.file.text, target.file.text, [toOffsets({ source: [0], target: [k], score: 0 })]).predicted[0]!.target);
  const model = BEAD_ACCEPTANCE_MODEL!;
  const taken = takenCandidates(proposal.candidates, (c) => acceptanceProbability(c.features, model), model.threshold, title);
  const owner = (side: "source" | "target", k: number) => taken.find((b) => b[side].includes(k));
  const groups = listPageGroups(gold, source.file.text, target.file.text, []).gold;
  for (const g of groups) {
    if (g.source.length === 0 || g.target.length === 0) continue;
    if (g.source.length === 1 && g.target.length === 1) continue;
    const links = g.source.length * g.target.length;
    const S = a.source.flatMap((_, k) => (idsOfSource[k]!.some((id) => g.source.includes(id)) ? [k] : []));
    const T = a.target.flatMap((_, k) => (idsOfTarget[k]!.some((id) => g.target.includes(id)) ? [k] : []));
    const contiguous = (xs: number[]) => xs.length > 0 && xs.every((x, k) => k === 0 || x === xs[k - 1]! + 1);
    const inside = taken.filter((b) => b.source.length > 0 && b.target.length > 0 && b.source.every((i) => S.includes(i)) && b.target.every((j) => T.includes(j)));
    const states = [...S.map((i) => ["s", i, owner("source", i)] as const), ...T.map((j) => ["t", j, owner("target", j)] as const)].map(([side, k, b]) => (!b ? "free" : inside.includes(b) ? "in" : "other"));
    const cls = `${contiguous(S) && contiguous(T) ? "contig" : "gaps"} ${S.length > 4 || T.length > 4 ? "long" : ""} inside=${inside.length} free=${states.filter((s) => s === "free").length} other=${states.filter((s) => s === "other").length}`;
    count(cls); count(`${cls} [links]`, links);
    const desc = [...S.map((i) => `s${i}:${owner("source", i) ? (inside.includes(owner("source", i)!) ? "in" : `other(${owner("source", i)!.source.join(",")}:${owner("source", i)!.target.join(",")})`) : "free"}`), ...T.map((j) => `t${j}:${owner("target", j) ? (inside.includes(owner("target", j)!) ? "in" : `other(${owner("target", j)!.source.join(",")}:${owner("target", j)!.target.join(",")})`) : "free"}`)];
    process.stdout.write(`${set}/${name} ${S.join(",")}:${T.join(",")} ${desc.join(" ")}\n`);
  }
}
process.stdout.write(`${[...tally].sort().map(([k, v]) => `${k}: ${v}`).join("\n")}\n`);
