import type { HanReadings } from "./han-readings.js";

/** Shortest and longest Chinese word read into Vietnamese; one syllable has too many homophones. */
const MIN_CHARS = 2;
const MAX_CHARS = 4;
/** Most readings of one word tried (characters with several readings multiply). */
const MAX_READINGS = 4;
/** A Vietnamese reading shared by more Chinese words than this is too ambiguous to translate. */
const MAX_HOMOGRAPHS = 3;

/**
 * A Vietnamese– or Korean–English word list read out of a Chinese one: each Chinese word of 2–4
 * characters becomes the phrase its characters read as in `readings` (Unihan kVietnamese, folded,
 * syllables apart; kHangul, written together), with the Chinese word's translations: 政府
 * "government" → "chinh phu", "정부"; 合作 "cooperation" → "hop tac", "합작". Much of the written
 * vocabulary of news (politics, economy, diplomacy) in both languages is Sino-Vietnamese or
 * Sino-Korean. A phrase that more than three Chinese words read as is left out: it is a homophone,
 * not a word.
 *
 * @example
 * sinoReadingEntries(new Map([["政府", ["government"]]]), viReadings).get("chinh phu") // ["government"]
 */
export function sinoReadingEntries(chinese: ReadonlyMap<string, readonly string[]>, readings: HanReadings): Map<string, string[]> {
  const separator = readings.lang === "vi" ? " " : "";
  const entries = new Map<string, string[]>();
  const sources = new Map<string, Set<string>>();
  for (const [word, translations] of chinese) {
    const chars = Array.from(word);
    if (chars.length < MIN_CHARS || chars.length > MAX_CHARS) continue;
    let phrases = [""];
    for (const char of chars) {
      const found = readings.readings.get(char);
      if (!found) {
        phrases = [];
        break;
      }
      phrases = phrases.flatMap((prefix) => found.map((reading) => (prefix ? `${prefix}${separator}${reading}` : reading)));
      if (phrases.length > MAX_READINGS) break;
    }
    if (phrases.length === 0 || phrases.length > MAX_READINGS) continue;
    for (const phrase of phrases) {
      let from = sources.get(phrase);
      if (!from) sources.set(phrase, (from = new Set()));
      // Traditional and simplified forms of one word share their translations: one word, not two.
      from.add(translations.join("|"));
      const list = entries.get(phrase);
      if (!list) entries.set(phrase, [...translations]);
      else for (const translation of translations) if (!list.includes(translation)) list.push(translation);
    }
  }
  for (const [phrase, from] of sources) if (from.size > MAX_HOMOGRAPHS) entries.delete(phrase);
  return entries;
}
