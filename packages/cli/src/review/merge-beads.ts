import { editedBead, spreadPositions, type BeadEdit } from "./bead-edit.js";
import type { ReviewBead } from "./review-bead.js";

/**
 * Merges the bead at `index` with the next one in reading order: the key `m`.
 *
 * @example
 * mergeWithNext(beads, 3, 100) // → { ok: true, removed: [k3, k4], added: [bead 100] }
 */
export function mergeWithNext(beads: readonly ReviewBead[], index: number, nextKey: number): BeadEdit {
  const bead = beads[index];
  const next = beads[index + 1];
  if (!bead || !next) return { ok: false, reason: "no next bead to merge with" };
  const [position] = spreadPositions(beads, index, index + 1, 1);
  const merged = editedBead(
    nextKey,
    [...bead.source, ...next.source],
    [...bead.target, ...next.target],
    Math.min(bead.score, next.score),
    position!,
    Boolean(bead.moved || next.moved),
  );
  return { ok: true, removed: [bead.key, next.key], added: [merged] };
}
