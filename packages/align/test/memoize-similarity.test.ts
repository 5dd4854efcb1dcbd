import { describe, expect, it } from "vitest";
import { diagonalBand, type Band } from "../src/dp/banded-dp.js";
import { memoizeSimilarity } from "../src/dp/memoize-similarity.js";
import type { PreparedScorer } from "../src/scoring/span-scorer.js";

const SHAPES = [[1, 0], [0, 1], [1, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1]] as const;
const N = 60;
const M = 70;

/** A scorer whose similarity of each bead is its own number (0 for some), counting what it is asked. */
function countingScorer() {
  const asked = new Map<string, number>();
  const value = (i0: number, i1: number, j0: number, j1: number) => ((i0 * 7919 + i1 * 104729 + j0 * 1299709 + j1 * 15485863) % 1000) / 1000;
  const scorer: PreparedScorer = {
    similarity(i0, i1, j0, j1) {
      const key = `${i0},${i1},${j0},${j1}`;
      asked.set(key, (asked.get(key) ?? 0) + 1);
      return value(i0, i1, j0, j1);
    },
    signals: () => ({}),
  };
  return { scorer, asked, value };
}

/** Every bead of SHAPES ending in `band` (deletions aside), as a search there asks for them. */
function beadsIn(band: Band): [number, number, number, number][] {
  const beads: [number, number, number, number][] = [];
  for (let i = 1; i <= N; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      for (const [a, b] of SHAPES) if (a > 0 && b > 0 && i - a >= 0 && j - b >= 0) beads.push([i - a, i, j - b, j]);
    }
  }
  return beads;
}

describe("memoizeSimilarity", () => {
  it("gives the scorer's value of every bead and asks the scorer once per bead across widening bands", () => {
    const { scorer, asked, value } = countingScorer();
    const memo = memoizeSimilarity(scorer, N, SHAPES);
    // Widths that grow within the first arena's room (4 → 8) and past it (8 → 30), and a band
    // moved off the diagonal, which widens some rows on one side only.
    const shifted: Band = { lo: diagonalBand(N, M, 3).lo.map((lo) => Math.min(M, lo + 6)), hi: diagonalBand(N, M, 3).hi.map((hi) => Math.min(M, hi + 6)) };
    for (const band of [diagonalBand(N, M, 4), diagonalBand(N, M, 8), shifted, diagonalBand(N, M, 30)]) {
      memo.reserve(band);
      for (const [i0, i1, j0, j1] of beadsIn(band)) {
        expect(memo.prepared.similarity(i0, i1, j0, j1)).toBe(value(i0, i1, j0, j1));
        expect(memo.prepared.similarity(i0, i1, j0, j1)).toBe(value(i0, i1, j0, j1));
      }
    }
    expect([...asked.values()].filter((count) => count > 1)).toEqual([]);
    expect(asked.size).toBe(new Set(beadsIn(diagonalBand(N, M, 30)).map((bead) => bead.join(","))).size);
  });

  it("asks the scorer every time for beads outside the bands and shapes it keeps", () => {
    const { scorer, asked } = countingScorer();
    const memo = memoizeSimilarity(scorer, N, SHAPES);
    memo.reserve(diagonalBand(N, M, 2));
    memo.prepared.similarity(0, 1, 60, 61);
    memo.prepared.similarity(0, 1, 60, 61);
    memo.prepared.similarity(10, 14, 10, 11); // a 4-1 bead: not a kept shape
    memo.prepared.similarity(10, 14, 10, 11);
    expect(asked.get("0,1,60,61")).toBe(2);
    expect(asked.get("10,14,10,11")).toBe(2);
  });
});
