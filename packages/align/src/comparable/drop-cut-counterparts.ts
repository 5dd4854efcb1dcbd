import type { Bead } from "../bead.js";
import { dissolveBead } from "./dissolve-bead.js";

/**
 * Takes a page's cut-off last sentence back out after it helped the alignment. A page
 * saved up to a size limit stops inside a sentence; the fragment is aligned like any
 * sentence so that the DP finds what translates it on the other page, and then the bead
 * holding it is dissolved: its partners translate a sentence this page never finishes,
 * so a pair made of them would be wrong or half empty. The fragment itself leaves the
 * beads altogether; its partners stay as 1-0 / 0-1 beads.
 *
 * `cut.source` / `cut.target` is the index of the fragment (the last sentence) on that side.
 *
 * @example
 * dropCutCounterparts([{ source: [4, 5], target: [3], score: 0.5 }], { source: 5 })
 * // [{ source: [4], target: [], score: 0 }, { source: [], target: [3], score: 0 }]
 */
export function dropCutCounterparts(beads: readonly Bead[], cut: { readonly source?: number; readonly target?: number }): Bead[] {
  const isCut = (bead: Bead) =>
    (cut.source !== undefined && bead.source.includes(cut.source)) || (cut.target !== undefined && bead.target.includes(cut.target));
  return beads.flatMap((bead) =>
    isCut(bead) ? dissolveBead(bead, { source: (i) => i !== cut.source, target: (j) => j !== cut.target }) : [bead],
  );
}
