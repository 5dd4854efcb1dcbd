import type { Bead } from "@tandem/align";

/**
 * Rewrites bead indices from positions in the aligned lists to document sentence ids.
 * The aligner sees only title/body/caption sentences; outputs and the store speak in
 * document ids so offsets, `tandem segment --json` and gold files agree.
 *
 * @example
 * mapBeadIds([{ source: [0], target: [1], score: 1 }], [{ id: 2 }], [{ id: 0 }, { id: 5 }])
 * // [{ source: [2], target: [5], score: 1 }]
 */
export function mapBeadIds(
  beads: readonly Bead[],
  source: readonly { readonly id: number }[],
  target: readonly { readonly id: number }[],
): Bead[] {
  return beads.map((bead) => ({
    ...bead,
    source: bead.source.map((index) => source[index]!.id),
    target: bead.target.map((index) => target[index]!.id),
  }));
}
