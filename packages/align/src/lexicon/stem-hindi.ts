// Hindi inflects nouns, adjectives and verbs with endings ("लोग" people, "लोगों" of the people;
// "शुभकामना" wish, "शुभकामनाएं" wishes), and FreeDict's eng-hin gives the bare form. The suffixes and
// the normalisation are those of Ramanathan and Rao's light stemmer ("A Lightweight Stemmer for
// Hindi", 2003) as Lucene's HindiStemmer and HindiNormalizer apply them: longest suffix first, a
// suffix is taken only when more than one letter stays.
const SUFFIXES: readonly string[] = [
  // five letters
  "ाएंगी", "ाएंगे", "ाऊंगी", "ाऊंगा", "ाइयां", "ाइयों",
  // four
  "ाएगी", "ाएगा", "ाओगी", "ाओगे", "एंगी", "ेंगी", "एंगे", "ेंगे", "ूंगी", "ूंगा", "ातीं", "नाओं", "नाएं", "ताओं", "ताएं", "ियां", "ियों",
  // three
  "ाकर", "ाइए", "ाईं", "ाया", "ेगी", "ेगा", "ोगी", "ोगे", "ाने", "ाना", "ाते", "ाती", "ाता", "तीं", "ाओं", "ाएं", "ुओं", "ुएं", "ुआं",
  // two
  "कर", "ाओ", "िए", "ाई", "ाए", "ने", "नी", "ना", "ते", "ीं", "ती", "ता", "ां", "ों", "ें",
  // one
  "ो", "े", "ू", "ु", "ी", "ि", "ा",
];

const DEVANAGARI_WORD = /^[\p{Script=Devanagari}\u200c\u200d]+$/u;

/**
 * Spelling variants a Hindi text and a dictionary write differently, merged: the nukta dropped
 * (बढ़ना / बढना), candrabindu as anusvara (शुभकामनाएँ / शुभकामनाएं), the zero-width joiners dropped,
 * a dead consonant's virama kept.
 */
function normalizeHindi(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u093c\u200c\u200d]/g, "")
    .replace(/\u0901/g, "\u0902")
    .normalize("NFC");
}

/**
 * A Hindi (Devanagari) word normalised and without its inflection ending, so that the running
 * text and FreeDict's headwords meet ("लोगों" → "लोग", "शुभकामनाएँ" → "शुभकामन", as is
 * "शुभकामनाएं"). Words of other scripts come back as they are.
 *
 * @example
 * stemHindi("लोगों") // "लोग"
 */
export function stemHindi(word: string): string {
  if (!DEVANAGARI_WORD.test(word)) return word;
  const normal = normalizeHindi(word);
  const letters = Array.from(normal).length;
  for (const suffix of SUFFIXES) {
    if (normal.endsWith(suffix) && letters > Array.from(suffix).length + 1) return normal.slice(0, normal.length - suffix.length);
  }
  return normal;
}
