import { distance } from "fastest-levenshtein";
import type { TokenSide } from "./build-token-side.js";
import type { LexicalScorerSettings } from "./lexical-scorer-settings.js";
import { stemToken, type LexiconStemIndex } from "../lexicon/lexicon-stem-index.js";
import { koreanForms, LINKS, translationStems } from "../lexicon/translation-stems.js";
import { wordRoot } from "../lexicon/word-root.js";
import { targetStemsOf } from "../lexicon/target-stems.js";

/**
 * Languages that write compounds as one word with the head last (German "Bundeskanzler",
 * Dutch "ministerraad", Swedish "statsminister"): a target word of theirs is found by its head too.
 */
const HEAD_LAST_COMPOUNDS: ReadonlySet<string> = new Set(["de", "nl", "sv", "da", "no", "nb", "nn", "is", "af", "lb", "fy"]);
/** Shortest modifier and head of a target compound split. */
const MIN_MODIFIER = 3;
const MIN_HEAD = 4;

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
  const compoundHeads = index !== undefined && langs.target !== undefined && HEAD_LAST_COMPOUNDS.has(langs.target);
  const knownTargetStems = compoundHeads ? targetStemsOf(index) : undefined;
  const addTargetStem = (stem: string, id: number) => {
    const list = targetByStem.get(stem);
    if (!list) targetByStem.set(stem, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  target.words.forEach((word, id) => {
    targetIds.set(word, id);
    // A compound the lexicon lacks as a whole is found by its longest head that a translation
    // ends in: "bundeskanzler" under "kanzler" (总理, chancellor), "kanzlerwahl" under "wahl".
    // The source side's compounds are split when they are looked up (translationStems).
    if (knownTargetStems && word.length >= MIN_MODIFIER + MIN_HEAD && isWordy(word) && !knownTargetStems.has(stemToken(word, settings.stemLength))) {
      for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
        const stem = stemToken(word.slice(cut), settings.stemLength);
        if (!knownTargetStems.has(stem)) continue;
        addTargetStem(stem, id);
        // Its modifier too, when it is a word of its own ("kanzler" of "kanzlerwahl"), with or without a linking "s"/"n".
        const modifier = word.slice(0, cut);
        for (const link of LINKS) {
          if (!modifier.endsWith(link) || modifier.length - link.length < MIN_MODIFIER) continue;
          const form = stemToken(modifier.slice(0, modifier.length - link.length), settings.stemLength);
          if (modifier.length - link.length >= MIN_HEAD && knownTargetStems.has(form)) {
            addTargetStem(form, id);
            break;
          }
        }
        break;
      }
    }
    // A Korean word is found by its forms without a particle too ("관계가" under "관계"), an
    // Indonesian one by its root ("membangun" under "bangun").
    const root = wordRoot(word, langs.target);
    for (const form of root === undefined ? koreanForms(word) : [word, root]) addTargetStem(stemToken(form, settings.stemLength), id);
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
