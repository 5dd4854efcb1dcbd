import { languageScores } from "./identify-language.js";
import { measureSize } from "../read/line-features.js";
import { SUPPORTED_LANGUAGES } from "./supported-languages.js";
import { chooseFamilyMember, languageFamily } from "./language-families.js";

/** A supported language this close behind an unsupported one takes the line's vote: Galician vs Portuguese, Romanian vs Italian on a short line. */
const CLOSE_CALL = 0.12;

/**
 * The main language of an article: each line of four or more words votes for its
 * best language with its length, so a few Vietnamese captions inside a Dutch article
 * do not outvote the body. With no such line, the whole text is judged at once;
 * undefined when it has fewer than ten letters. A close call between an unsupported
 * and a supported language (see SUPPORTED_LANGUAGES) goes to the supported one. Votes for
 * close languages (see LANGUAGE_FAMILIES: id/ms, hr/sr/bs, uk/ru, zh/ja…) count for their
 * family, and the family's member is then chosen from the whole text, so a Japanese page
 * whose headlines are kanji only stays Japanese and Indonesian is not called Malay.
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
    const top = preferSupported(ranked);
    if (top) votes.set(top, (votes.get(top) ?? 0) + line.length);
  }
  const familyVotes = new Map<string, number>();
  for (const [lang, weight] of votes) {
    const family = languageFamily(lang).join("/");
    familyVotes.set(family, (familyVotes.get(family) ?? 0) + weight);
  }
  let bestFamily: string | undefined;
  for (const [family, weight] of familyVotes) if (bestFamily === undefined || weight > familyVotes.get(bestFamily)!) bestFamily = family;
  if (bestFamily !== undefined) {
    // The family's most voted member, then the whole text's evidence for another member.
    let best: string | undefined;
    for (const [lang, weight] of votes) if (languageFamily(lang).join("/") === bestFamily && (best === undefined || weight > votes.get(best)!)) best = lang;
    return chooseFamilyMember(best!, sample(lines));
  }
  // A text of short lines only ("Hallo wereld", a list of titles): judge it as a whole,
  // if there are enough letters to judge at all.
  const all = lines.join(" ");
  if ((all.match(/\p{L}/gu)?.length ?? 0) < 10) return undefined;
  const top = preferSupported(Object.entries(languageScores(all)).sort((a, b) => b[1] - a[1]));
  return top === undefined ? undefined : chooseFamilyMember(top, all);
}

/** The first 200,000 characters, the text a family's member is chosen from. */
function sample(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) {
    if (text.length > 200_000) break;
    text += `${line}\n`;
  }
  return text;
}

function preferSupported(ranked: readonly [string, number][]): string | undefined {
  const [top, topScore] = ranked[0] ?? [];
  if (top === undefined || SUPPORTED_LANGUAGES.includes(top)) return top;
  const supported = ranked.find(([lang]) => SUPPORTED_LANGUAGES.includes(lang));
  return supported && topScore! - supported[1] <= CLOSE_CALL ? supported[0] : top;
}
