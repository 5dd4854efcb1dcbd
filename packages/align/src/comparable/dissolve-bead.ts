import type { Bead } from "../bead.js";

/**
 * A bead taken apart into 1-0 and 0-1 beads, one per sentence, source first; sentences
 * `keep` refuses are left out altogether.
 */
export function dissolveBead(bead: Bead, keep: { source?: (i: number) => boolean; target?: (j: number) => boolean } = {}): Bead[] {
  return [
    ...bead.source.filter(keep.source ?? (() => true)).map((i): Bead => ({ source: [i], target: [], score: 0 })),
    ...bead.target.filter(keep.target ?? (() => true)).map((j): Bead => ({ source: [], target: [j], score: 0 })),
  ];
}
