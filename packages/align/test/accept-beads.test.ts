import { describe, expect, it } from "vitest";
import { acceptanceFits, acceptBeads, BEAD_ACCEPTANCE_MODEL, proposeBeads, type Bead, type PreparedScorer } from "@tandem/align";
import { matrixScorer as tableOnly } from "./matrix-scorer.js";

/** The matrix scorer with the lexical scorer's signal names: coverage both ways follows the similarity, lengths agree, no numbers. */
function matrixScorer(matrix: number[][], spans: Record<string, number> = {}): PreparedScorer {
  const inner = tableOnly(matrix, spans);
  return {
    similarity: inner.similarity,
    signals: (i0, i1, j0, j1) => {
      const s = inner.similarity(i0, i1, j0, j1);
      return { sourceCoverage: s, targetCoverage: s, length: 0.8, numbers: 1 };
    },
  };
}

/** Source 1 rendered as targets 1 and 2 (the 1-2 span scores 0.75); the DP paired source 1 with target 1 and left target 2 out. */
function renderedAsTwo(): { scorer: PreparedScorer; beads: Bead[] } {
  const scorer = matrixScorer(
    [
      [0.8, 0.05, 0.05, 0.05],
      [0.05, 0.4, 0.35, 0.05],
      [0.05, 0.05, 0.05, 0.7],
    ],
    { "1-2:1-3": 0.75 },
  );
  const beads: Bead[] = [
    { source: [0], target: [0], score: 0.8 },
    { source: [1], target: [1], score: 0.4 },
    { source: [], target: [2], score: 0 },
    { source: [2], target: [3], score: 0.7 },
  ];
  return { scorer, beads };
}

describe("acceptBeads with the fitted model", () => {
  it("exists (scripts/fit-bead-acceptance.ts has been run) and says where its numbers came from", () => {
    expect(BEAD_ACCEPTANCE_MODEL?.fitted).toMatch(/leave-one-pair-out/);
  });

  it("keeps clear pairs, dissolves a shift-by-one pair and gives the freed sentence its real partner", () => {
    // Source 2 has no counterpart; the DP paired it with target 2, whose real partner is source 3.
    const scorer = matrixScorer([
      [0.8, 0.05, 0.05, 0.05],
      [0.05, 0.7, 0.05, 0.05],
      [0.05, 0.05, 0.04, 0.05],
      [0.05, 0.05, 0.6, 0.1],
    ]);
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.8 },
      { source: [1], target: [1], score: 0.7 },
      { source: [2], target: [2], score: 0.04 },
      { source: [3], target: [3], score: 0.1 },
    ];
    const kept = acceptBeads(beads, scorer, BEAD_ACCEPTANCE_MODEL!);
    expect(kept.filter((bead) => bead.source.length > 0 && bead.target.length > 0).map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[3], [2]],
    ]);
    // Every sentence is in exactly one bead, in reading order.
    expect(kept.flatMap((bead) => bead.source)).toEqual([0, 1, 2, 3]);
    expect(kept.flatMap((bead) => bead.target).sort()).toEqual([0, 1, 2, 3]);
  });

  it("proposes a sentence rendered as two on the other side, which the DP had split", () => {
    // Target 1 and 2 together translate source 1; the DP paired source 1 with target 1 only
    // and left target 2 out. The 1-2 span pair is each span's best match and wins.
    const { scorer, beads } = renderedAsTwo();
    // (Grown candidates, growBeads, are proposed too; the mutual-best span pair is not grown.)
    const proposed = proposeBeads(beads, scorer, { neighbours: false }).candidates.filter((candidate) => candidate.features.proposed === 1 && candidate.features.grown !== 1);
    expect(proposed.map((candidate) => [candidate.bead.source, candidate.bead.target])).toEqual([[[1], [1, 2]]]);
    const kept = acceptBeads(beads, scorer, BEAD_ACCEPTANCE_MODEL!);
    expect(kept.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  it("proposes the pair right after a candidate, which is nobody's mutual best, and tells it the support of its run", () => {
    // Source 0 ↔ target 0 is clear; source 1's best is target 2 and target 1's best is
    // source 2, so source 1 ↔ target 1 (0.3) is no mutual best: only as the next pair of
    // the run after 0 ↔ 0 does it compete.
    const scorer = matrixScorer([
      [0.7, 0.05, 0.05],
      [0.05, 0.3, 0.35],
      [0.05, 0.4, 0.05],
    ]);
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.7 },
      { source: [1, 2], target: [], score: 0 },
      { source: [], target: [1, 2], score: 0 },
    ];
    const pairs = (neighbours: boolean) => proposeBeads(beads, scorer, { neighbours }).candidates.map((c) => `${c.bead.source}:${c.bead.target}`);
    expect(pairs(false)).not.toContain("1:1");
    expect(pairs(true)).toContain("1:1");
    const next = proposeBeads(beads, scorer).candidates.find((c) => `${c.bead.source}:${c.bead.target}` === "1:1")!;
    expect(next.features.support).toBeCloseTo(0.7);
    // 2 ↔ 1, a mutual best, lies in no run: the pair before it is 1 ↔ 0 (0.05), none follows.
    const crossed = proposeBeads(beads, scorer).candidates.find((c) => `${c.bead.source}:${c.bead.target}` === "2:1")!;
    expect(crossed.features.support).toBeCloseTo(0.05);
  });

  it("judges with a model that reads any feature the candidates carry, so a new feature cannot switch the acceptance off", () => {
    const { scorer, beads } = renderedAsTwo();
    const names = [...new Set(proposeBeads(beads, scorer, { grow: 1 }).candidates.flatMap((c) => Object.keys(c.features)))].sort();
    expect(names).toEqual(expect.arrayContaining(["grown", "lead", "proposed", "support", "gain", "edgeRival", "margin"]));
    const model = { ...BEAD_ACCEPTANCE_MODEL!, features: names, mean: names.map(() => 0), scale: names.map(() => 1), weights: names.map(() => 0) };
    expect(acceptanceFits(scorer, model, 3, 4)).toBe(true);
  });

  it("does not judge the beads of a scorer whose signals it was not fitted on", () => {
    expect(acceptanceFits(tableOnly([[0.5]]), BEAD_ACCEPTANCE_MODEL!, 1, 1)).toBe(false);
    expect(acceptanceFits(matrixScorer([[0.5]]), BEAD_ACCEPTANCE_MODEL!, 1, 1)).toBe(true);
  });

  it("keeps clear moved pairs, and lets a better pair win over a moved one", () => {
    const crossed = matrixScorer([
      [0.05, 0.6],
      [0.6, 0.05],
    ]);
    const moved: Bead[] = [{ source: [0], target: [1], score: 0.6, moved: true }, { source: [1], target: [0], score: 0.6, moved: true }];
    expect(acceptBeads(moved, crossed, BEAD_ACCEPTANCE_MODEL!).map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [1]],
      [[1], [0]],
    ]);
    // Source 1 matches target 1 better than the target it was moved to.
    const weak = matrixScorer([
      [0.05, 0.3],
      [0.3, 0.6],
    ]);
    const pairs = acceptBeads([{ source: [0], target: [1], score: 0.3, moved: true }, { source: [1], target: [0], score: 0.3, moved: true }], weak, BEAD_ACCEPTANCE_MODEL!)
      .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
      .map((bead) => [bead.source, bead.target]);
    expect(pairs).toEqual([[[1], [1]]]);
  });

  it("judges a bead with gaps by its contiguous pieces instead of keeping it unjudged", () => {
    // The second DP pass glued source 0 and 2 around the moved source 1; only 0-0 is right.
    const scorer = matrixScorer([
      [0.7, 0.05],
      [0.05, 0.6],
      [0.02, 0.05],
    ]);
    const beads: Bead[] = [
      { source: [0, 2], target: [0], score: 0.5 },
      { source: [1], target: [1], score: 0.6, moved: true },
    ];
    const dpCandidates = proposeBeads(beads, scorer).candidates.filter((candidate) => candidate.features.proposed === 0);
    expect(dpCandidates.map((candidate) => [candidate.bead.source, candidate.bead.target])).toEqual([
      [[0], [0]],
      [[2], [0]],
      [[1], [1]],
    ]);
    const paired = acceptBeads(beads, scorer, BEAD_ACCEPTANCE_MODEL!).filter((bead) => bead.source.length > 0 && bead.target.length > 0);
    expect(paired.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
});
