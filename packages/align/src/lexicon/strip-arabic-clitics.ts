// The article and the conjunction Arabic writes joined to the next word: "والحكومة" is "and the
// government". Longest first; the prefixes of Larkey, Ballesteros and Connell's light10 (as
// Lucene's ArabicStemmer takes them off). Of the one-letter ones only "و": "ف" begins too many
// words ("فلسطين" Palestine, "فرصة" opportunity) to be taken off without a dictionary.
const ARTICLES = ["وبال", "وال", "بال", "كال", "فال", "لل", "ال"];
const CONJUNCTIONS = ["و"];
// light10's suffixes, in Lucene's order (each taken off once, when two letters or more stay),
// after the normalisation that lets them meet: ta marbuta as ha, alif maqsura as ya.
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
const ARABIC_WORD = /^\p{Script=Arabic}+$/u;
/** A character of Arabic script: a text without one has no clitic to take off. */
export const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * A word of Arabic script without its joined article and conjunction ("والحكومة" → "حكومة",
 * "وقالت" → "قالت", "الاسرائيلي" → "اسرائيلي"), so that a dictionary headword, a name and the word
 * in running text meet. A prefix is taken off only when three letters or more stay. Other words
 * come back as they are.
 *
 * @example
 * stripArabicClitics("والحكومة") // "حكومة"
 */
export function stripArabicClitics(word: string): string {
  if (word.length < 4 || !ARABIC_WORD.test(word)) return word;
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 3) return word.slice(article.length);
  }
  for (const conjunction of CONJUNCTIONS) {
    if (word.startsWith(conjunction) && word.length - conjunction.length >= 3) return word.slice(conjunction.length);
  }
  return word;
}

/**
 * The light10 stem of an Arabic word for a dictionary lookup: ta marbuta written as ha and
 * alif maqsura as ya (so "حكومة" and "حكومه" meet), then the endings of the dual, the sound
 * plurals, the feminine and the joined pronouns taken off ("اسرائيليين" → "اسرائيل",
 * "قرارات" → "قرار", "حكومة" and "حكومته" → "حكوم"). Run on the words of the text and on the headwords alike
 * (see `stemToken`); other words come back as they are.
 *
 * @example
 * stemArabic("قرارات") // "قرار"
 */
export function stemArabic(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  let stem = word.replace(/\u0629/gu, "\u0647").replace(/\u0649/gu, "\u064a");
  let cut = false;
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      cut = true;
    }
  }
  // Before a joined pronoun ta marbuta is written ت ("حكومته", his government): the feminine
  // ending the headword lost above, taken off a stem long enough not to be a root's own ت ("بيته").
  return cut && stem.length >= 5 && stem.endsWith("\u062a") ? stem.slice(0, -1) : stem;
}
