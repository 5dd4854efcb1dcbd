/** A multi-sentence span of one side: sentences [from, to). */
export interface SideSpan {
  readonly side: "source" | "target";
  readonly from: number;
  readonly to: number;
}

/**
 * The multi-sentence spans worth embedding as concatenations, given the path of a search
 * on sentence vectors, most useful first: the multi-sentence sides of the path's beads;
 * then their neighbours (one sentence shifted, added or dropped: the beads that compete
 * with them in the final search); then the two-sentence merges a deletion on the path
 * could have been part of. Spans have 2 to `maxBead` sentences; none is listed twice.
 *
 * @example
 * nearPathSpans([[0, 0], [2, 1], [3, 2]], 3, 2, 4);
 * // [{ side: "source", from: 0, to: 2 }, … neighbours such as { side: "source", from: 0, to: 3 }]
 */
export function nearPathSpans(nodes: readonly (readonly [number, number])[], n: number, m: number, maxBead: number): SideSpan[] {
  const onPath: SideSpan[] = [];
  const near: SideSpan[] = [];
  const merges: SideSpan[] = [];
  const seen = new Set<string>();
  const add = (list: SideSpan[], side: SideSpan["side"], from: number, to: number) => {
    const count = side === "source" ? n : m;
    if (from < 0 || to > count || to - from < 2 || to - from > maxBead) return;
    const key = `${side}:${from}:${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ side, from, to });
  };
  const around = (side: SideSpan["side"], from: number, to: number) => {
    add(near, side, from - 1, to);
    add(near, side, from, to + 1);
    add(near, side, from + 1, to);
    add(near, side, from, to - 1);
    add(near, side, from - 1, to - 1);
    add(near, side, from + 1, to + 1);
  };
  const beads = nodes.slice(1).map(([i1, j1], k) => {
    const [i0, j0] = nodes[k]!;
    return { i0, i1, j0, j1, a: i1 - i0, b: j1 - j0 };
  });
  // Three rounds, so that a span on the path is never demoted by an earlier neighbour.
  for (const { i0, i1, j0, j1, a, b } of beads) {
    if (a > 0 && b > 0 && a > 1) add(onPath, "source", i0, i1);
    if (a > 0 && b > 0 && b > 1) add(onPath, "target", j0, j1);
  }
  for (const { i0, i1, j0, j1, a, b } of beads) {
    if (a > 1 && b > 0) around("source", i0, i1);
    if (b > 1 && a > 0) around("target", j0, j1);
  }
  for (const { i0, i1, j0, j1, a, b } of beads) {
    if (a === 1 && b === 0) {
      add(merges, "source", i0 - 1, i1);
      add(merges, "source", i0, i1 + 1);
    } else if (b === 1 && a === 0) {
      add(merges, "target", j0 - 1, j1);
      add(merges, "target", j0, j1 + 1);
    }
  }
  return [...onPath, ...near, ...merges];
}
