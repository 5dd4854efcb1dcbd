import type { Lexicon } from "./create-lexicon.js";
import { splitHanRun } from "./split-han-run.js";
import { stemHindi } from "./stem-hindi.js";
import { stemArabic } from "./strip-arabic-clitics.js";
import { tokenizeForMatching } from "./tokenize-for-matching.js";

/**
 * A lexicon turned into stem → stems, source to target, merging both directions
 * (the backward dictionary inverted). Stems are the first `stemLength` characters of
 * folded, lowercased words, which conflates most inflections ("Berge", "Bergen" → "berge")
 * at the price of a few collisions inside one span pair, where they rarely matter.
 */
export interface LexiconStemIndex {
  readonly stems: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded single-word headwords of the source side, for compound splitting. */
  readonly words: ReadonlySet<string>;
  /** The lexicon's Chinese words, unstemmed, that runs of Chinese characters are cut into. */
  readonly hanWords: ReadonlySet<string>;
  /**
   * Splits a token of a sentence into the lexicon's words before matching: a run of Chinese
   * characters into `hanWords` (see {@link splitHanRun}); any other token stays whole.
   * Absent when the lexicon has no Chinese.
   */
  readonly splitToken?: (token: string) => string[];
  /** Every target stem of `stems`, when known beforehand (a cache keeps it; see `targetStemsOf`). */
  readonly targetStems?: ReadonlySet<string>;
}

/** Completes a stem index from its parts (adds `splitToken` when there are Chinese words). */
export function makeStemIndex(
  stems: ReadonlyMap<string, ReadonlySet<string>>,
  words: ReadonlySet<string>,
  hanWords: ReadonlySet<string>,
  targetStems?: ReadonlySet<string>,
): LexiconStemIndex {
  const known = targetStems ? { targetStems } : {};
  if (hanWords.size === 0) return { stems, words, hanWords, ...known };
  // Longer headwords are idioms and titles; matching them would only slow the split down. Found
  // at the first token with a Chinese character: a cached set is read whole for it (~3 ms), which
  // texts in other scripts never need (a token without one stays whole either way).
  let maxHan = 0;
  const longest = () => {
    if (maxHan > 0) return maxHan;
    maxHan = 1;
    for (const word of hanWords) maxHan = Math.min(8, Math.max(maxHan, Array.from(word).length));
    return maxHan;
  };
  return { stems, words, hanWords, splitToken: (token) => (HAN.test(token) ? splitHanRun(token, hanWords, longest()) : [token]), ...known };
}

/** Hands the scorer a stem index built earlier (e.g. read from a cache) instead of building it again. */
export function seedStemIndex(lexicon: Lexicon, stemLength: number, index: LexiconStemIndex): void {
  let byLength = cache.get(lexicon);
  if (!byLength) cache.set(lexicon, (byLength = new Map()));
  byLength.set(stemLength, index);
}

const HAN = /\p{Script=Han}/u;
/** Longest phrase whose words each meet a one-word translation ("prime minister" → "premier"). */
const MAX_PHRASE = 2;
const LATIN = /\p{Script=Latin}/u;

const cache = new WeakMap<Lexicon, Map<number, LexiconStemIndex>>();

/** Languages whose words of several syllables are written apart and matched as one token. */
export const SYLLABLE_LANGS: ReadonlySet<string> = new Set(["vi"]);
/**
 * Joins the syllables of one Vietnamese word ("chinh_phu"). Such a token is its own stem: cut to
 * six letters it would be a single syllable ("phuong_dong" → "phuong") and meet every "phương".
 */
export const SYLLABLE_JOINER = "_";
/** Most syllables joined into one word. */
export const MAX_JOINED_SYLLABLES = 3;

/**
 * The tokens of a phrase, with a Vietnamese phrase of two or three syllables as one token
 * ("chinh phu" → ["chinh_phu"]); other languages' phrases as `tokenizeForMatching` cuts them.
 */
export function joinedWords(phrase: string, lang: string): string[] {
  const tokens = tokenizeForMatching(phrase);
  if (!SYLLABLE_LANGS.has(lang) || tokens.length < 2 || tokens.length > MAX_JOINED_SYLLABLES || tokens.some((t) => /\d/.test(t))) return tokens;
  return [tokens.join(SYLLABLE_JOINER)];
}

/**
 * Cuts a folded token to its matching stem: its first `stemLength` characters, after taking a
 * Hindi word's inflection ending off (see `stemHindi`: "लोगों" and the headword "लोग" meet). The
 * token itself stays whole, so a name keeps its full form for the sound keys (मोदी / Modi).
 */
export function stemToken(token: string, stemLength: number): string {
  const code = token.charCodeAt(0);
  if (token.includes(SYLLABLE_JOINER)) return token;
  const word = code >= 0x900 && code <= 0x97f ? stemHindi(token) : code >= 0x620 && code <= 0x64a ? stemArabic(token) : token;
  return word.length > stemLength ? word.slice(0, stemLength) : word;
}

// Words of a translation phrase that carry meaning; "être entraîné" should not make
// every "être" a translation of "abdriften", but a one-word translation always counts.
function contentTokens(phrase: string): string[] {
  const tokens = tokenizeForMatching(phrase);
  return tokens.length === 1 ? tokens : tokens.filter((token) => token.length >= 4);
}

/**
 * Builds (once per lexicon and stem length; cached) the stem index the lexical scorer uses.
 *
 * @example
 * lexiconStemIndex(lexicon, 5).stems.get("berg") // Set { "monta", "mont" }
 */
export function lexiconStemIndex(lexicon: Lexicon, stemLength: number): LexiconStemIndex {
  let byLength = cache.get(lexicon);
  if (!byLength) cache.set(lexicon, (byLength = new Map()));
  const cached = byLength.get(stemLength);
  if (cached) return cached;
  const stems = new Map<string, Set<string>>();
  const words = new Set<string>();
  const han = new Set<string>();
  const add = (sourceWord: string, targetWord: string) => {
    if (HAN.test(sourceWord)) han.add(sourceWord);
    if (HAN.test(targetWord)) han.add(targetWord);
    const key = stemToken(sourceWord, stemLength);
    let set = stems.get(key);
    if (!set) stems.set(key, (set = new Set()));
    set.add(stemToken(targetWord, stemLength));
  };
  // Vietnamese writes each syllable apart: its words of two or three syllables are one token
  // joined ("chinh phu" → "chinh_phu"), as the sentences' syllable pairs are (see `joinSyllables`).
  const sourceWords = (phrase: string) => joinedWords(phrase, lexicon.sourceLang);
  const targetWords = (phrase: string) => joinedWords(phrase, lexicon.targetLang);
  for (const [headword, translations] of lexicon.forward) {
    const heads = sourceWords(headword);
    if (heads.length !== 1) {
      // A phrase that a language of another script writes as one word ("prime minister" →
      // प्रधानमंत्री): each of its content words meets that word. Between two Latin-script
      // languages compound splitting and cognates do this, and the phrases added noise there
      // (Text+Berg de–fr strict F1 0.880 → 0.878, ParIce 0.912 → 0.900).
      if (heads.length > 1 && heads.length <= MAX_PHRASE) {
        for (const translation of translations) {
          const one = tokenizeForMatching(translation);
          if (one.length === 1 && LATIN.test(headword) !== LATIN.test(one[0]!)) for (const head of contentTokens(headword)) add(head, one[0]!);
        }
      }
      continue;
    }
    words.add(heads[0]!);
    for (const translation of translations) {
      const joined = targetWords(translation);
      for (const token of joined.length === 1 ? joined : contentTokens(translation)) add(heads[0]!, token);
    }
  }
  for (const [headword, translations] of lexicon.backward) {
    const heads = targetWords(headword);
    if (heads.length !== 1) continue;
    for (const translation of translations) {
      const joined = sourceWords(translation);
      const sourceTokens = joined.length === 1 ? joined : contentTokens(translation);
      if (sourceTokens.length !== 1) {
        const all = tokenizeForMatching(translation);
        if (all.length > 1 && all.length <= MAX_PHRASE && LATIN.test(translation) !== LATIN.test(heads[0]!)) for (const token of sourceTokens) add(token, heads[0]!);
        continue;
      }
      words.add(sourceTokens[0]!);
      add(sourceTokens[0]!, heads[0]!);
    }
  }
  const index = makeStemIndex(stems, words, han);
  byLength.set(stemLength, index);
  return index;
}
