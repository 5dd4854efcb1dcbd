import { distance } from "fastest-levenshtein";
import type { TokenSide } from "./build-token-side.js";
import { acronymSpellings, isOtherScript, soundKeys, spelledForm } from "../lexicon/sound-key.js";

/** Shortest sound key that may match at all ("ptn" for Putin); two-consonant keys match too many words. */
const MIN_KEY = 3;
/** Keys this long or longer may differ in one consonant (Ερντογάν "rntkn" / Erdogan "rtkn"). */
const FUZZY_KEY = 4;
/** A key may carry this many more consonants than the other, as an ending (트럼프는, Токаевым). */
const MAX_ENDING = 2;

// Scripts whose words ICU cuts out of unspaced text, particles and all: a word there has no case
// ending to allow for, and its native words' consonants collide with English words by the prefix
// and one-consonant rules (Thai ประเทศไทย "prtst" / "bread", ธรรมชาติ "trnst" / "Thailand").
const CUT_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// Japanese writes foreign names in katakana and its own in kanji: a word all in hiragana is
// grammar (における, について), which met Korean verbs by sound (나가기로, 만났다) on the ko–ja pair.
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

/** Whether a token may be a name for the sound keys: it has letters, and is not all hiragana. */
function nameLike(word: string): boolean {
  return /\p{L}/u.test(word) && !HIRAGANA_ONLY.test(word);
}

/** The only ending an English word adds to a name: plural or possessive s (Mitsotakis / Μητσοτάκη). */
const ENGLISH_ENDING = "s";

// `english` says which key is of an English word ("a", "b"), when the other is in another script.
// English does not decline names, so its word may be longer than the other's only by an s: on the
// dev pairs' gold sentences (scripts/probe-sound-keys.ts) the other endings matched native words
// (ভারত "prt" / bilateral "prtr", صادر "str" / struck "strk", বলেছেন "prsn" / Prachanda "prsnt").
// Latin languages that decline names keep the endings (Polish "Trumpem", Malay "-nya").
// `cutA`, `cutB`: the word carries no ending of its own and is not one consonant off (a word of a
// script ICU cuts, see CUT_SCRIPT, or an ordinary word the lexicon knows); the other word still
// may carry an ending (트럼프는 / トランプ).
function keysMatch(a: string, b: string, cutA: boolean, cutB: boolean, english?: "a" | "b", noFuzzy = false): boolean {
  if (a === b) return true;
  const [short, long, longIsEnglish, longIsCut] = a.length <= b.length ? [a, b, english === "b", cutB] : [b, a, english === "a", cutA];
  if (long.startsWith(short) && long.length - short.length <= MAX_ENDING) {
    return !longIsCut && (!longIsEnglish || long.slice(short.length) === ENGLISH_ENDING);
  }
  return !noFuzzy && !cutA && !cutB && short.length >= FUZZY_KEY && long.length - short.length <= 1 && distance(a, b) <= 1;
}

/** The two sides' languages, and which of their words a lexicon knows as ordinary words. */
export interface SoundLangs {
  readonly source?: string;
  readonly target?: string;
  /** Whether the lexicon knows a source word (its stem): such a word of another script meets a name only by the same key. */
  readonly sourceOrdinary?: (word: string) => boolean;
  readonly targetOrdinary?: (word: string) => boolean;
}

/**
 * For each source type, target types that sound like it when one of the two is written in
 * another script than Latin: names across scripts (Путин / Putin, 트럼프 / Trump, ترامب / Trump,
 * Ερντογάν / Erdogan), compared by their sound keys (`soundKeys`). Pairs of Latin words are left to the
 * spelling cognates, and Chinese characters have no key. With `langs`, an English word longer than
 * the name it meets may only add an s (see `keysMatch`), and a word of another script that the
 * lexicon knows (`sourceOrdinary`, `targetOrdinary`) meets only the same key: on the dev pairs'
 * gold sentences, such words' looser matches were mostly ordinary words (συμβούλιο "snfr" /
 * essential "sntr", λοιπόν / European), 21 of 32 word pairs never in a gold-linked sentence pair.
 */
export function soundCandidates(
  source: TokenSide,
  target: TokenSide,
  langs?: SoundLangs,
): Int32Array[] {
  const empty = new Int32Array(0);
  const targetOther = target.words.map((word) => isOtherScript(word));
  // Both sides in Latin (or Chinese) script: every pair would be skipped below (sound keys and
  // spellings match only across scripts), so no key is made (a de–fr document spent ~5 % of its
  // run on keys, transliteration tables included).
  if (!targetOther.includes(true) && !source.words.some((word) => isOtherScript(word))) return source.words.map(() => empty);
  // A word's keys: its sound key first, then a Greek word's reading of μπ, ντ, γκ, τζ (see `soundKeys`).
  const targetAllKeys = target.words.map((word) => (nameLike(word) ? soundKeys(word) : []));
  const targetKeys = targetAllKeys.map((keys) => keys[0]);
  const targetCut = target.words.map((word) => CUT_SCRIPT.test(word) || (isOtherScript(word) && (langs?.targetOrdinary?.(word) ?? false)));
  const byPrefix = new Map<string, number[]>();
  targetAllKeys.forEach((keys, id) => {
    for (const key of keys) {
      if (key.length < MIN_KEY) continue;
      const bucket = key.slice(0, 2);
      const list = byPrefix.get(bucket);
      if (!list) byPrefix.set(bucket, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  // Names too short for a key of three consonants (मोदी / Modi "nt", ओली / Oli "r") match when
  // they are spelt alike, vowels and all; a Latin acronym also as its letters' names (पीएम / PM).
  const spellingsOf = (word: string, key: string | undefined): string[] => {
    const spelt = key && key.length < MIN_KEY ? spelledForm(word) : undefined;
    const acronym = isOtherScript(word) ? [] : acronymSpellings(word);
    return spelt ? [spelt, ...acronym] : acronym;
  };
  const bySpelling = new Map<string, number[]>();
  targetKeys.forEach((key, id) => {
    for (const spelt of spellingsOf(target.words[id]!, key)) {
      const list = bySpelling.get(spelt);
      if (list) list.push(id);
      else bySpelling.set(spelt, [id]);
    }
  });
  if (byPrefix.size === 0 && bySpelling.size === 0) return source.words.map(() => empty);
  const [sourceEnglish, targetEnglish] = [langs?.source === "en", langs?.target === "en"];
  return source.words.map((word) => {
    if (!nameLike(word)) return empty;
    const keys = soundKeys(word);
    const key = keys[0];
    if (!key) return empty;
    const other = isOtherScript(word);
    const found: number[] = [];
    for (const spelt of spellingsOf(word, key)) {
      for (const id of bySpelling.get(spelt) ?? []) if (other !== targetOther[id] && !found.includes(id)) found.push(id);
    }
    const cut = CUT_SCRIPT.test(word) || (other && (langs?.sourceOrdinary?.(word) ?? false));
    for (const sourceKey of keys) {
      if (sourceKey.length < MIN_KEY) continue;
      for (const id of byPrefix.get(sourceKey.slice(0, 2)) ?? []) {
        if ((!other && !targetOther[id]) || found.includes(id)) continue;
        const english = other === targetOther[id] ? undefined : other ? (targetEnglish ? "b" : undefined) : sourceEnglish ? "a" : undefined;
        // A second reading (Greek μπ as b, Cyrillic х as h) meets the other key as it is or with an ending, not one consonant apart.
        const meets = targetAllKeys[id]!.some((targetKey, at) => keysMatch(sourceKey, targetKey, cut, targetCut[id]!, english, sourceKey !== key || at > 0));
        if (meets) found.push(id);
      }
    }
    return found.length > 0 ? Int32Array.from(found) : empty;
  });
}

/** Candidate lists merged per source type, without repeats. */
export function mergeCandidates(first: Int32Array[], second: Int32Array[]): Int32Array[] {
  return first.map((list, type) => {
    const extra = second[type];
    if (!extra || extra.length === 0) return list;
    const merged = new Set<number>(list);
    for (const id of extra) merged.add(id);
    return merged.size === list.length ? list : Int32Array.from(merged);
  });
}
