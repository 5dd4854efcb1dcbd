import { describe, expect, it } from "vitest";
import type { PreparedScorer } from "@tandem/align";
import { fullBand, type Band } from "../src/dp/banded-dp.js";
import { withMargin } from "../src/dp/with-margin.js";

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

describe("withMargin", () => {
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
});
