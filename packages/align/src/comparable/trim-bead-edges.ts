import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { COMPARABLE_DEFAULTS } from "./comparable-defaults.js";

/** Options of {@link trimBeadEdges}. */
export interface TrimBeadEdgesOptions {
  /** How much a bead's similarity must rise when edge sentences leave it. Default 0.1. */
  readonly minGain?: number;
  /** Most sentences cut off one bead, over all four ends. Default 3. */
  readonly maxTrim?: number;
}

/**
 * Takes sentences off the ends of many-to-n beads when the bead is more similar
 * without them, and leaves them unaligned (1-0 / 0-1). The DP prices a deletion
 * higher than a weak merge, so in comparable articles it glues a title or an opening
 * paragraph the other edition lacks onto the first real bead ("[2, 3, 5, 6]:[0]").
 * A sentence that belongs in a bead raises its similarity (it covers more of the other
 * side), so a real 2-1 loses similarity when trimmed and stays as it is.
 *
 * Beads must use contiguous indices of the lists `prepared` was bound to; the result
 * keeps every sentence in exactly one bead, in order.
 *
 * @example
 * trimBeadEdges([{ source: [0, 1], target: [0], score: 0.55 }], prepared)
 * // [{ source: [0], target: [], score: 0 }, { source: [1], target: [0], score: 0.67, … }]
 */
export function trimBeadEdges(beads: readonly Bead[], prepared: PreparedScorer, options: TrimBeadEdgesOptions = {}): Bead[] {
  const minGain = options.minGain ?? COMPARABLE_DEFAULTS.trim.minGain;
  const maxTrim = options.maxTrim ?? COMPARABLE_DEFAULTS.trim.maxTrim;
  const out: Bead[] = [];
  for (const bead of beads) {
    const a = bead.source.length;
    const b = bead.target.length;
    if (bead.moved || a === 0 || b === 0 || a + b <= 2) {
      out.push(bead);
      continue;
    }
    const i0 = bead.source[0]!;
    const j0 = bead.target[0]!;
    const full = prepared.similarity(i0, i0 + a, j0, j0 + b);
    // Every way to cut up to maxTrim sentences off the four ends, at once: a lead of two
    // sentences may only pay off when both go (the first cut alone gains little).
    let best = { score: full + minGain, ps: 0, qs: 0, pt: 0, qt: 0, found: false };
    for (let ps = 0; ps < a; ps++) {
      for (let qs = 0; ps + qs < a; qs++) {
        for (let pt = 0; pt < b; pt++) {
          for (let qt = 0; pt + qt < b; qt++) {
            const cut = ps + qs + pt + qt;
            if (cut === 0 || cut > maxTrim) continue;
            const score = prepared.similarity(i0 + ps, i0 + a - qs, j0 + pt, j0 + b - qt);
            if (score >= best.score) best = { score, ps, qs, pt, qt, found: true };
          }
        }
      }
    }
    if (!best.found) {
      out.push(bead);
      continue;
    }
    const source = bead.source.slice(best.ps, a - best.qs);
    const target = bead.target.slice(best.pt, b - best.qt);
    const lone = (side: "source" | "target", index: number): Bead =>
      side === "source" ? { source: [index], target: [], score: 0 } : { source: [], target: [index], score: 0 };
    out.push(
      ...bead.source.slice(0, best.ps).map((i) => lone("source", i)),
      ...bead.target.slice(0, best.pt).map((j) => lone("target", j)),
      {
        source,
        target,
        score: Math.min(1, Math.max(0, best.score)),
        signals: prepared.signals(source[0]!, source.at(-1)! + 1, target[0]!, target.at(-1)! + 1),
      },
      ...bead.source.slice(a - best.qs).map((i) => lone("source", i)),
      ...bead.target.slice(b - best.qt).map((j) => lone("target", j)),
    );
  }
  return out;
}
