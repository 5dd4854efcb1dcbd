import { describe, expect, it } from "vitest";
import { bandAroundPath, diagonalBand, edgeOf, fullBand, runBandedDp, widenAtEdges, type Shape } from "../src/dp/banded-dp.js";
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

describe("widenAtEdges", () => {
  // A text whose true path leaves the diagonal by 14 sentences in rows 60-100 (a block of the
  // target with no counterpart), then comes back: 1-1 beads along the true path cost 0, every
  // other bead 1, deletions 0.9 a sentence.
  const n = 160;
  const m = 174;
  const truth = (i: number) => (i < 60 ? i : i < 100 ? i + 14 : i + 14);
  const shapes: Shape[] = beadShapes(2);
  const cost = (i0: number, i1: number, j0: number, j1: number) => {
    const a = i1 - i0;
    const b = j1 - j0;
    if (a === 0 || b === 0) return 0.9 * (a + b);
    return a === 1 && b === 1 && truth(i0) === j0 ? 0 : 1 * (a + b);
  };

  it("gives the path room where it ran along the band's edge, and no more elsewhere", () => {
    const narrow = bandAroundPath(n, m, diagonalBand(n, m, 0).lo.reduce<[number, number][]>((nodes, j, i) => [...nodes, [i, j]], []), 4);
    const pushed = runBandedDp(n, m, narrow, shapes, cost);
    const touched = pushed.nodes.filter(([i, j]) => {
      const { low, high } = edgeOf(narrow, m, i, j);
      return low || high;
    });
    expect(touched.length).toBeGreaterThan(0);
    const wide = widenAtEdges(n, m, narrow, pushed.nodes, 8, 16);
    const around = bandAroundPath(n, m, pushed.nodes, 8);
    for (let i = 0; i <= n; i++) {
      // The old band and a band around the new path both stay inside.
      expect(wide.lo[i]!).toBeLessThanOrEqual(Math.min(narrow.lo[i]!, around.lo[i]!));
      expect(wide.hi[i]!).toBeGreaterThanOrEqual(Math.max(narrow.hi[i]!, around.hi[i]!));
      // Rows far from every touching node are not widened beyond that union.
      if (touched.every(([r]) => Math.abs(r - i) > 16)) {
        expect(wide.lo[i]).toBe(Math.min(narrow.lo[i]!, around.lo[i]!));
        expect(wide.hi[i]).toBe(Math.max(narrow.hi[i]!, around.hi[i]!));
      }
    }
    // Widened where needed, a few times over, the band holds the path the whole table finds.
    let band = narrow;
    let path = pushed;
    for (let attempt = 0; attempt < 4 && path.nodes.some(([i, j]) => edgeOf(band, m, i, j).low || edgeOf(band, m, i, j).high); attempt++) {
      band = widenAtEdges(n, m, band, path.nodes, 8 << attempt, 16 << attempt);
      path = runBandedDp(n, m, band, shapes, cost);
    }
    const full = runBandedDp(n, m, fullBand(n, m), shapes, cost);
    expect(path.cost).toBe(full.cost);
    expect(path.nodes).toEqual(full.nodes);
    // And it is smaller than the band twice as wide on every row.
    const cells = (b: { lo: Int32Array; hi: Int32Array }) => b.lo.reduce((sum, lo, i) => sum + b.hi[i]! - lo + 1, 0);
    expect(cells(band)).toBeLessThan(cells(bandAroundPath(n, m, pushed.nodes, 16 << 1)));
  });
});
