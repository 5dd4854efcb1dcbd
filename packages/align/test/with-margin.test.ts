import { describe, expect, it } from "vitest";
import type { PreparedScorer } from "@tandem/align";
import { fullBand, type Band } from "../src/dp/banded-dp.js";
import { createMargin, marginSimilarity } from "../src/dp/with-margin.js";

/** A scorer over a fixed 1-1 table; longer spans score their mean, to keep the margin's arithmetic visible. */
function tableScorer(table: number[][]): PreparedScorer {
  return {
    similarity(i0, i1, j0, j1) {
      let sum = 0;
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) sum += table[i]![j]!;
      return sum / ((i1 - i0) * (j1 - j0));
    },
    signals: () => ({}),
  };
}

/** `prepared` with the margin applied, as alignSentences prices a bead with it. */
function withMargin(prepared: PreparedScorer, band: Band, weight: number): Pick<PreparedScorer, "similarity"> {
  const margin = createMargin(prepared, band, weight);
  return { similarity: (i0, i1, j0, j1) => marginSimilarity(margin, prepared.similarity(i0, i1, j0, j1), i0, i1, j0, j1) };
}

describe("the margin (createMargin, marginSimilarity)", () => {
  // Source 0 is a hub (similar to most targets); source 1 and target 1 match each other only.
  const table = [
    [0.8, 0.0, 0.7, 0.7, 0.7],
    [0.0, 0.6, 0.1, 0.1, 0.1],
  ];

  it("lowers a hub sentence's similarities below a specific sentence's", () => {
    const margined = withMargin(tableScorer(table), fullBand(2, 5), 1);
    // Raw: 0.8 for the hub's best pair beats 0.6; after the margin the specific pair wins.
    expect(margined.similarity(1, 2, 1, 2)).toBeGreaterThan(margined.similarity(0, 1, 0, 1));
  });

  it("keeps a pair with no evidence at 0, whatever the neighbourhoods", () => {
    const margined = withMargin(tableScorer(table), fullBand(2, 5), 1);
    expect(margined.similarity(1, 2, 0, 1)).toBe(0);
  });

  it("looks only at candidates inside the band", () => {
    // Source 0 may only see targets 0-1 (node rows lo..hi): its neighbourhood ignores targets 2-4.
    const band: Band = { lo: Int32Array.from([0, 0, 0]), hi: Int32Array.from([1, 5, 5]) };
    const narrow = withMargin(tableScorer(table), band, 1);
    const full = withMargin(tableScorer(table), fullBand(2, 5), 1);
    expect(narrow.similarity(0, 1, 0, 1)).not.toBeCloseTo(full.similarity(0, 1, 0, 1), 6);
    expect(narrow.similarity(1, 2, 1, 2)).not.toBeCloseTo(full.similarity(1, 2, 1, 2), 6);
  });

  it("with weight 0 changes nothing", () => {
    const prepared = tableScorer(table);
    const margined = withMargin(prepared, fullBand(2, 5), 0);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 5; j++) expect(margined.similarity(i, i + 1, j, j + 1)).toBeCloseTo(prepared.similarity(i, i + 1, j, j + 1), 12);
  });

  it("reads the neighbourhood sums from its tables as a loop over each span adds them, longer spans included", () => {
    // 9 × 11 sentences with irregular similarities, beads up to 6 a side (past the tables' depth of 4).
    const big = Array.from({ length: 9 }, (_, i) => Array.from({ length: 11 }, (_, j) => ((i * 37 + j * 53) % 17) / 17));
    const prepared = tableScorer(big);
    const margin = createMargin(prepared, fullBand(9, 11), 0.5, 4);
    for (let i0 = 0; i0 < 9; i0++) {
      for (let i1 = i0 + 1; i1 <= Math.min(9, i0 + 6); i1++) {
        for (let j0 = 0; j0 < 11; j0++) {
          for (let j1 = j0 + 1; j1 <= Math.min(11, j0 + 6); j1++) {
            // The margin as withMargin applied it before its sums were tables.
            const raw = prepared.similarity(i0, i1, j0, j1);
            let s = 0;
            for (let i = i0; i < i1; i++) s += margin.sourceNeighbourhood[i]!;
            let t = 0;
            for (let j = j0; j < j1; j++) t += margin.targetNeighbourhood[j]!;
            const penalty = (s / (i1 - i0) + t / (j1 - j0)) / 2;
            const expected = raw <= 0 ? 0 : Math.min(1, Math.max(0, raw - 0.5 * (penalty - margin.mean)));
            expect(marginSimilarity(margin, raw, i0, i1, j0, j1)).toBe(expected);
          }
        }
      }
    }
  });
});
