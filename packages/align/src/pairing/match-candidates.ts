import { usualScript } from "@tandem/segment/core";
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
 * The second chance of a pair below the threshold (see {@link matchCandidates}): `floor`, the
 * lowest score it may have, and `margin`, how many times the next best candidate of either
 * document it must score.
 */
export interface MutualBest {
  readonly floor: number;
  readonly margin: number;
  /** Only for two documents in different scripts (their languages' usual ones, CLDR), where names and dates meet only through transliteration. */
  readonly acrossScripts?: boolean;
}

/**
 * Among the documents the threshold left single, the candidates that are each document's best
 * by `margin` over its next best (both counted among candidates whose other document is single
 * too) and score at least `floor`. A pair whose shared names and numbers are few (a Hindi and an
 * English report: names in two scripts, dates in two calendars' words) scores below a fixed
 * threshold, but it is still far above anything else either text touches.
 */
function mutualBest(sorted: readonly PairCandidate[], paired: ReadonlySet<number>, { floor, margin, acrossScripts }: MutualBest): PairCandidate[] {
  // Both documents single after the greedy pass: the candidate is below the threshold.
  const free = sorted.filter((c) => !paired.has(c.i) && !paired.has(c.j));
  const top = new Map<number, number[]>();
  for (const c of free) {
    for (const k of [c.i, c.j]) {
      const scores = top.get(k) ?? [];
      if (scores.length < 2) scores.push(c.pair.score);
      top.set(k, scores);
    }
  }
  const bestOf = new Map<number, PairCandidate>();
  for (const c of free) for (const k of [c.i, c.j]) if (!bestOf.has(k)) bestOf.set(k, c);
  return free.filter((c) => {
    if (c.pair.score < floor || bestOf.get(c.i) !== c || bestOf.get(c.j) !== c) return false;
    if (acrossScripts && scriptOf(c.pair.sourceLang) === scriptOf(c.pair.targetLang)) return false;
    const next = Math.max(top.get(c.i)![1] ?? 0, top.get(c.j)![1] ?? 0);
    return c.pair.score >= margin * next;
  });
}

/** A language's usual script (ru → Cyrl, ko → Kore, ja → Jpan), or the code itself when ICU cannot tell. */
function scriptOf(lang: string): string {
  return usualScript(lang) ?? lang;
}

/**
 * Greedy one-to-one matching, best score first (ties by ids, so runs are
 * reproducible): each document joins at most one pair at or above `threshold`.
 * With `mutual` (not `false`), documents left single then get a second chance ({@link MutualBest}).
 * Also returns each document's best candidate, for explaining why it stayed single.
 * Sorts `candidates` in place.
 */
export function matchCandidates(
  candidates: PairCandidate[],
  threshold: number,
  mutual: MutualBest | false = false,
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
  if (mutual) for (const candidate of mutualBest(candidates, paired, mutual)) {
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
