import { ELD_LANGUAGES, languageScores } from "./identify-language.js";
import { languageFamily, sameLanguageFamily } from "./language-families.js";
import { usualScript } from "./supported-languages.js";

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
  // A language the identifier has no model of (Swahili, Afrikaans, Mongolian, Kazakh …) gets its
  // lines named after a neighbour (Slovenian, Dutch, Russian): every line of the page would be
  // "foreign". There only a line in another script than the language's own is.
  if (!knownToIdentifier(docLang)) return inOtherScript(line, docLang) ? top : undefined;
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

/** Whether eld (or the script table before it) can tell the language, or a close one of its family. */
function knownToIdentifier(lang: string): boolean {
  return CJK.has(lang) || languageFamily(lang).some((member) => ELD_LANGUAGES.has(member));
}

const scriptPatterns = new Map<string, RegExp | undefined>();

/**
 * Whether most letters of `line` are outside the usual script of `lang` (CLDR likely subtags:
 * sw → Latn, mn → Cyrl); false when that script is unknown.
 */
function inOtherScript(line: string, lang: string): boolean {
  let pattern = scriptPatterns.get(lang);
  if (!scriptPatterns.has(lang)) {
    const script = usualScript(lang);
    pattern = script ? new RegExp(`\\p{Script=${script}}`, "gu") : undefined;
    scriptPatterns.set(lang, pattern);
  }
  if (!pattern) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const own = line.match(pattern)?.length ?? 0;
  return letters > 0 && own * 2 < letters;
}
