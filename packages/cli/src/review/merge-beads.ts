import { editedBead, spreadPositions, UNSCORED, type BeadEdit } from "./bead-edit.js";
import { documentNeighbour } from "./document-neighbour.js";
import type { ReviewBead } from "./review-bead.js";

/**
 * Merges the bead at `index` with its neighbour in document order (see
 * {@link documentNeighbour}): the key `m`. Anything else is refused with the reason.
 *
 * @example
 * mergeWithNext(beads, 3, 100) // → { ok: true, removed: [k3, k4], added: [bead 100] }
 */
export function mergeWithNext(beads: readonly ReviewBead[], index: number, nextKey: number): BeadEdit {
  const neighbour = documentNeighbour(beads, index);
  if (!neighbour.ok) return { ok: false, reason: `cannot merge: ${neighbour.reason}` };
  const bead = beads[index]!;
  const next = beads[neighbour.index]!;
  const [position] = spreadPositions(beads, index, index, 1);
  const merged = editedBead(nextKey, [...bead.source, ...next.source], [...bead.target, ...next.target], UNSCORED, position!, false);
  return { ok: true, removed: [bead.key, next.key], added: [merged] };
}
