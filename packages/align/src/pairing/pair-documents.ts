import { oneWrittenLanguage } from "@tandem/segment/core";
import { matchCandidates, pairCandidate, type MutualBest, type PairCandidate } from "./match-candidates.js";
import type { Lexicon } from "../lexicon/create-lexicon.js";
import { findNearDuplicates, type NearDuplicate } from "./find-near-duplicates.js";
import { extractPairFeatures } from "./pair-features.js";
import type { PairFeatures } from "./pair-features.js";
import { lexicalOverlap } from "./pair-lexical.js";
import { anchorWeight, scorePair } from "./pair-score.js";
import type { PairReason } from "./pair-score.js";

/** A document to pair: an id the caller knows it by (usually its path), its language and its text. */
export interface PairInput {
  readonly id: string;
  /** ISO 639-1 code; documents in one written language (`oneWrittenLanguage`: id/ms, hr/sr/bs, no/nb/nn/da) are never paired. */
  readonly lang: string;
  /** The article text; pass only the alignable sentences to keep site boilerplate out. */
  readonly text: string;
}

/**
 * Two documents judged to report the same event. The source is in
 * {@link PairOptions.sourceLang} when one of them is, else in the language whose code
 * sorts first, so every pair of one language pair points the same way (a corpus TSV
 * keeps German in one column and French in the other).
 */
export interface DocumentPair {
  readonly source: string;
  readonly target: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** In [0, 1]; see {@link scorePair}. */
  readonly score: number;
  readonly signals: Readonly<Record<string, number>>;
  /** The shared evidence, strongest first (at most {@link PairOptions.maxReasons}). */
  readonly reasons: readonly PairReason[];
  /** Near-duplicates of the source or the target (see {@link PairResult.duplicates}): they share this pair. */
  readonly duplicates?: readonly string[];
}

/** Why a document stayed single. */
export interface UnpairedDocument {
  readonly id: string;
  readonly lang: string;
  /**
   * `no-candidate`: no document in another language; `below-threshold`: the best
   * candidate scored too low (or none shared a single anchor); `taken`: its candidates
   * above the threshold paired better with others.
   */
  readonly reason: "no-candidate" | "below-threshold" | "taken";
  /** Best candidate it had, if any. */
  readonly best?: { readonly id: string; readonly score: number };
}

export interface PairResult {
  readonly pairs: readonly DocumentPair[];
  readonly unpaired: readonly UnpairedDocument[];
  /**
   * Documents that are near-copies of another in their language: only the copy with the
   * most text takes part in the pairing, and the others share its pair or its fate.
   */
  readonly duplicates: readonly NearDuplicate[];
}

export interface PairOptions {
  /**
   * Lowest score for a pair. 0.17 sits between the false candidates we measured (≤ 0.13:
   * same-topic halves of one chronicle, texts sharing only a year and a number) and the
   * true pairs of news and reports (≥ 0.22); see docs/pair.md.
   */
  readonly threshold?: number;
  /** A lexicon for a language pair, or undefined when there is none; adds the `lexical` signal. */
  readonly lexicon?: (sourceLang: string, targetLang: string) => Lexicon | undefined;
  /**
   * Embeds whole documents (e.g. a multilingual sentence encoder over the text); adds
   * the `neural` signal, the cosine of the two vectors clipped to [0, 1].
   */
  readonly embed?: (documents: readonly PairInput[]) => Promise<readonly ArrayLike<number>[]>;
  /** Reasons kept per pair; 8 by default. */
  readonly maxReasons?: number;
  /** Language to put on the source side of every pair that has it (e.g. "nl"). */
  readonly sourceLang?: string;
  /** The second chance below the threshold ({@link MutualBest}); default {@link DEFAULT_PAIR_MUTUAL}, `false` for none. */
  readonly mutual?: MutualBest | false;
}

const MAX_HOLDERS_FOR_CANDIDATES = 64;

/** Default {@link PairOptions.threshold}. */
export const DEFAULT_PAIR_THRESHOLD = 0.17;

/**
 * Default {@link PairOptions.mutual}: two documents in different scripts that prefer each other
 * 1.5 times over their next best, scoring 0.05 or more, pair below the threshold. Their names
 * and dates meet only through transliteration and sound keys (Hindi, Bengali, Arabic, Russian,
 * Korean–Japanese against English scored 0.05–0.15 on the dev pages, under 0.17). Fitted with
 * scripts/fit-pair-threshold.ts: on the 37 dev page pairs (each file also left single once)
 * plus two piles with articles that have no counterpart, 36 of 45 pairs found and 3 singles
 * paired wrongly, against 30 and 2 with the threshold alone (F1 0.857 against 0.779). Without
 * the script condition the piles' same-topic articles paired (Dutch and French reports on
 * Vietnamese diplomacy, 0.051): 39 found, 7 wrong.
 */
export const DEFAULT_PAIR_MUTUAL: MutualBest = Object.freeze({ floor: 0.05, margin: 1.5, acrossScripts: true });

/**
 * Finds which documents report the same event in different languages: scores every
 * cross-language candidate with {@link scorePair}, then matches one to one, greedily
 * from the highest score, so each document is in at most one pair and a document whose
 * best candidate scores below the threshold stays single. Greedy is exact enough here:
 * true pairs score far above everything else their documents touch.
 *
 * @example
 * const { pairs, unpaired } = await pairDocuments([
 *   { id: "a.txt", lang: "nl", text: nl },
 *   { id: "b.txt", lang: "en", text: en },
 * ]);
 * pairs[0]?.reasons[0]; // { kind: "name", source: "Phan Anh Son", target: "Phan Anh Son", weight: 2 }
 */
export async function pairDocuments(documents: readonly PairInput[], options: PairOptions = {}): Promise<PairResult> {
  // Near-copies first: each group pairs as one document (see findNearDuplicates).
  const near = findNearDuplicates(documents);
  const result = await pairDistinct(near.groups.map((group) => documents[group[0]!]!), options);
  const sharing = new Map<string, string[]>();
  for (const duplicate of near.duplicates) sharing.set(duplicate.of, [...(sharing.get(duplicate.of) ?? []), duplicate.id]);
  const pairs = result.pairs.map((pair) => {
    const shared = [...(sharing.get(pair.source) ?? []), ...(sharing.get(pair.target) ?? [])];
    return shared.length > 0 ? { ...pair, duplicates: shared } : pair;
  });
  return { pairs, unpaired: result.unpaired, duplicates: near.duplicates };
}

/** {@link pairDocuments} on documents that are no near-copies of each other. */
async function pairDistinct(documents: readonly PairInput[], options: PairOptions): Promise<Omit<PairResult, "duplicates">> {
  const threshold = options.threshold ?? DEFAULT_PAIR_THRESHOLD;
  const maxReasons = options.maxReasons ?? 8;
  const features: PairFeatures[] = documents.map((document) => extractPairFeatures(document.text));
  const documentCount = new Map<string, number>();
  for (const feature of features) for (const key of feature.anchors.keys()) documentCount.set(key, (documentCount.get(key) ?? 0) + 1);
  const weightOf = (key: string) => anchorWeight(key, documentCount.get(key) ?? 1);
  const vectors = options.embed ? await options.embed(documents) : undefined;

  // Without embeddings, documents that share no anchor score 0: only pairs found
  // through the inverted index are scored, which keeps large crawls far from N².
  const holders = new Map<string, number[]>();
  features.forEach((feature, index) => {
    for (const key of feature.anchors.keys()) {
      const list = holders.get(key);
      if (list) list.push(index);
      else holders.set(key, [index]);
    }
  });

  const candidates: PairCandidate[] = [];
  for (let a = 0; a < documents.length; a++) {
    const related = new Set<number>();
    if (vectors) for (let b = a + 1; b < documents.length; b++) related.add(b);
    else {
      for (const key of features[a]!.anchors.keys()) {
        const list = holders.get(key)!;
        // An anchor in this many documents weighs almost nothing (2/df) and would make
        // every document a candidate of every other; pairs need rarer evidence anyway.
        if (list.length > MAX_HOLDERS_FOR_CANDIDATES) continue;
        for (const b of list) if (b > a) related.add(b);
      }
    }
    for (const b of [...related].sort((x, y) => x - y)) {
      if (oneWrittenLanguage(documents[a]!.lang, documents[b]!.lang)) continue;
      const [i, j] = isSourceFirst(documents[a]!, documents[b]!, options.sourceLang) ? [a, b] : [b, a];
      const source = documents[i]!;
      const target = documents[j]!;
      const lexicon = options.lexicon?.(source.lang, target.lang);
      const extra: { lexical?: number; neural?: number } = {};
      if (lexicon) extra.lexical = lexicalOverlap(features[i]!.words, features[j]!.words, lexicon, source.lang);
      if (vectors) extra.neural = Math.max(0, cosine(vectors[i]!, vectors[j]!));
      const scored = scorePair(features[i]!, features[j]!, weightOf, extra);
      candidates.push(pairCandidate(i, j, source, target, scored, maxReasons));
    }
  }

  const { pairs, paired, bestOf } = matchCandidates(candidates, threshold, options.mutual ?? DEFAULT_PAIR_MUTUAL);
  const unpaired: UnpairedDocument[] = [];
  documents.forEach((document, index) => {
    if (paired.has(index)) return;
    const best = bestOf.get(index);
    if (!best) {
      const otherLanguage = documents.some((other) => !oneWrittenLanguage(other.lang, document.lang));
      unpaired.push({ id: document.id, lang: document.lang, reason: otherLanguage ? "below-threshold" : "no-candidate" });
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
  return { pairs, unpaired };
}

function isSourceFirst(a: PairInput, b: PairInput, sourceLang: string | undefined): boolean {
  if (sourceLang !== undefined && (a.lang === sourceLang) !== (b.lang === sourceLang)) return a.lang === sourceLang;
  return a.lang < b.lang;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    dot += a[k]! * b[k]!;
    na += a[k]! * a[k]!;
    nb += b[k]! * b[k]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
