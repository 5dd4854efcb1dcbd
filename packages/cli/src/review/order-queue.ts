import { assessRisk, typicalLengthRatio } from "./assess-risk.js";
import type { ReviewBead, ReviewTexts } from "./review-bead.js";

/** `risk`: riskiest bead first; `document`: reading order. */
export type ReviewOrder = "risk" | "document";

/**
 * The keys of `beads` in the order a reviewer should see them. Ties in risk keep
 * reading order, so equal beads read like the article.
 *
 * @example
 * orderQueue(beads, texts, "risk") // → [12, 3, 40, …]
 */
export function orderQueue(beads: readonly ReviewBead[], texts: ReviewTexts, order: ReviewOrder): number[] {
  const byPosition = [...beads].sort((a, b) => a.position - b.position);
  if (order === "document") return byPosition.map((bead) => bead.key);
  const ratio = typicalLengthRatio(beads, texts);
  const risks = new Map(byPosition.map((bead) => [bead.key, assessRisk(bead, texts, ratio).risk]));
  return byPosition
    .map((bead, index) => ({ key: bead.key, risk: risks.get(bead.key)!, index }))
    .sort((a, b) => b.risk - a.risk || a.index - b.index)
    .map((entry) => entry.key);
}
