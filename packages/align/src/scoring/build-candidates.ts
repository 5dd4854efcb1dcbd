import { distance } from "fastest-levenshtein";
import type { TokenSide } from "./build-token-side.js";
import type { LexicalScorerSettings } from "./lexical-scorer-settings.js";
import { stemToken, type LexiconStemIndex } from "../lexicon/lexicon-stem-index.js";
import { koreanForms, translationStems } from "../lexicon/translation-stems.js";
import { wordRoot } from "../lexicon/word-root.js";

function isWordy(token: string): boolean {
  return !/\d/.test(token);
}

/**
 * For each source type, the target types it may translate to: identical tokens (names,
 * numbers, acronyms), lexicon translations in either direction (by stem), and
 * orthographic cognates (normalised Levenshtein on folded tokens). With `langs`, a word of a
 * language whose roots six letters miss (id, ms, tr) is found by its root too (see `wordRoot`).
 */
export function buildCandidates(
  source: TokenSide,
  target: TokenSide,
  index: LexiconStemIndex | undefined,
  settings: LexicalScorerSettings,
  langs: { readonly source?: string; readonly target?: string } = {},
): Int32Array[] {
  const targetIds = new Map<string, number>();
  const targetByStem = new Map<string, number[]>();
  const targetByInitial = new Map<string, number[]>();
  target.words.forEach((word, id) => {
    targetIds.set(word, id);
    // A Korean word is found by its forms without a particle too ("관계가" under "관계"), an
    // Indonesian one by its root ("membangun" under "bangun").
    const root = wordRoot(word, langs.target);
    for (const form of root === undefined ? koreanForms(word) : [word, root]) {
      const stem = stemToken(form, settings.stemLength);
      const list = targetByStem.get(stem);
      if (!list) targetByStem.set(stem, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
    if (word.length >= settings.cognateMinLength && isWordy(word)) {
      const key = word.slice(0, 2);
      const bucket = targetByInitial.get(key);
      if (bucket) bucket.push(id);
      else targetByInitial.set(key, [id]);
    }
  });
  return source.words.map((word) => {
    const candidates = new Set<number>();
    const same = targetIds.get(word);
    if (same !== undefined) candidates.add(same);
    if (index && isWordy(word)) {
      for (const stem of translationStems(word, index, settings.stemLength, langs.source)) {
        for (const id of targetByStem.get(stem) ?? []) candidates.add(id);
      }
    }
    if (word.length >= settings.cognateMinLength && isWordy(word)) {
      for (const id of targetByInitial.get(word.slice(0, 2)) ?? []) {
        const other = target.words[id]!;
        const longer = Math.max(word.length, other.length);
        // The epsilon keeps 1 − 0.8 from rounding below 0.2: 4 vs 5 letters must pass at 0.8.
        if (Math.abs(word.length - other.length) > longer * (1 - settings.cognateThreshold) + 1e-9) continue;
        if (1 - distance(word, other) / longer >= settings.cognateThreshold - 1e-9) candidates.add(id);
      }
    }
    return Int32Array.from(candidates);
  });
}
