// The article and the one-letter conjunctions and prepositions Arabic writes joined to the next
// word: "والحكومة" is "and the government". Longest first; light stemming as in Larkey, Ballesteros
// and Connell's light10 (prefixes only: a lexicon stem of the first letters covers the endings).
const ARTICLES = ["وبال", "وال", "بال", "كال", "فال", "لل", "ال"];
const CONJUNCTIONS = ["و", "ف"];
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
