import type { ReviewBead } from "./review-bead.js";

/**
 * What a merge, split or boundary move does: retire some beads, add new ones in their
 * place. Edits never change a bead in place, so the store keeps the history.
 */
export type BeadEdit =
  | { readonly ok: true; readonly removed: readonly number[]; readonly added: readonly ReviewBead[] }
  | { readonly ok: false; readonly reason: string };

/**
 * `count` positions strictly between the bead at `first` and the bead after `last`
 * (in `beads`, which is in reading order), so new beads sort where the old ones were.
 */
export function spreadPositions(beads: readonly ReviewBead[], first: number, last: number, count: number): number[] {
  const from = beads[first]!.position;
  const to = beads[last + 1]?.position ?? from + 1;
  const step = (to - from) / (count + 1);
  // The first new bead keeps the old position exactly; the rest fill the gap.
  return Array.from({ length: count }, (_, i) => from + step * i);
}

/**
 * The score of a bead made by an edit: none. The aligner's score was for other
 * sentences (a 1-0 cut off a 1-1 kept its 0.44), so the screen and `--list` show "–".
 */
export const UNSCORED = Number.NaN;

/** Whether a bead carries an aligner score (beads made by an edit do not). */
export function isScored(bead: { readonly score: number }): boolean {
  return Number.isFinite(bead.score);
}

/** A bead made by an edit: status `edited`, no score and no aligner signals (they no longer apply). */
export function editedBead(
  key: number,
  source: readonly number[],
  target: readonly number[],
  score: number,
  position: number,
  moved: boolean,
): ReviewBead {
  return {
    key,
    source: [...source].sort((a, b) => a - b),
    target: [...target].sort((a, b) => a - b),
    score,
    ...(moved ? { moved: true } : {}),
    status: "edited",
    position,
  };
}
