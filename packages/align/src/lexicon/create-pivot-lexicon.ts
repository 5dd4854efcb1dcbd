import type { Lexicon } from "./create-lexicon.js";

/** How many target words one pivot phrase may bring: "make" is a gloss of hundreds of Chinese words. */
const MAX_PER_PIVOT = 6;
/** Only the first few translations of an entry are its usual sense; later ones are rare senses. */
const MAX_RANK = 3;

// Verbs are glossed "to go" in one dictionary and "go" in the other.
function pivotKey(phrase: string): string {
  return phrase.replace(/^(?:to|a|an|the) /, "");
}

/**
 * Phrase → words on the far side of `lexicon`, as `from`-side words, best-ranked first; words of
 * equal rank by `commonness` (lower first) when given, else in dictionary order.
 */
function translationsOf(lexicon: Lexicon, from: "source" | "target", commonness?: ReadonlyMap<string, number>): Map<string, { word: string; rank: number }[]> {
  const out = new Map<string, { word: string; rank: number }[]>();
  const put = (key: string, word: string, rank: number) => {
    const list = out.get(key);
    if (!list) out.set(key, [{ word, rank }]);
    else if (!list.some((entry) => entry.word === word)) list.push({ word, rank });
  };
  const direct = from === "source" ? lexicon.forward : lexicon.backward;
  const inverse = from === "source" ? lexicon.backward : lexicon.forward;
  for (const [headword, translations] of direct) translations.forEach((t, rank) => put(pivotKey(headword), t, rank));
  // A dictionary of the other direction, read backwards: its headword is a translation of each gloss.
  for (const [headword, translations] of inverse) translations.forEach((t, rank) => put(pivotKey(t), headword, rank));
  const common = (word: string) => commonness?.get(word) ?? Infinity;
  // The sort is stable: without `commonness`, and between two unlisted words (Infinity − Infinity
  // is NaN, which `|| 0` makes a tie), the dictionary's order stays.
  const byCommonness = (a: { word: string }, b: { word: string }) => Math.sign(common(a.word) - common(b.word)) || 0;
  for (const list of out.values()) list.sort((a, b) => a.rank - b.rank || byCommonness(a, b));
  return out;
}

/**
 * A lexicon for `sourceLang`–`targetLang` through a pivot language (English), for pairs with no
 * dictionary of their own: French → English → Chinese. `first` is a source–pivot lexicon and
 * `second` a pivot–target one, each in whichever directions its dictionaries have. Only the first
 * {@link MAX_RANK} senses on each step are followed and each pivot phrase brings at most
 * {@link MAX_PER_PIVOT} target words, since every step adds wrong senses and the product of two
 * dictionaries has far more of them than either. `via` names the pivot language.
 *
 * `targetCommonness` ranks the target language's words by frequency (0 = the commonest; e.g.
 * wordfreq's list, `scripts/fetch-wordfreq.sh`): among target words of one sense rank, the six
 * kept are the commonest. More than six Chinese words gloss English "war" first (大战, 戎机, 战事,
 * 战争 …, each also in its traditional form) in CC-CEDICT's order, which is not one of use;
 * without the ranks that order decides, and 战争 is not among the six.
 *
 * @example
 * const frZh = createPivotLexicon({ sourceLang: "fr", targetLang: "zh", first: frEn, second: enZh });
 * frZh.forward.get("président") // ["总统", "主席", …]
 */
export function createPivotLexicon(options: {
  sourceLang: string;
  targetLang: string;
  first: Lexicon;
  second: Lexicon;
  targetCommonness?: ReadonlyMap<string, number>;
}): Lexicon {
  const toPivot = translationsOf(options.first, "source");
  const fromPivot = translationsOf(options.second, "source", options.targetCommonness);
  const forward = new Map<string, string[]>();
  for (const [word, pivots] of toPivot) {
    const targets: string[] = [];
    for (const pivot of pivots) {
      if (pivot.rank >= MAX_RANK) continue;
      const hits = fromPivot.get(pivotKey(pivot.word));
      if (!hits) continue;
      let taken = 0;
      for (const hit of hits) {
        if (hit.rank >= MAX_RANK || taken >= MAX_PER_PIVOT) break;
        taken++;
        if (!targets.includes(hit.word)) targets.push(hit.word);
      }
    }
    if (targets.length > 0) forward.set(word, targets);
  }
  return {
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    forward,
    backward: new Map(),
    via: options.first.targetLang,
  };
}
