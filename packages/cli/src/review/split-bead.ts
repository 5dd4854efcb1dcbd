import { editedBead, spreadPositions, UNSCORED, type BeadEdit } from "./bead-edit.js";
import type { ReviewBead } from "./review-bead.js";

/**
 * Splits a bead with two or more sentences on a side into two, each side cut at its
 * middle (a 2-1 becomes 1-1 + 1-0, a 2-2 becomes 1-1 + 1-1): the key `x`. The reviewer
 * then fixes the cut with `[` / `]` if it is not the right one.
 *
 * @example
 * splitBead(beads, 0, 100) // [0,1]:[0,1] → [0]:[0] and [1]:[1]
 */
export function splitBead(beads: readonly ReviewBead[], index: number, nextKey: number): BeadEdit {
  const bead = beads[index];
  if (!bead) return { ok: false, reason: "no bead here" };
  if (bead.source.length < 2 && bead.target.length < 2) {
    return { ok: false, reason: "only multi-sentence beads can be split" };
  }
  const sourceCut = Math.ceil(bead.source.length / 2);
  const targetCut = Math.ceil(bead.target.length / 2);
  const [first, second] = spreadPositions(beads, index, index, 2);
  const moved = Boolean(bead.moved);
  return {
    ok: true,
    removed: [bead.key],
    added: [
      editedBead(nextKey, bead.source.slice(0, sourceCut), bead.target.slice(0, targetCut), UNSCORED, first!, moved),
      editedBead(nextKey + 1, bead.source.slice(sourceCut), bead.target.slice(targetCut), UNSCORED, second!, moved),
    ],
  };
}
