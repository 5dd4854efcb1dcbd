import { assessRisk, typicalLengthRatio } from "./assess-risk.js";
import type { ReviewBead, ReviewStatus, ReviewTexts } from "./review-bead.js";
import type { ReviewState } from "./review-state.js";
import { visibleKeys } from "./visible-keys.js";

/** One row of `tandem review --list`. */
export interface QueueRow {
  /** Place in the queue, from 1. */
  readonly rank: number;
  readonly key: number;
  readonly type: string;
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
  readonly moved: boolean;
  readonly status: ReviewStatus;
  readonly risk: number;
  readonly reasons: readonly string[];
  readonly sourceText: string;
  readonly targetText: string;
}

/**
 * The queue (through the state's filter) as rows for scripts and `--list`.
 *
 * @example
 * listQueue(state, texts)[0] // { rank: 1, key: 12, type: "2-1", reasons: ["score 0.21", "2-1"], … }
 */
export function listQueue(state: ReviewState, texts: ReviewTexts): QueueRow[] {
  const ratio = typicalLengthRatio(state.beads, texts);
  const byKey = new Map<number, ReviewBead>(state.beads.map((bead) => [bead.key, bead]));
  return visibleKeys(state).map((key, index) => {
    const bead = byKey.get(key)!;
    const { risk, reasons } = assessRisk(bead, texts, ratio);
    return {
      rank: index + 1,
      key,
      type: `${bead.source.length}-${bead.target.length}`,
      source: bead.source,
      target: bead.target,
      score: bead.score,
      moved: bead.moved === true,
      status: bead.status,
      risk: Math.round(risk * 1000) / 1000,
      reasons,
      sourceText: bead.source.map((i) => texts.source[i] ?? "").join(" "),
      targetText: bead.target.map((j) => texts.target[j] ?? "").join(" "),
    };
  });
}
