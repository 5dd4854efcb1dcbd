import type { Bead } from "../bead.js";
import { completeBeads } from "./accept-beads.js";

/**
 * `beads` with `bead` among them, in reading order: a bead that shares a sentence with it is
 * taken apart, its other sentences left unaligned (1-0 / 0-1). How a pair decided before the
 * learned acceptance (the headline pair) stays whatever the acceptance took.
 *
 * @example
 * keepBead([{ source: [0], target: [1], score: 0.6 }, { source: [1], target: [0], score: 0.5 }], { source: [0], target: [0], score: 0.4 })
 * // [{ source: [0], target: [0], score: 0.4 }, { source: [], target: [1], score: 0 }, { source: [1], target: [], score: 0 }]
 */
export function keepBead(beads: readonly Bead[], bead: Bead): Bead[] {
  const touches = (other: Bead) => other.source.some((i) => bead.source.includes(i)) || other.target.some((j) => bead.target.includes(j));
  const kept = beads.filter((other) => other.source.length > 0 && other.target.length > 0 && !touches(other));
  return completeBeads([...kept, bead], beads);
}
