import { describe, expect, it } from "vitest";
import { acceptanceFits, acceptBeads, BEAD_ACCEPTANCE_MODEL, type Bead, type PreparedScorer } from "@tandem/align";
import { matrixScorer as tableOnly } from "./matrix-scorer.js";

/** The matrix scorer with the lexical scorer's signal names: coverage both ways follows the similarity, lengths agree, no numbers. */
function matrixScorer(matrix: number[][]): PreparedScorer {
  const inner = tableOnly(matrix);
  return {
    similarity: inner.similarity,
    signals: (i0, i1, j0, j1) => {
      const s = inner.similarity(i0, i1, j0, j1);
      return { sourceCoverage: s, targetCoverage: s, length: 0.8, numbers: 1 };
    },
  };
}

describe("acceptBeads with the fitted model", () => {
  it("exists (scripts/fit-bead-acceptance.ts has been run) and says where its numbers came from", () => {
    expect(BEAD_ACCEPTANCE_MODEL?.fitted).toMatch(/leave-one-pair-out/);
  });

  it("keeps clear pairs and dissolves a shift-by-one pair outcompeted by its neighbour's counterpart", () => {
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
    ]);
  });

  it("does not judge the beads of a scorer whose signals it was not fitted on", () => {
    expect(acceptanceFits(tableOnly([[0.5]]), BEAD_ACCEPTANCE_MODEL!, 1, 1)).toBe(false);
    expect(acceptanceFits(matrixScorer([[0.5]]), BEAD_ACCEPTANCE_MODEL!, 1, 1)).toBe(true);
  });

  it("leaves moved pairs alone", () => {
    const scorer = matrixScorer([
      [0.05, 0.3],
      [0.3, 0.35],
    ]);
    const beads: Bead[] = [{ source: [0], target: [1], score: 0.3, moved: true }, { source: [1], target: [0], score: 0.3, moved: true }];
    expect(acceptBeads(beads, scorer, BEAD_ACCEPTANCE_MODEL!)).toEqual(beads);
  });
});
