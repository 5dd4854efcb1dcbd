import type { DocumentPair } from "./pair-documents.js";
import type { scorePair } from "./pair-score.js";

/** A scored candidate pair of documents, by their indices in the input. */
export interface PairCandidate {
  readonly i: number;
  readonly j: number;
  readonly pair: DocumentPair;
}

/** The candidate for documents i (source) and j (target), with at most `maxReasons` reasons. */
export function pairCandidate(
  i: number,
  j: number,
  source: { readonly id: string; readonly lang: string },
  target: { readonly id: string; readonly lang: string },
  scored: ReturnType<typeof scorePair>,
  maxReasons: number,
): PairCandidate {
  return {
    i,
    j,
    pair: {
      source: source.id,
      target: target.id,
      sourceLang: source.lang,
      targetLang: target.lang,
      score: scored.score,
      signals: scored.signals,
      reasons: scored.reasons.slice(0, maxReasons),
    },
  };
}

/**
 * Greedy one-to-one matching, best score first (ties by ids, so runs are
 * reproducible): each document joins at most one pair at or above `threshold`.
 * Also returns each document's best candidate, for explaining why it stayed single.
 * Sorts `candidates` in place.
 */
export function matchCandidates(
  candidates: PairCandidate[],
  threshold: number,
): { pairs: DocumentPair[]; paired: Set<number>; bestOf: Map<number, PairCandidate> } {
  candidates.sort((x, y) => y.pair.score - x.pair.score || x.pair.source.localeCompare(y.pair.source) || x.pair.target.localeCompare(y.pair.target));
  const paired = new Set<number>();
  const pairs: DocumentPair[] = [];
  for (const candidate of candidates) {
    if (candidate.pair.score < threshold) break;
    if (paired.has(candidate.i) || paired.has(candidate.j)) continue;
    paired.add(candidate.i);
    paired.add(candidate.j);
    pairs.push(candidate.pair);
  }
  // Candidates are sorted best first, so the first one seen for a document is its best.
  const bestOf = new Map<number, PairCandidate>();
  for (const candidate of candidates) {
    if (!bestOf.has(candidate.i)) bestOf.set(candidate.i, candidate);
    if (!bestOf.has(candidate.j)) bestOf.set(candidate.j, candidate);
  }
  return { pairs, paired, bestOf };
}
