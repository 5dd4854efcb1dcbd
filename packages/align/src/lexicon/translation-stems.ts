import { stemToken, type LexiconStemIndex } from "./lexicon-stem-index.js";
import { hasWordRoots, wordRoot } from "./word-root.js";

// German-, Dutch- and French-style inflection endings, tried when a word is not in the
// lexicon as written. Stems (first few letters) do most of the work; this catches short
// words ("Berge" → "berg") whose stem is the whole word.
const ENDINGS = ["en", "e", "n", "s", "es", "er", "em", "ern", "x", "nen"];
/** Fugen elements between the parts of a German or Dutch compound ("Arbeitsweg"), none first. */
export const LINKS: readonly string[] = ["", "s", "es", "n", "en", "e"];

const HANGUL_WORD = /^\p{Script=Hangul}+$/u;
/** Most syllables of particles and endings a Korean word may carry after a dictionary word (외교부가, 발전할). */
const MAX_KOREAN_ENDING = 2;

/**
 * A Korean word and its shorter forms without one or two final syllables, two or more staying:
 * Korean joins particles and endings to the word ("관계가" → "관계", "회담을" → "회담"), and a
 * dictionary lists the bare word. Other words come back alone.
 *
 * @example
 * koreanForms("외교부가") // ["외교부가", "외교부", "외교"]
 */
export function koreanForms(word: string): string[] {
  if (!HANGUL_WORD.test(word)) return [word];
  const forms = [word];
  for (let cut = 1; cut <= MAX_KOREAN_ENDING && word.length - cut >= 2; cut++) forms.push(word.slice(0, -cut));
  return forms;
}

/**
 * The form a source word of a language `wordRoot` serves (id, ms, tr) is looked up by: the
 * word when it is a headword as written, else its root, else the word.
 *
 * @example
 * rootLookupForm("menyoroti", index, "id") // "sorot"
 */
export function rootLookupForm(word: string, index: LexiconStemIndex, lang: string | undefined): string {
  return index.words.has(word) ? word : (wordRoot(word, lang) ?? word);
}

/**
 * The lexicon translations' stems of one folded source word, trying inflections and compound
 * splits; for a language whose roots six letters miss (`lang`: id, ms, tr; see `wordRoot`) the
 * word when it is a headword, else its root.
 */
export function translationStems(word: string, index: LexiconStemIndex, stemLength: number, lang?: string): Set<string> {
  const found = new Set<string>();
  const look = (form: string) => {
    const hits = index.stems.get(stemToken(form, stemLength));
    if (hits) for (const hit of hits) found.add(hit);
    return hits !== undefined;
  };
  if (hasWordRoots(lang)) {
    // A headword as written, else its root: the first letters of a prefixed word are its
    // prefix's ("menyampaikan" would meet "menyamar", disguise), and neither German endings nor
    // compound heads apply (the end of "menyoroti" is "roti", bread; Turkish takes endings of
    // its own).
    look(rootLookupForm(word, index, lang));
    return found;
  }
  let hit = look(word);
  if (!hit && HANGUL_WORD.test(word)) {
    // The longest form the lexicon knows, so "외교부가" is 외교부 (foreign ministry), not 외교.
    for (const form of koreanForms(word).slice(1)) if (look(form)) return found;
    return found;
  }
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) hit = look(word.slice(0, -ending.length)) || hit;
  }
  if (hit || word.length < 7 || /\d/.test(word)) return found;
  // A compound the lexicon lacks: take the longest known head and a known modifier,
  // so "nordostwand" finds "wand" (paroi, face) and "nordost".
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const head = word.slice(cut);
    if (!index.words.has(head) && !ENDINGS.some((e) => head.endsWith(e) && index.words.has(head.slice(0, -e.length)))) continue;
    const modifier = word.slice(0, cut);
    const link = LINKS.find((l) => modifier.length - l.length >= 3 && modifier.endsWith(l) && index.words.has(modifier.slice(0, modifier.length - l.length)));
    look(head);
    if (link !== undefined) look(modifier.slice(0, modifier.length - link.length));
    for (const e of ENDINGS) if (head.endsWith(e) && head.length - e.length >= 3) look(head.slice(0, -e.length));
    break;
  }
  return found;
}
