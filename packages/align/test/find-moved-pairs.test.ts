import { describe, expect, it } from "vitest";
import { findMovedPairs, type Bead } from "@tandem/align";
import { matrixScorer } from "./matrix-scorer.js";

// Source 2 (a caption far down) was swallowed into the DP bead [1, 2]:[2]; its
// counterpart is target 0, which the DP left unaligned at the top.
const beads: Bead[] = [
  { source: [], target: [0], score: 0 },
  { source: [0], target: [1], score: 0.8 },
  { source: [1, 2], target: [2], score: 0.5 },
  { source: [3], target: [3], score: 0.7 },
];

describe("findMovedPairs", () => {
  it("finds a pair that is each other's clear best but sits far apart", () => {
    // Source 5 is a caption at the end, swallowed into [4, 5]:[5]; its counterpart, target
    // 0, heads the other edition.
    const far: Bead[] = [
      { source: [], target: [0], score: 0 },
      ...[0, 1, 2, 3].map((i): Bead => ({ source: [i], target: [i + 1], score: 0.8 })),
      { source: [4, 5], target: [5], score: 0.5 },
    ];
    const scorer = matrixScorer([
      [0.05, 0.8, 0.1, 0.05, 0.05, 0.05],
      [0.05, 0.1, 0.8, 0.1, 0.05, 0.05],
      [0.05, 0.05, 0.1, 0.8, 0.1, 0.05],
      [0.05, 0.05, 0.05, 0.1, 0.8, 0.1],
      [0.05, 0.05, 0.05, 0.05, 0.1, 0.7],
      [0.6, 0.05, 0.05, 0.05, 0.1, 0.15],
    ]);
    expect(findMovedPairs(far, scorer)).toEqual([{ source: 5, target: 0, similarity: 0.6, margin: expect.any(Number) }]);
  });

  it("leaves a partner one bead over to the DP: that is a boundary, not a move", () => {
    const scorer = matrixScorer([
      [0.05, 0.8, 0.1, 0.05],
      [0.05, 0.1, 0.7, 0.1],
      [0.6, 0.05, 0.15, 0.1],
      [0.05, 0.1, 0.05, 0.7],
    ]);
    expect(findMovedPairs(beads, scorer)).toEqual([]);
    expect(findMovedPairs(beads, scorer, { minDisplacement: 2 })).toEqual([{ source: 2, target: 0, similarity: 0.6, margin: expect.any(Number) }]);
  });

  it("does not move a pair that is not clearly better than its runner-up", () => {
    const scorer = matrixScorer([
      [0.05, 0.8, 0.1, 0.05],
      [0.05, 0.1, 0.7, 0.1],
      [0.6, 0.05, 0.55, 0.1],
      [0.05, 0.1, 0.05, 0.7],
    ]);
    expect(findMovedPairs(beads, scorer)).toEqual([]);
  });

  it("never reports pairs already in one bead", () => {
    const scorer = matrixScorer([
      [0.05, 0.8, 0.1, 0.05],
      [0.05, 0.1, 0.7, 0.1],
      [0.0, 0.05, 0.15, 0.1],
      [0.05, 0.1, 0.05, 0.7],
    ]);
    expect(findMovedPairs(beads, scorer)).toEqual([]);
  });
});
