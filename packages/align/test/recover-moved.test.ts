import { describe, expect, it } from "vitest";
import { recoverMovedBeads, type Bead } from "@tandem/align";
import { matrixScorer } from "./matrix-scorer.js";

// Source 0..3, target 0..3: 0↔1, 1↔2 aligned by the DP; source 3 is the caption
// that target 0 carries at the top of the other edition.
const dpBeads: Bead[] = [
  { source: [], target: [0], score: 0 },
  { source: [0], target: [1], score: 0.9 },
  { source: [1], target: [2], score: 0.8 },
  { source: [2], target: [], score: 0 },
  { source: [], target: [3], score: 0 },
  { source: [3], target: [], score: 0 },
];

describe("recoverMovedBeads", () => {
  it("pairs a leftover caption with its moved counterpart and marks it moved", () => {
    const scorer = matrixScorer([
      [0.05, 0.9, 0.1, 0.0],
      [0.05, 0.1, 0.8, 0.05],
      [0.1, 0.05, 0.1, 0.12],
      [0.7, 0.05, 0.05, 0.0],
    ]);
    const out = recoverMovedBeads(dpBeads, scorer);
    expect(out.filter((bead) => bead.moved)).toEqual([
      { source: [3], target: [0], score: 0.7, moved: true, signals: { lexical: 0.7, margin: expect.any(Number) } },
    ]);
    // Every sentence is in exactly one bead afterwards.
    expect(out.flatMap((bead) => bead.source).sort()).toEqual([0, 1, 2, 3]);
    expect(out.flatMap((bead) => bead.target).sort()).toEqual([0, 1, 2, 3]);
    // The weak leftover pair 2↔3 (0.12) stays unaligned: below the similarity floor.
    expect(out).toContainEqual({ source: [2], target: [], score: 0 });
    expect(out).toContainEqual({ source: [], target: [3], score: 0 });
  });

  it("refuses a pair that is not clearly better than its alternatives (low margin)", () => {
    // Source 3 resembles every target about as much as target 0: no margin.
    const scorer = matrixScorer([
      [0.05, 0.9, 0.1, 0.0],
      [0.05, 0.1, 0.8, 0.05],
      [0.1, 0.05, 0.1, 0.12],
      [0.6, 0.55, 0.55, 0.5],
    ]);
    expect(recoverMovedBeads(dpBeads, scorer).some((bead) => bead.moved)).toBe(false);
  });

  it("joins two adjacent leftover sentences that together match one sentence", () => {
    const beads: Bead[] = [
      { source: [0], target: [], score: 0 },
      { source: [1], target: [], score: 0 },
      { source: [2], target: [0], score: 0.9 },
      { source: [], target: [1], score: 0 },
    ];
    const scorer = matrixScorer([
      [0.1, 0.8],
      [0.05, 0.75],
      [0.9, 0.1],
    ]);
    // Target 1 resembles source 0 (0.8) and source 1 (0.75) alike: neither single pair
    // has a clear lead over its runner-up, the 2-1 bead does.
    const moved = recoverMovedBeads(beads, scorer).filter((bead) => bead.moved);
    expect(moved).toEqual([{ source: [0, 1], target: [1], score: 0.775, moved: true, signals: expect.any(Object) }]);
  });

  it("returns the beads unchanged when one side has no leftovers", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [], score: 0 },
    ];
    expect(recoverMovedBeads(beads, matrixScorer([[0.9], [0.9]]))).toEqual(beads);
  });
});
