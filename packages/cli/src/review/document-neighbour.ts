import type { ReviewBead } from "./review-bead.js";

/**
 * The bead that follows the one at `index` in document order, for `m`, `[` and `]`:
 * the next bead in reading order that is not a moved one, and only if no other bead
 * holds a sentence between the two on either side. A moved bead pairs sentences from
 * far apart, so merging with it (or through it) would join text that is not
 * contiguous, and the result would go into the gold as one bead.
 *
 * @example
 * documentNeighbour(beads, 3) // { ok: true, index: 5 } when bead 4 is a moved one
 */
export function documentNeighbour(
  beads: readonly ReviewBead[],
  index: number,
): { readonly ok: true; readonly index: number } | { readonly ok: false; readonly reason: string } {
  const bead = beads[index];
  if (!bead) return { ok: false, reason: "no bead here" };
  if (bead.moved) return { ok: false, reason: "a moved bead has no neighbour in document order; split it or reject it instead" };
  let next = index + 1;
  while (beads[next]?.moved) next += 1;
  const neighbour = beads[next];
  if (!neighbour) return { ok: false, reason: "no next bead in document order" };
  for (const side of ["source", "target"] as const) {
    const ids = [...bead[side], ...neighbour[side]];
    if (ids.length === 0) continue;
    const low = Math.min(...ids);
    const high = Math.max(...ids);
    const between = beads.find(
      (other, at) => at !== index && at !== next && other[side].some((id) => id > low && id < high),
    );
    if (between) {
      return {
        ok: false,
        reason: `the next bead is not adjacent: ${side} sentence ${between[side].find((id) => id > low && id < high)} lies between them in another bead`,
      };
    }
  }
  return { ok: true, index: next };
}
