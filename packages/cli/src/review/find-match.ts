import type { ReviewTexts } from "./review-bead.js";
import type { ReviewState } from "./review-state.js";
import { visibleKeys } from "./visible-keys.js";

/**
 * The next visible bead after the cursor (wrapping round) whose source or target
 * text contains `query`, ignoring case; undefined when none does.
 *
 * @example
 * findMatch(state, texts, "minister") // → 17
 */
export function findMatch(state: ReviewState, texts: ReviewTexts, query: string): number | undefined {
  const needle = query.trim().toLowerCase();
  if (needle === "") return undefined;
  const keys = visibleKeys(state);
  const byKey = new Map(state.beads.map((bead) => [bead.key, bead]));
  const start = state.current === undefined ? -1 : keys.indexOf(state.current);
  for (let step = 1; step <= keys.length; step++) {
    const key = keys[(start + step + keys.length) % keys.length]!;
    const bead = byKey.get(key)!;
    const text = [...bead.source.map((i) => texts.source[i] ?? ""), ...bead.target.map((j) => texts.target[j] ?? "")]
      .join("\n")
      .toLowerCase();
    if (text.includes(needle)) return key;
  }
  return undefined;
}
