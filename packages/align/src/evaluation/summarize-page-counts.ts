import type { PageCounts } from "./score-page-alignment.js";
import type { PrecisionRecall } from "./summarize-counts.js";

/** Link and strict figures of a set of page pairs. */
export interface PageSummary {
  readonly link: PrecisionRecall;
  readonly strict: PrecisionRecall;
  /** The summed counts the figures come from. */
  readonly counts: PageCounts;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function precisionRecall(hits: number, predicted: number, gold: number): PrecisionRecall {
  const precision = ratio(hits, predicted);
  const recall = ratio(hits, gold);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Micro-average over page pairs: sums the counts, then computes P, R and F1 once, as
 * score.py does for several pairs.
 *
 * @example
 * summarizePageCounts([scorePageAlignment(gold, src, tgt, beads)]).strict.f1
 */
export function summarizePageCounts(counts: readonly PageCounts[]): PageSummary {
  const sum = (key: keyof PageCounts) => counts.reduce((total, c) => total + c[key], 0);
  const total: PageCounts = {
    tpLinks: sum("tpLinks"),
    predLinks: sum("predLinks"),
    goldLinks: sum("goldLinks"),
    tpGroups: sum("tpGroups"),
    predGroups: sum("predGroups"),
    goldGroups: sum("goldGroups"),
  };
  return {
    link: precisionRecall(total.tpLinks, total.predLinks, total.goldLinks),
    strict: precisionRecall(total.tpGroups, total.predGroups, total.goldGroups),
    counts: total,
  };
}
