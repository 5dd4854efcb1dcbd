/**
 * The thresholds of the comparable-article passes ({@link alignWithMovedSentences}), in
 * one frozen object; the passes import it, docs quote the names.
 */
export const COMPARABLE_DEFAULTS = Object.freeze({
  /** The DP's bead-size exponent for comparable articles (1 for parallel text); see alignWithMovedSentences. */
  sizeExponent: 1.2,
  /**
   * Headlines are linked before the DP unless their similarity is below this. Fitted by
   * scripts/fit-title-similarity.ts on the dev pairs whose pages both open with a title, each
   * pair both ways round (the lexicon is not symmetric): linked titles scored 0.295 and more,
   * titles of different stories (a release list's first item against the one release on the
   * other page) 0.258 and less; leave-one-pair-out it decides 25 of 26 right, where 0.1 decides
   * 21.
   */
  minTitleSimilarity: 0.28,
  /** findMovedPairs and recoverMovedBeads. */
  moved: Object.freeze({ minSimilarity: 0.3, minMargin: 1.3, minRunnerUpRatio: 1.1, neighbours: 4, minDisplacement: 3, maxSpan: 2, maxComparisons: 3_000_000 }),
  /** trimBeadEdges. */
  trim: Object.freeze({ minGain: 0.1, maxTrim: 3 }),
  /**
   * proposeBeads: the longest "many" side of a proposed 1-n / n-1 span pair (and of a grown
   * bead's sides), its budget of similarity calls, and how many sentences growBeads may add
   * to a candidate: 0, off, until a refit with grown candidates beats the committed model
   * cross-validated (with the committed model they change nothing on the dev pairs; see
   * docs/pages.md, grown candidates). `neighbours`: the one-to-one pairs right before and after
   * every candidate compete too (stop 30; with the `support` feature, docs/pages.md).
   */
  propose: Object.freeze({ maxSpan: 3, maxComparisons: 3_000_000, top: 1, mutual: true, grow: 0, neighbours: true }),
  /**
   * extendBeads (pass `bead-extension`): the longest side a taken bead may grow to, and
   * whether the aligner runs it with the fitted BEAD_EXTENSION_MODEL (its threshold is the
   * model's). Off again since the acceptance was refitted on this stop's candidates (its
   * `gain` and `edgeRival` features now take the one-to-many groups themselves): with the
   * refitted acceptance, no extension cross-validates at 0.724 / 0.735 all-dev strict / link
   * against 0.724 / 0.733 with the committed extension model (docs/pages.md, "Extension after
   * the acceptance"). A caller that passes a model runs it anyway.
   */
  extend: Object.freeze({ maxSpan: 4, on: false }),
  /** dropWeakBeads. */
  weak: Object.freeze({ minRunnerUpRatio: 0.9, minSimilarity: 0.05 }),
});

/**
 * The passes of the comparable aligner, by id, in the order they run. `disable` in
 * AlignComparableOptions (and `tandem bench pages --disable ID`) switches one off, so a
 * benchmark can print what each is worth.
 */
export const COMPARABLE_PASSES = [
  "headlines",
  "repeats",
  "moved-pairs",
  "trim-edges",
  "recover-moved",
  "weak-beads",
  "bead-acceptance",
  "bead-extension",
  "copied-beads",
  "cut-counterparts",
] as const;

export type ComparablePass = (typeof COMPARABLE_PASSES)[number];
