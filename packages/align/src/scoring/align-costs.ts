// In scoring/ rather than dp/: a scorer states the prices its similarity scale needs
// (alignCosts), and the hybrid blends its parts' prices against these defaults.

/** The prices the DP pays; tuned on the Text+Berg dev set, see docs/align.md. */
export interface AlignCosts {
  /** Cost of a 1-0 or 0-1 bead (a sentence left unaligned). */
  readonly deletion: number;
  /** Added to a bead's cost for every sentence beyond a 1-1. */
  readonly merge: number;
  /**
   * Similarity below which a bead pays extra, `floorWeight` per point short, per sentence:
   * without it two unrelated neighbours cost less as a bad 1-1 than as two deletions.
   */
  readonly floor: number;
  readonly floorWeight: number;
  /** A bead's (1 - similarity) is weighed by (sentences / 2) to this power. */
  readonly sizeExponent: number;
  /** Extra cost of an n-m bead with n, m ≥ 2: rarer than 1-n and n-1 beads in every gold set we have. */
  readonly manyToMany: number;
  /** 0: a bead's size is its sentence count; 1: its length in average sentences; between: a mix. */
  readonly charWeight: number;
  /** Bertalign-style margin weight (0 = off): subtract how similar each sentence is to its best few candidates. */
  readonly margin: number;
  /** Factor on the deletion price of an OCR-debris line (see `isDebris`); 1 = priced like any sentence. */
  readonly debrisDeletion: number;
}

/** Default {@link AlignCosts}. */
export const DEFAULT_ALIGN_COSTS: AlignCosts = { deletion: 0.6, merge: 0.15, floor: 0.1, floorWeight: 4, sizeExponent: 1, manyToMany: 0, charWeight: 0, margin: 0, debrisDeletion: 1 };
