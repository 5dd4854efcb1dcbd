import type { AnchoredRatioSettings } from "./anchored-length-ratio.js";
/** Knobs of the lexical scorer; the defaults were tuned on Text+Berg dev only. */
export interface LexicalScorerSettings {
  /** Weight of the lexical coverage in the similarity; the rest goes to the length probability. */
  readonly lexicalWeight: number;
  /** Characters kept of a folded token when matching through the lexicon. */
  readonly stemLength: number;
  /** Smallest normalised Levenshtein similarity for two tokens to count as cognates. */
  readonly cognateThreshold: number;
  /** Shortest token (characters) tried as a cognate; shorter ones must be identical. */
  readonly cognateMinLength: number;
  /** Similarity 0 for spans that share no word at all, whatever their lengths. */
  readonly requireEvidence: boolean;
  /** Factor on the similarity of a bead that merges a sentence with no matched word at all. */
  readonly orphanFactor: number;
  /** How much disagreeing numbers lower the similarity: × (1 − w·(1 − Jaccard of the number sets)). */
  readonly numberWeight: number;
  /** Token weight is IDF to this power: above 1 leans harder on rare words (names, numbers). */
  readonly idfPower: number;
  /**
   * With no lexicon for the pair and lexical evidence below this (the IDF-weighted share of
   * tokens with any counterpart in the other document; see `lexicalEvidence`), the scorer
   * switches to its weak-evidence mode:
   * the length probability carries the similarity and shared tokens (names, numbers,
   * cognates) only adjust it. Text+Berg de–fr with FreeDict is at 0.76–0.87, English–
   * Icelandic without a lexicon at 0.02–0.15, English–Chinese at 0.
   */
  readonly weakEvidence: number;
  /**
   * With a lexicon: the lexical evidence from which "no shared word → similarity 0" starts to
   * be trusted, and at which it is trusted fully. Below the first figure the scorer is in
   * weak-evidence mode (lexicon matches count as anchors, as names and numbers do); between
   * the two it blends both modes and their DP prices.
   */
  readonly lexiconTrust: readonly [number, number];
  /**
   * Per bead, on top of `lexiconTrust`: the share of the spans' token weight that the lexicon
   * knows at all (or that matches anyway: names, numbers, cognates) from which "no shared word"
   * starts to count, and at which it counts fully; below, length leads as in weak-evidence mode.
   * A sentence of words a thin dictionary lacks is then judged by its length and anchors, while
   * an untranslated sentence in words the dictionary knows still scores 0. ParIce en–is with
   * isl-eng: strict F1 0.894 without it, 0.918 with [0.4, 0.7]; Text+Berg and pages-dev unchanged.
   */
  readonly lexiconCover: readonly [number, number];
  /**
   * With a lexicon: the share of both documents' token weight it knows at all from which low
   * evidence starts to mean "unrelated texts" rather than "thin dictionary", and at which it
   * does fully (the scorer is then lexicon-led whatever `lexiconTrust` says). FreeDict de–fr
   * knows 0.8–0.9 of Text+Berg, isl-eng 0.5–0.7 of ParIce.
   */
  readonly lexiconKnown: readonly [number, number];
  /**
   * Weak-evidence mode at evidence `weakReference` (tuned on Text+Berg dev without a
   * lexicon, evidence 0.29): the weight of the matched share of matchable tokens (the rest
   * is length), and the DP's deletion and merge prices. Below `weakReference` all three slide
   * linearly towards the length scorer (weight 0, deletion 1.2, merge 0.7), which is what a
   * pair with nothing matchable (English–Chinese) is.
   */
  readonly weakLexicalWeight: number;
  /**
   * The least weight of the matched share in weak-evidence mode, whatever the evidence: the slide
   * of `weakLexicalWeight` towards 0 is for the DP's prices; a bead whose few matchable tokens
   * (names, numbers, dates) all match is no less likely for the document having few of them.
   * Thai–English pages (evidence 0.07) had weight 0.11, and a sentence with "22 November 2018"
   * and three names lost to a sentence of the right length with none. 0.5 (= `weakLexicalWeight`):
   * pages-dev2 dev strict F1 0.602 → 0.619, pages-langs-dev 0.395 → 0.400 (0.25: no change, 0.7:
   * 0.614 / 0.376); Text+Berg, Bible, ParIce and pages-dev unchanged.
   */
  readonly weakAnchorWeight: number;
  readonly weakDeletion: number;
  readonly weakMerge: number;
  readonly weakReference: number;
  /**
   * Weak-evidence mode: the two sides' anchored shares (matched over matchable weight) are
   * joined by their harmonic mean, as the lexicon-led mode joins its two coverages, not by
   * their average. With the average, a span whose one matchable token matched scored 0.5 on
   * its side alone, so a neighbour of the right length that explained almost nothing on the
   * other side outscored the real, rewritten pair (modi-prachanda-call-bn-en: 1.00 / 0.09 beat
   * 0.91 / 0.72). Chosen by `scripts/fit-weak-blend.ts --setting weakAnchorHarmonic --values
   * false,true` (leave one dev page pair out: true in every fold; all dev strict / link F1
   * 0.679 / 0.663 → 0.685 / 0.675).
   */
  readonly weakAnchorHarmonic: boolean;
  /** Weak-evidence mode: weight of the agreement of clause punctuation counts (",:;、"), Gale-Church style. */
  readonly weakPauseWeight: number;
  /** Variance of that agreement (per pause, as s² in {@link lengthProbability}). */
  readonly pauseVariance: number;
  /** Weak-evidence mode: weight of the agreement of "?" and "!" counts, when a span has any. */
  readonly weakMarkWeight: number;
  /**
   * Bertalign-style margin the scorer asks the DP for (`AlignCosts.margin`) when it has
   * lexical evidence (dev: see `debrisDeletion`). Not in
   * weak-evidence mode, where length-led similarities have no hubs to discount (Bible and
   * ParIce lost 0.003 with it).
   */
  readonly margin: number;
  /**
   * Factor on the DP's deletion price for OCR debris (`AlignCosts.debrisDeletion`), asked for
   * with the margin, outside weak-evidence mode. Alone it and the margin each gain under
   * 0.005 on Text+Berg dev; together strict F1 0.881 → 0.893, lax 0.993 → 0.995 (0.887–0.893
   * for margin 0.5–1 and this factor 0.4–0.6).
   */
  readonly debrisDeletion: number;
  /**
   * The expected length ratio from the sentence pairs the words tie together, not from the
   * documents' totals, which pages of unequal extent get wrong (see `anchoredLengthRatio`).
   */
  readonly anchoredRatio: AnchoredRatioSettings;
}

export const DEFAULT_LEXICAL_SETTINGS: LexicalScorerSettings = {
  lexicalWeight: 0.9,
  stemLength: 6,
  cognateThreshold: 0.8,
  cognateMinLength: 4,
  requireEvidence: true,
  orphanFactor: 0.8,
  numberWeight: 0,
  idfPower: 1,
  weakEvidence: 0.4,
  lexiconTrust: [0.3, 0.4],
  lexiconCover: [0.4, 0.7],
  lexiconKnown: [0.8, 0.95],
  weakLexicalWeight: 0.5,
  weakAnchorWeight: 0.5,
  weakDeletion: 1.0,
  weakMerge: 0.4,
  weakReference: 0.3,
  weakAnchorHarmonic: true,
  weakPauseWeight: 0.3,
  pauseVariance: 1,
  weakMarkWeight: 0,
  margin: 0.5,
  debrisDeletion: 0.5,
  anchoredRatio: { minPairs: 3, minCoverage: 0.05, maxCells: 250_000, minChange: 1.1 },
};
