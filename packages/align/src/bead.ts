/**
 * An n:m group of sentence indices: the unit of alignment. Either side may be
 * empty (a 1-0 deletion or a 0-1 insertion), never both.
 */
export interface Bead {
  /** Ascending, contiguous indices into the source sentence list (unless `moved`). */
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** Confidence in [0, 1]; higher is better. */
  readonly score: number;
  /** True for beads the out-of-order recovery pass added after the monotone DP. */
  readonly moved?: boolean;
  /** The per-signal scores behind `score` (e.g. lexical, length, numbers), for review and JSONL. */
  readonly signals?: Readonly<Record<string, number>>;
}

/** "2-1", "1-0", …: the bead's shape. */
export function beadType(bead: Pick<Bead, "source" | "target">): string {
  return `${bead.source.length}-${bead.target.length}`;
}
