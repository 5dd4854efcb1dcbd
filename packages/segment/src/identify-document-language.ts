import { languageScores } from "./identify-language.js";
import { measureSize } from "./line-features.js";

/**
 * The main language of an article: each line of four or more words votes for its
 * best language with its length, so a few Vietnamese captions inside a Dutch article
 * do not outvote the body. Undefined when no line is long enough to tell.
 *
 * @example
 * identifyDocumentLanguage(["Vietnam.vn - Nền tảng", "De conferentie werd in Hanoi gehouden."]); // "nl"
 */
export function identifyDocumentLanguage(lines: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const line of lines) {
    if (measureSize(line) < 4) continue;
    const ranked = Object.entries(languageScores(line)).sort((a, b) => b[1] - a[1]);
    const top = ranked[0]?.[0];
    if (top) votes.set(top, (votes.get(top) ?? 0) + line.length);
  }
  let best: string | undefined;
  for (const [lang, weight] of votes) if (best === undefined || weight > votes.get(best)!) best = lang;
  return best;
}
