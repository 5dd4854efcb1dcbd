import type { TokenSide } from "./build-token-side.js";
import type { HanReadings } from "../lexicon/han-readings.js";
import { tokenizeForMatching } from "../lexicon/tokenize-for-matching.js";

/** Fewest characters a word in Chinese characters must have to match by its readings: one syllable matches too much. */
const MIN_CHARS = 2;
/** Longest run of characters tried at once; names and compounds are shorter. */
const MAX_CHARS = 4;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * For each source type, the target types it reads as when one side is written in Chinese
 * characters (Chinese, Japanese kanji) and the other in a language that borrowed them
 * (`readings`: Vietnamese, Korean): a run of 2–4 characters matches
 * - in Vietnamese, a run of as many consecutive syllables of one sentence, each a reading of its
 *   character (习近平 → "tap", "can", "binh" of "Tập Cận Bình"),
 * - in Korean, a word that holds the characters' readings in a row (外交部 → "외교부가").
 * `sentences` are the reading side's sentences (Vietnamese needs their word order). Empty lists
 * when neither side is Chinese characters.
 */
export function readingCandidates(
  source: TokenSide,
  target: TokenSide,
  readings: HanReadings,
  hanIsSource: boolean,
  readingSentences: readonly string[],
): Int32Array[] {
  const han = hanIsSource ? source : target;
  const other = hanIsSource ? target : source;
  const ids = new Map<string, number>();
  other.words.forEach((word, id) => ids.set(word, id));
  const pairs: [number, number][] = [];
  const readingOf = (char: string) => readings.readings.get(char);
  /**
   * Every Han word against the reading side: its runs of 2–4 characters, longest first at each
   * start, with each character's readings; `matchRun` adds the reading-side types a run matches
   * to `found` and says whether there were any.
   */
  const eachHanWord = (matchRun: (sets: readonly (readonly string[])[], found: Set<number>) => boolean) =>
    han.words.forEach((word, h) => {
      if (!HAN_ONLY.test(word)) return;
      const chars = Array.from(word);
      const found = new Set<number>();
      for (let start = 0; start + MIN_CHARS <= chars.length; start++) {
        for (let length = Math.min(MAX_CHARS, chars.length - start); length >= MIN_CHARS; length--) {
          const sets = chars.slice(start, start + length).map(readingOf);
          if (sets.some((set) => !set)) continue;
          if (matchRun(sets as (readonly string[])[], found)) break;
        }
      }
      for (const id of found) pairs.push([h, id]);
    });

  if (readings.lang === "vi") {
    // Syllable sequences of each sentence, as type ids; and where each syllable stands.
    const sequences = readingSentences.map((sentence) => tokenizeForMatching(sentence).map((token) => ids.get(token) ?? -1));
    const at = new Map<number, [number, number][]>();
    sequences.forEach((sequence, s) => sequence.forEach((id, k) => {
      if (id < 0) return;
      const list = at.get(id);
      if (list) list.push([s, k]);
      else at.set(id, [[s, k]]);
    }));
    eachHanWord((sets, found) => {
      const length = sets.length;
      let matched = false;
      for (const first of sets[0]!) {
        const firstId = ids.get(first);
        if (firstId === undefined) continue;
        for (const [s, k] of at.get(firstId) ?? []) {
          const sequence = sequences[s]!;
          let m = 1;
          while (m < length && k + m < sequence.length && sets[m]!.includes(other.words[sequence[k + m]!] ?? "")) m++;
          if (m < length) continue;
          for (let n = 0; n < length; n++) found.add(sequence[k + n]!);
          matched = true;
        }
      }
      return matched;
    });
  } else {
    // Korean: each syllable of each word, by where it stands.
    const at = new Map<string, [number, number][]>();
    other.words.forEach((word, id) => Array.from(word).forEach((syllable, k) => {
      const list = at.get(syllable);
      if (list) list.push([id, k]);
      else at.set(syllable, [[id, k]]);
    }));
    eachHanWord((sets, found) => {
      const length = sets.length;
      let matched = false;
      for (const first of sets[0]!) {
        for (const [id, k] of at.get(first) ?? []) {
          const syllables = Array.from(other.words[id]!);
          let m = 1;
          while (m < length && sets[m]!.includes(syllables[k + m] ?? "")) m++;
          if (m < length) continue;
          found.add(id);
          matched = true;
        }
      }
      return matched;
    });
  }

  const lists: number[][] = source.words.map(() => []);
  for (const [h, o] of pairs) {
    const [s, t] = hanIsSource ? [h, o] : [o, h];
    if (!lists[s]!.includes(t)) lists[s]!.push(t);
  }
  return lists.map((list) => Int32Array.from(list));
}
