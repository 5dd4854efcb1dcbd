import { describe, expect, it } from "vitest";
import { trimBeadEdges, type Bead } from "@tandem/align";
import { matrixScorer } from "./matrix-scorer.js";

describe("trimBeadEdges", () => {
  it("cuts a lead the other side lacks off a merged bead, even when one cut alone gains little", () => {
    // Source 0 and 1 are a title and lead; 2-3 together are target 0.
    const scorer = matrixScorer([[0.1], [0.2], [0.7], [0.6]], { "1-4:0-1": 0.5, "2-4:0-1": 0.72 });
    const beads: Bead[] = [{ source: [0, 1, 2, 3], target: [0], score: 0.4 }];
    expect(trimBeadEdges(beads, scorer)).toEqual([
      { source: [0], target: [], score: 0 },
      { source: [1], target: [], score: 0 },
      { source: [2, 3], target: [0], score: 0.72, signals: { lexical: 0.72 } },
    ]);
  });

  it("keeps a real 2-1 whose similarity drops without either sentence", () => {
    const scorer = matrixScorer([[0.5], [0.4]], { "0-2:0-1": 0.8 });
    const beads: Bead[] = [{ source: [0, 1], target: [0], score: 0.8 }];
    expect(trimBeadEdges(beads, scorer)).toEqual(beads);
  });

  it("cuts the target side too, placing the cut sentence after the bead", () => {
    const scorer = matrixScorer([[0.9, 0.0]], { "0-1:0-2": 0.45 });
    expect(trimBeadEdges([{ source: [0], target: [0, 1], score: 0.45 }], scorer)).toEqual([
      { source: [0], target: [0], score: 0.9, signals: { lexical: 0.9 } },
      { source: [], target: [1], score: 0 },
    ]);
  });

  it("leaves 1-1, deletions and moved beads alone", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.1 },
      { source: [1], target: [], score: 0 },
      { source: [2, 3], target: [1], score: 0.1, moved: true },
    ];
    expect(trimBeadEdges(beads, matrixScorer([[0], [0], [0, 1], [0, 1]]))).toEqual(beads);
  });
});
