import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";

/** A bead's two sides as half-open ranges: sources [i0, i1), targets [j0, j1). */
export interface BeadSpan {
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
}

const contiguous = (ids: readonly number[]) => ids.every((id, k) => k === 0 || id === ids[k - 1]! + 1);

/**
 * Whether the sentences `from` to `to` (exclusive) of one side are of one unit: the same
 * kind (body, title, caption) or the same paragraph, as `units` gives them; true without units.
 * The acceptance's span pairs and the extension keep a bead's side within one kind.
 */
export function sameUnit(units: readonly (string | number)[] | undefined, from: number, to: number): boolean {
  if (!units) return true;
  for (let k = from + 1; k < to; k++) if (units[k] !== units[from]) return false;
  return true;
}

/**
 * The ranges a bead covers; undefined when a side is empty or has gaps (such beads
 * are not judged by the weak-bead rule or the learned acceptance).
 */
export function beadSpan(bead: Bead): BeadSpan | undefined {
  if (bead.source.length === 0 || bead.target.length === 0 || !contiguous(bead.source) || !contiguous(bead.target)) return undefined;
  return { i0: bead.source[0]!, i1: bead.source.at(-1)! + 1, j0: bead.target[0]!, j1: bead.target.at(-1)! + 1 };
}

/**
 * The bead covering `span`, with the scorer's similarity (clamped to [0, 1]) as its score and
 * its signals: how a candidate made from ranges (a grown bead, a piece of a bead with gaps) is
 * scored.
 */
export function spanBead(prepared: PreparedScorer, { i0, i1, j0, j1 }: BeadSpan): Bead {
  return {
    source: Array.from({ length: i1 - i0 }, (_, k) => i0 + k),
    target: Array.from({ length: j1 - j0 }, (_, k) => j0 + k),
    score: Math.min(1, Math.max(0, prepared.similarity(i0, i1, j0, j1))),
    signals: prepared.signals(i0, i1, j0, j1),
  };
}

/** A scorer's signal by name, 0 when it gives none (or not a number): `sourceCoverage`, `targetCoverage`. */
export const signalOf = (signals: Readonly<Record<string, number>>, key: string): number => (Number.isFinite(signals[key]) ? signals[key]! : 0);

/** How many source (`n`) and target (`m`) sentences the beads reach. */
export function beadExtent(beads: readonly Bead[]): { n: number; m: number } {
  let n = 0;
  let m = 0;
  for (const bead of beads) {
    for (const i of bead.source) n = Math.max(n, i + 1);
    for (const j of bead.target) m = Math.max(m, j + 1);
  }
  return { n, m };
}

/**
 * The best similarity either side of a bead reaches with a single sentence outside it,
 * in documents of `n` and `m` sentences: being outcompeted is what marks a neighbour's
 * counterpart (the shift-by-one).
 */
export function runnerUpSimilarity(prepared: PreparedScorer, { i0, i1, j0, j1 }: BeadSpan, n: number, m: number): number {
  let runnerUp = 0;
  for (let j = 0; j < m; j++) if (j < j0 || j >= j1) runnerUp = Math.max(runnerUp, prepared.similarity(i0, i1, j, j + 1));
  for (let i = 0; i < n; i++) if (i < i0 || i >= i1) runnerUp = Math.max(runnerUp, prepared.similarity(i, i + 1, j0, j1));
  return runnerUp;
}
