import type { Bead } from "../bead.js";

/**
 * `beads` with `bead` among them, in reading order: a bead that shares a sentence with it is
 * taken apart, its other sentences left unaligned (1-0 / 0-1). How a pair decided before the
 * learned acceptance (the headline pair) stays whatever the acceptance took.
 *
 * @example
 * keepBead([{ source: [0], target: [1], score: 0.6 }, { source: [1], target: [], score: 0 }], { source: [0], target: [0], score: 0.4 })
 * // [{ source: [0], target: [0], score: 0.4 }, { source: [1], target: [], score: 0 }, { source: [], target: [1], score: 0 }]
 */
export function keepBead(beads: readonly Bead[], bead: Bead): Bead[] {
  const out: Bead[] = [];
  for (const other of beads) {
    const touches = other.source.some((i) => bead.source.includes(i)) || other.target.some((j) => bead.target.includes(j));
    if (!touches) {
      out.push(other);
      continue;
    }
    for (const i of other.source) if (!bead.source.includes(i)) out.push({ source: [i], target: [], score: 0 });
    for (const j of other.target) if (!bead.target.includes(j)) out.push({ source: [], target: [j], score: 0 });
  }
  const at = out.findIndex((other) => other.source.length > 0 && other.source[0]! > bead.source[0]!);
  return at < 0 ? [...out, bead] : [...out.slice(0, at), bead, ...out.slice(at)];
}
