import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { beadSpan, signalOf, spanBead, type BeadSpan } from "./bead-competition.js";

/** Options of {@link growBeads}. */
export interface GrowBeadsOptions {
  /** Longest side of a grown bead. */
  readonly maxSpan: number;
  /** How many sentences may be added to a bead, one at a time. */
  readonly steps: number;
}

/**
 * Many-to-one and many-to-many candidates grown from `beads` (the DP's beads and the
 * proposed span pairs): a sentence next to a bead, on either side, joins it when it
 * explains more of the other side (the coverage of the side it does not join rises), one
 * sentence at a time up to `steps`, each side at most `maxSpan` long; and two beads that
 * touch on both sides (a 1-1 followed by a 1-1, s12-t03 then s13-t04) are joined. So a
 * sentence rendered as two (s15 ↔ t06,t07, output as s15-t06), a 3-1 or a 2-2 has a
 * candidate; whether it is a true extension or a glued neighbour is the acceptance's
 * call (`gain`, `edgeRival` in beadFeatures). Only beads not among `beads` are returned.
 *
 * @example
 * growBeads([{ source: [14], target: [5], score: 0.47 }], prepared, { maxSpan: 3, steps: 2 }) // [{ source: [14], target: [5, 6], … }]
 */
export function growBeads(beads: readonly Bead[], prepared: PreparedScorer, n: number, m: number, options: GrowBeadsOptions): Bead[] {
  const key = ({ i0, i1, j0, j1 }: BeadSpan) => `${i0}:${i1}|${j0}:${j1}`;
  const spans = beads.map(beadSpan).filter((span): span is BeadSpan => span !== undefined);
  const seen = new Set(spans.map(key));
  const grown: BeadSpan[] = [];
  const add = (span: BeadSpan) => {
    if (seen.has(key(span))) return false;
    seen.add(key(span));
    grown.push(span);
    return true;
  };
  const fits = ({ i0, i1, j0, j1 }: BeadSpan) => i0 >= 0 && j0 >= 0 && i1 <= n && j1 <= m && i1 - i0 <= options.maxSpan && j1 - j0 <= options.maxSpan;
  // Two beads touching on both sides, the second right after the first.
  const byStart = new Map<string, BeadSpan[]>();
  for (const span of spans) byStart.set(`${span.i0}|${span.j0}`, [...(byStart.get(`${span.i0}|${span.j0}`) ?? []), span]);
  for (const first of spans) {
    for (const second of byStart.get(`${first.i1}|${first.j1}`) ?? []) {
      const joined = { i0: first.i0, i1: second.i1, j0: first.j0, j1: second.j1 };
      if (fits(joined)) add(joined);
    }
  }
  // One sentence at a time, on any of the four edges, while it explains more of the other side.
  let frontier = spans;
  for (let step = 0; step < options.steps; step++) {
    const next: BeadSpan[] = [];
    for (const span of frontier) {
      const signals = prepared.signals(span.i0, span.i1, span.j0, span.j1);
      const sourceCoverage = signalOf(signals, "sourceCoverage");
      const targetCoverage = signalOf(signals, "targetCoverage");
      const options = [
        { ...span, i0: span.i0 - 1 },
        { ...span, i1: span.i1 + 1 },
        { ...span, j0: span.j0 - 1 },
        { ...span, j1: span.j1 + 1 },
      ];
      for (const option of options) {
        if (!fits(option) || seen.has(key(option))) continue;
        const after = prepared.signals(option.i0, option.i1, option.j0, option.j1);
        // A source sentence added explains target words, a target sentence source words.
        const rises = option.i1 - option.i0 > span.i1 - span.i0 ? signalOf(after, "targetCoverage") > targetCoverage : signalOf(after, "sourceCoverage") > sourceCoverage;
        if (rises && add(option)) next.push(option);
      }
    }
    frontier = next;
  }
  return grown.map((span) => spanBead(prepared, span));
}
