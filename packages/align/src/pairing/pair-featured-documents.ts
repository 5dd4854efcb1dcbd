import { oneWrittenLanguage } from "@tandem/segment/core";
import { matchCandidates, pairCandidate, type MutualBest, type PairCandidate } from "./match-candidates.js";
import type { PairResult, UnpairedDocument } from "./pair-documents.js";
import { DEFAULT_PAIR_MUTUAL, DEFAULT_PAIR_THRESHOLD } from "./pair-documents.js";
import type { PairFeatures } from "./pair-features.js";
import { ANCHOR_PRIOR_WEIGHT, MIN_EVIDENCE_WEIGHT, anchorTotals, anchorWeight, pairScale, scorePair, sharedKeyCounts, soundCounts } from "./pair-score.js";

/** A document whose pairing features were extracted earlier (and kept, e.g. in a store). */
export interface FeaturedDocument {
  readonly id: string;
  readonly lang: string;
  readonly features: PairFeatures;
}

export interface FeaturedPairOptions {
  readonly threshold?: number;
  /** As pairDocuments' `mutual`: the second chance below the threshold, `false` for none. */
  readonly mutual?: MutualBest | false;
  readonly sourceLang?: string;
  readonly maxReasons?: number;
  /**
   * How many documents of the collection hold each anchor key. The anchor index of a
   * store counts these with one GROUP BY; without it they are counted from `documents`.
   */
  readonly documentCount?: ReadonlyMap<string, number>;
  /**
   * Candidate pairs as indices into `documents` (either order, repeats allowed). An
   * inverted index of anchors yields these without looking at every pair; without it
   * they are found here the same way, in memory.
   */
  readonly candidates?: Iterable<readonly [number, number]>;
  /**
   * Skip scoring a candidate whose score cannot reach the threshold (a bound from the
   * shared anchor weight alone, without the order signal). The pairs are the same;
   * only `unpaired[].best` and `reason` may then miss a below-threshold candidate. Large
   * corpora score most candidates below any threshold (they share one common name).
   */
  readonly skipHopeless?: boolean;
}

/**
 * Anchors held by more documents than this make no candidates: such an anchor weighs
 * almost nothing (2/df) and would make every holder a candidate of every other. The
 * same cap as `pairDocuments`, so both find the same candidates; it also bounds the
 * candidates an anchor index yields to 64² per key, which keeps pairing linear in
 * the number of documents.
 */
export const MAX_ANCHOR_HOLDERS = 64;

/**
 * `pairDocuments` for documents whose anchors are already known: scores each
 * cross-language candidate with {@link scorePair} (anchors only: no lexicon, no
 * embeddings) and matches one to one, greedily from the highest score. With the same
 * documents it gives the same pairs, scores and reasons as `pairDocuments` without a
 * lexicon or embedder; a distributed corpus relies on that to export what the
 * single-machine `tandem corpus` writes.
 *
 * @example
 * const docs = texts.map((t) => ({ id: t.id, lang: t.lang, features: extractPairFeatures(t.text) }));
 * const { pairs } = pairFeaturedDocuments(docs);
 */
export function pairFeaturedDocuments(documents: readonly FeaturedDocument[], options: FeaturedPairOptions = {}): PairResult {
  const threshold = options.threshold ?? DEFAULT_PAIR_THRESHOLD;
  const mutual = options.mutual ?? DEFAULT_PAIR_MUTUAL;
  // A candidate below this can neither pair nor stop a pair: the second chance needs a score of
  // `floor`, and `margin` times any other candidate of its documents.
  const lowest = mutual === false ? threshold : Math.min(threshold, mutual.floor / Math.max(1, mutual.margin));
  const maxReasons = options.maxReasons ?? 8;
  const documentCount = options.documentCount ?? countHolders(documents);
  const weightOf = (key: string) => anchorWeight(key, documentCount.get(key) ?? 1);

  // Each document's anchor weight with and without its sound keys (see soundCounts).
  const totals = new Map<number, { plain: number; sound: number }>();
  const totalOf = (index: number) => {
    let total = totals.get(index);
    if (total === undefined) {
      total = anchorTotals(documents[index]!.features, weightOf);
      totals.set(index, total);
    }
    return total;
  };
  const hopeless = (a: number, b: number) => {
    const withSound = soundCounts(documents[a]!.features, documents[b]!.features);
    const [small, large] = documents[a]!.features.anchors.size <= documents[b]!.features.anchors.size ? [a, b] : [b, a];
    const other = documents[large]!.features.anchors;
    let shared = 0;
    for (const key of documents[small]!.features.anchors.keys()) if (other.has(key) && sharedKeyCounts(key, withSound)) shared += weightOf(key);
    // scorePair's score without the order factor (≤ 1), with room for its rounding to 3 decimals.
    const bound = (shared / (pairScale(totalOf(a), totalOf(b), withSound) + ANCHOR_PRIOR_WEIGHT)) * Math.min(1, shared / MIN_EVIDENCE_WEIGHT);
    return bound + 0.001 < lowest;
  };

  const seen = new Set<number>();
  const candidates: PairCandidate[] = [];
  for (const [x, y] of options.candidates ?? candidatesInMemory(documents)) {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    if (a === b) continue;
    // a·N + b identifies the pair; N ≤ 2^26 keeps it an exact double.
    const id = a * documents.length + b;
    if (seen.has(id)) continue;
    seen.add(id);
    if (oneWrittenLanguage(documents[a]!.lang, documents[b]!.lang)) continue;
    if (options.skipHopeless && hopeless(a, b)) continue;
    const [i, j] = isSourceFirst(documents[a]!, documents[b]!, options.sourceLang) ? [a, b] : [b, a];
    const source = documents[i]!;
    const target = documents[j]!;
    const scored = scorePair(source.features, target.features, weightOf);
    candidates.push(pairCandidate(i, j, source, target, scored, maxReasons));
  }

  const { pairs, paired, bestOf } = matchCandidates(candidates, threshold, mutual);
  const languages = new Set(documents.map((document) => document.lang));
  const unpaired: UnpairedDocument[] = [];
  documents.forEach((document, index) => {
    if (paired.has(index)) return;
    const best = bestOf.get(index);
    if (!best) {
      unpaired.push({ id: document.id, lang: document.lang, reason: languages.size > 1 ? "below-threshold" : "no-candidate" });
      return;
    }
    const other = documents[best.i === index ? best.j : best.i]!;
    unpaired.push({
      id: document.id,
      lang: document.lang,
      reason: best.pair.score >= threshold ? "taken" : "below-threshold",
      best: { id: other.id, score: best.pair.score },
    });
  });
  pairs.sort((x, y) => x.source.localeCompare(y.source));
  // Features only, no texts: near-duplicates (pairDocuments) cannot be told apart here.
  return { pairs, unpaired, duplicates: [] };
}

function countHolders(documents: readonly FeaturedDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const document of documents) for (const key of document.features.anchors.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function* candidatesInMemory(documents: readonly FeaturedDocument[]): Generator<readonly [number, number]> {
  const holders = new Map<string, number[]>();
  documents.forEach((document, index) => {
    for (const key of document.features.anchors.keys()) {
      const list = holders.get(key);
      if (list) list.push(index);
      else holders.set(key, [index]);
    }
  });
  for (const list of holders.values()) {
    if (list.length > MAX_ANCHOR_HOLDERS) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) yield [list[x]!, list[y]!];
  }
}

function isSourceFirst(a: { lang: string }, b: { lang: string }, sourceLang: string | undefined): boolean {
  if (sourceLang !== undefined && (a.lang === sourceLang) !== (b.lang === sourceLang)) return a.lang === sourceLang;
  return a.lang < b.lang;
}
