import type { LexiconStemIndex } from "./lexicon-stem-index.js";

const cache = new WeakMap<LexiconStemIndex, ReadonlySet<string>>();

/**
 * Every target stem a stem index can translate to, built once per index (not once per document
 * pair: de–en has 64k source stems, and a corpus aligns thousands of pairs with one index).
 */
export function targetStemsOf(index: LexiconStemIndex): ReadonlySet<string> {
  if (index.targetStems) return index.targetStems;
  let stems = cache.get(index);
  if (!stems) {
    const all = new Set<string>();
    for (const set of index.stems.values()) for (const stem of set) all.add(stem);
    cache.set(index, (stems = all));
  }
  return stems;
}
