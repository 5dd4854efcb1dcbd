import { editedBead, spreadPositions, UNSCORED, type BeadEdit } from "./bead-edit.js";
import { documentNeighbour } from "./document-neighbour.js";
import type { ReviewBead } from "./review-bead.js";

/** The side of a bead a boundary move works on. */
export type BeadSide = "source" | "target";

/**
 * Moves the boundary between the bead at `index` and the next one, on one side:
 * `left` (`[`) hands this bead's last sentence to the next bead, `right` (`]`) takes
 * the next bead's first sentence. A bead left with no sentence on either side goes.
 *
 * @example
 * moveBoundary(beads, 0, "target", "right", 100) // [0]:[0] [1]:[1,2] → [0]:[0,1] [1]:[2]
 */
export function moveBoundary(
  beads: readonly ReviewBead[],
  index: number,
  side: BeadSide,
  direction: "left" | "right",
  nextKey: number,
): BeadEdit {
  const neighbour = documentNeighbour(beads, index);
  if (!neighbour.ok) return { ok: false, reason: `cannot move the boundary: ${neighbour.reason}` };
  const bead = beads[index]!;
  const next = beads[neighbour.index]!;
  let mine = [...bead[side]];
  let theirs = [...next[side]];
  if (direction === "left") {
    if (mine.length === 0) return { ok: false, reason: `this bead has no ${side} sentence to give` };
    const moving = mine.reduce((a, b) => Math.max(a, b));
    mine = mine.filter((i) => i !== moving);
    theirs = [moving, ...theirs];
  } else {
    if (theirs.length === 0) return { ok: false, reason: `the next bead has no ${side} sentence to take` };
    const moving = theirs.reduce((a, b) => Math.min(a, b));
    theirs = theirs.filter((i) => i !== moving);
    mine = [...mine, moving];
  }
  const parts = [
    { source: side === "source" ? mine : bead.source, target: side === "target" ? mine : bead.target, from: bead },
    { source: side === "source" ? theirs : next.source, target: side === "target" ? theirs : next.target, from: next },
  ].filter((part) => part.source.length + part.target.length > 0);
  const positions = spreadPositions(beads, index, index, parts.length);
  return {
    ok: true,
    removed: [bead.key, next.key],
    added: parts.map((part, i) =>
      editedBead(nextKey + i, part.source, part.target, UNSCORED, positions[i]!, false),
    ),
  };
}
