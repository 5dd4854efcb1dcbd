import { describe, expect, it } from "vitest";
import { diagonalBand, fullBand, runBandedDp, type Shape } from "../src/dp/banded-dp.js";
import { beadShapes } from "../src/dp/align-sentences.js";

/** A deterministic pseudo-random stream (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("runBandedDp with a lower bound per shape", () => {
  const shapes: Shape[] = beadShapes(4);
  const merge = 0.15;
  // The bead prices the aligner forms, with a similarity in [0, 1] per bead: merge · (a + b − 2)
  // plus size · (1 − similarity + shortfall), never below the merge part.
  const bounds = Float64Array.from(shapes, ([a, b]) => (a === 0 || b === 0 ? 0 : merge * (a + b - 2)));

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`finds the same path and cost as without it, pricing fewer beads (seed ${seed})`, () => {
      const next = random(seed);
      const n = 40 + Math.floor(next() * 30);
      const m = 40 + Math.floor(next() * 30);
      const similarity = new Map<string, number>();
      const priced = { plain: 0, bounded: 0 };
      const costOf = (key: "plain" | "bounded") => (i0: number, i1: number, j0: number, j1: number) => {
        priced[key]++;
        const a = i1 - i0;
        const b = j1 - j0;
        if (a === 0 || b === 0) return 0.6 * (a + b);
        const id = `${i0},${i1},${j0},${j1}`;
        let s = similarity.get(id);
        // Near the diagonal beads look like translations; ties (equal values) are common.
        if (s === undefined) similarity.set(id, (s = Math.abs(i0 / n - j0 / m) < 0.05 ? Math.round(next() * 8) / 8 : next() * 0.3));
        const shortfall = s < 0.1 ? 4 * (0.1 - s) : 0;
        return ((a + b) / 2) * (1 - s + shortfall) + merge * (a + b - 2);
      };
      for (const band of [fullBand(n, m), diagonalBand(n, m, 6)]) {
        const plain = runBandedDp(n, m, band, shapes, costOf("plain"));
        const bounded = runBandedDp(n, m, band, shapes, costOf("bounded"), undefined, false, bounds);
        expect(bounded.cost).toBe(plain.cost);
        expect(bounded.shapes).toEqual(plain.shapes);
        expect(bounded.nodes).toEqual(plain.nodes);
      }
      expect(priced.bounded).toBeLessThan(priced.plain);
    });
  }
});
