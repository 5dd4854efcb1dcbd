import type { AlignmentCounts } from "./evaluate-alignment.js";

/** Precision, recall and F1. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Strict and lax figures of a set of documents. */
export interface AlignmentSummary {
  readonly strict: PrecisionRecall;
  readonly lax: PrecisionRecall;
  /** The summed counts the figures come from. */
  readonly counts: AlignmentCounts;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Micro-average: adds the counts of every document, then computes P, R and F1 once
 * (0 when a denominator is 0), as the bench README's scorer A does.
 *
 * @example
 * summarizeCounts([evaluateAlignment(gold0, pred0), evaluateAlignment(gold1, pred1)]).lax.f1
 */
export function summarizeCounts(counts: readonly AlignmentCounts[]): AlignmentSummary {
  const sum = (key: keyof AlignmentCounts) => counts.reduce((total, c) => total + c[key], 0);
  const total: AlignmentCounts = {
    testLinks: sum("testLinks"),
    precisionStrict: sum("precisionStrict"),
    precisionLax: sum("precisionLax"),
    goldLinks: sum("goldLinks"),
    recallStrict: sum("recallStrict"),
    recallLax: sum("recallLax"),
  };
  const make = (hitsP: number, hitsR: number): PrecisionRecall => {
    const precision = ratio(hitsP, total.testLinks);
    const recall = ratio(hitsR, total.goldLinks);
    return { precision, recall, f1: f1(precision, recall) };
  };
  return {
    strict: make(total.precisionStrict, total.recallStrict),
    lax: make(total.precisionLax, total.recallLax),
    counts: total,
  };
}
