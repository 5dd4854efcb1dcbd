import { languageScores } from "./identify-language.js";
import { sameLanguageFamily } from "./language-families.js";

const CJK = new Set(["zh", "ja", "ko"]);
// Letters only Vietnamese uses among the languages we meet (not â ê ô, which French has).
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
/** How much better the other language must score before we call a line foreign. */
const MARGIN = 0.15;

/**
 * The language of a line when it is clearly not the document's, else undefined.
 * "Clearly" means: a different script, or at least four words with a large n-gram
 * margin. Vietnamese also needs a quarter of its words to carry letters only
 * Vietnamese has, because our articles are full of Vietnamese names written without
 * them ("Mr. Phan Anh Son spoke." must stay English). A close language of the document's
 * family (a Ukrainian line in a Russian page, Malay in Indonesian) is never foreign, and a
 * line must read as a sentence (two or more words that are not capitalised), so a row of
 * romanised names in a Hindi page stays, and so does a row of German names in a French
 * one: there is no language to read in names.
 *
 * @example
 * foreignLanguageOf("Chủ tịch Phan Anh Sơn phát biểu tại Hội nghị.", "nl"); // "vi"
 * foreignLanguageOf("Mr. Phan Anh Son spoke.", "en"); // undefined
 */
export function foreignLanguageOf(line: string, docLang: string): string | undefined {
  const scores = languageScores(line);
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[0];
  if (!top || sameLanguageFamily(top, docLang)) return undefined;
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (CJK.has(top) !== CJK.has(docLang)) {
    // A Latin name inside a Chinese article is no foreign line; a Latin sentence is.
    return CJK.has(top) || words.length >= 4 ? top : undefined;
  }
  if (words.length < 4) return undefined;
  if (words.filter((w) => !/^\P{L}*[\p{Lu}\p{Lt}]/u.test(w)).length < 2) return undefined;
  if ((scores[top] ?? 0) - (scores[docLang] ?? 0) < MARGIN) return undefined;
  if (top === "vi" && words.filter((w) => VIETNAMESE_LETTER.test(w)).length * 4 < words.length) return undefined;
  return top;
}
