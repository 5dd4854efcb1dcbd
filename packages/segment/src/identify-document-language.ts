import { languageScores } from "./identify-language.js";
import { measureSize } from "./line-features.js";

/**
 * The main language of an article: each line of four or more words votes for its
 * best language with its length, so a few Vietnamese captions inside a Dutch article
 * do not outvote the body. With no such line, the whole text is judged at once;
 * undefined when it has fewer than ten letters.
 *
 * @example
 * identifyDocumentLanguage(["Vietnam.vn - Nền tảng", "De conferentie werd in Hanoi gehouden."]); // "nl"
 */
export function identifyDocumentLanguage(lines: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  let counted = 0;
  for (const line of lines) {
    // An article's language is settled long before 200,000 characters; a huge file
    // should not pay for identifying every line twice.
    if (counted > 200_000) break;
    if (measureSize(line) < 4) continue;
    counted += line.length;
    const ranked = Object.entries(languageScores(line)).sort((a, b) => b[1] - a[1]);
    const top = ranked[0]?.[0];
    if (top) votes.set(top, (votes.get(top) ?? 0) + line.length);
  }
  let best: string | undefined;
  for (const [lang, weight] of votes) if (best === undefined || weight > votes.get(best)!) best = lang;
  if (best !== undefined) return best;
  // A text of short lines only ("Hallo wereld", a list of titles): judge it as a whole,
  // if there are enough letters to judge at all.
  const all = lines.join(" ");
  if ((all.match(/\p{L}/gu)?.length ?? 0) < 10) return undefined;
  return Object.entries(languageScores(all)).sort((a, b) => b[1] - a[1])[0]?.[0];
}
