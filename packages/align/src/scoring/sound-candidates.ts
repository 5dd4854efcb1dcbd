import { distance } from "fastest-levenshtein";
import type { TokenSide } from "./build-token-side.js";
import { isOtherScript, soundKey } from "../lexicon/sound-key.js";

/** Shortest sound key that may match at all ("ptn" for Putin); two-consonant keys match too many words. */
const MIN_KEY = 3;
/** Keys this long or longer may differ in one consonant (Ερντογάν "rntkn" / Erdogan "rtkn"). */
const FUZZY_KEY = 4;
/** A key may carry this many more consonants than the other, as an ending (트럼프는, Токаевым). */
const MAX_ENDING = 2;

function keysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && long.length - short.length <= MAX_ENDING) return true;
  return short.length >= FUZZY_KEY && long.length - short.length <= 1 && distance(a, b) <= 1;
}

/**
 * For each source type, target types that sound like it when one of the two is written in
 * another script than Latin: names across scripts (Путин / Putin, 트럼프 / Trump, ترامب / Trump,
 * Ερντογάν / Erdogan), compared by their {@link soundKey}. Pairs of Latin words are left to the
 * spelling cognates, and Chinese characters have no key.
 */
export function soundCandidates(source: TokenSide, target: TokenSide): Int32Array[] {
  const empty = new Int32Array(0);
  const targetOther = target.words.map((word) => isOtherScript(word));
  // Both sides in Latin (or Chinese) script: every pair would be skipped below, so no key is
  // made (a de–fr document spent ~5 % of its run on keys, transliteration tables included).
  if (!targetOther.includes(true) && !source.words.some((word) => isOtherScript(word))) return source.words.map(() => empty);
  const targetKeys = target.words.map((word) => (/\p{L}/u.test(word) ? soundKey(word) : undefined));
  const byPrefix = new Map<string, number[]>();
  targetKeys.forEach((key, id) => {
    if (!key || key.length < MIN_KEY) return;
    const bucket = key.slice(0, 2);
    const list = byPrefix.get(bucket);
    if (list) list.push(id);
    else byPrefix.set(bucket, [id]);
  });
  if (byPrefix.size === 0) return source.words.map(() => empty);
  return source.words.map((word) => {
    if (!/\p{L}/u.test(word)) return empty;
    const key = soundKey(word);
    if (!key || key.length < MIN_KEY) return empty;
    const other = isOtherScript(word);
    const found: number[] = [];
    for (const id of byPrefix.get(key.slice(0, 2)) ?? []) {
      if (!other && !targetOther[id]) continue;
      if (keysMatch(key, targetKeys[id]!)) found.push(id);
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
