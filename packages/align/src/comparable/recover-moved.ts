import type { Bead } from "../bead.js";
import { meanTopK } from "./mean-top-k.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { COMPARABLE_DEFAULTS } from "./comparable-defaults.js";

/** Options of {@link recoverMovedBeads}; the defaults suit the lexical scorer. */
export interface RecoverMovedOptions {
  /** Smallest raw similarity of a recovered bead. Default 0.3. */
  readonly minSimilarity?: number;
  /** Smallest ratio margin (see recoverMovedBeads). Default 1.3. */
  readonly minMargin?: number;
  /**
   * The pair's similarity divided by the best alternative of either side (any sentence
   * of the other document outside the pair) must reach this. Default 1.1.
   */
  readonly minRunnerUpRatio?: number;
  /** Neighbourhood size k of the margin. Default 4. */
  readonly neighbours?: number;
  /** findMovedPairs: fewest sentences between a moved partner and the pair the DP gave its sentence. Default 3. */
  readonly minDisplacement?: number;
  /** Longest run of adjacent leftover sentences joined into one side. Default 2. */
  readonly maxSpan?: number;
  /**
   * Upper bound on similarity calls; above it the pass returns the beads unchanged,
   * so a long presegmented file with many leftovers cannot stall the run. Default 3,000,000.
   */
  readonly maxComparisons?: number;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Candidate {
  readonly source: Span;
  readonly target: Span;
  readonly similarity: number;
  readonly margin: number;
}

/** Maximal runs of adjacent indices, cut into every span of 1..maxSpan sentences. */
function leftoverSpans(indices: readonly number[], maxSpan: number): Span[] {
  const set = new Set(indices);
  const spans: Span[] = [];
  for (const start of [...set].sort((a, b) => a - b)) {
    for (let end = start + 1; end <= start + maxSpan && set.has(end - 1); end++) spans.push({ start, end });
  }
  return spans;
}

/**
 * Pairs sentences the monotone DP left unaligned (1-0 / 0-1 beads) out of order, for
 * comparable articles whose captions or paragraphs sit at different places.
 *
 * Criterion (ratio margin of Artetxe & Schwenk 2019, "Margin-based parallel corpus
 * mining"): for a leftover source span x and a leftover target span y,
 *
 *     margin(x, y) = sim(x, y) / ( mean_k sim(x, ·) / 2 + mean_k sim(·, y) / 2 )
 *
 * where mean_k sim(x, ·) is the mean of x's k best similarities to every target
 * sentence (aligned or not), and likewise for y. A pair is accepted when
 * sim ≥ minSimilarity, margin ≥ minMargin, sim ≥ minRunnerUpRatio × the best
 * similarity of x or y to any other sentence of the other side (aligned or not), so
 * each is the other's clear best partner; candidates are taken greedily by margin, each sentence used once. A high
 * margin means "clearly better than the alternatives": a caption that resembles many
 * body sentences a little is not moved, one that resembles a single sentence is.
 *
 * Recovered beads replace the 1-0/0-1 beads of their sentences, sit at the place of
 * their first source sentence, carry `moved: true`, the raw similarity as score and
 * the scorer's signals plus `margin`.
 *
 * @example
 * const { beads, prepared } = await alignSentences(src, tgt, { scorer, maxBead: 4 });
 * const withMoved = recoverMovedBeads(beads, prepared);
 * withMoved.filter((bead) => bead.moved).length // 1
 */
export function recoverMovedBeads(
  beads: readonly Bead[],
  prepared: PreparedScorer,
  options: RecoverMovedOptions = {},
): Bead[] {
  const minSimilarity = options.minSimilarity ?? COMPARABLE_DEFAULTS.moved.minSimilarity;
  const minMargin = options.minMargin ?? COMPARABLE_DEFAULTS.moved.minMargin;
  const minRunnerUpRatio = options.minRunnerUpRatio ?? COMPARABLE_DEFAULTS.moved.minRunnerUpRatio;
  const k = options.neighbours ?? COMPARABLE_DEFAULTS.moved.neighbours;
  const maxSpan = options.maxSpan ?? COMPARABLE_DEFAULTS.moved.maxSpan;
  const maxComparisons = options.maxComparisons ?? COMPARABLE_DEFAULTS.moved.maxComparisons;

  let sourceCount = 0;
  let targetCount = 0;
  const sourceLeft: number[] = [];
  const targetLeft: number[] = [];
  for (const bead of beads) {
    for (const i of bead.source) sourceCount = Math.max(sourceCount, i + 1);
    for (const j of bead.target) targetCount = Math.max(targetCount, j + 1);
    if (bead.target.length === 0) sourceLeft.push(...bead.source);
    if (bead.source.length === 0) targetLeft.push(...bead.target);
  }
  const sourceSpans = leftoverSpans(sourceLeft, maxSpan);
  const targetSpans = leftoverSpans(targetLeft, maxSpan);
  if (sourceSpans.length === 0 || targetSpans.length === 0) return [...beads];
  const work = sourceSpans.length * targetCount + targetSpans.length * sourceCount + sourceSpans.length * targetSpans.length;
  if (work > maxComparisons) return [...beads];

  // Similarity of each leftover span to every single sentence of the other side.
  const sourceRows = sourceSpans.map((x) =>
    Array.from({ length: targetCount }, (_, j) => prepared.similarity(x.start, x.end, j, j + 1)),
  );
  const targetRows = targetSpans.map((y) =>
    Array.from({ length: sourceCount }, (_, i) => prepared.similarity(i, i + 1, y.start, y.end)),
  );
  const sourceNeighbourhood = sourceRows.map((row) => meanTopK([...row], k));
  const targetNeighbourhood = targetRows.map((row) => meanTopK([...row], k));
  /** Best similarity in `row` outside the half-open span. */
  const bestOutside = (row: number[], span: Span) =>
    row.reduce((best, value, index) => (index >= span.start && index < span.end ? best : Math.max(best, value)), 0);

  const candidates: Candidate[] = [];
  const table: number[][] = sourceSpans.map((x) =>
    targetSpans.map((y) => prepared.similarity(x.start, x.end, y.start, y.end)),
  );
  sourceSpans.forEach((x, a) =>
    targetSpans.forEach((y, b) => {
      const similarity = table[a]![b]!;
      if (similarity < minSimilarity) return;
      const denominator = (sourceNeighbourhood[a]! + targetNeighbourhood[b]!) / 2;
      const margin = denominator > 0 ? similarity / denominator : Number.POSITIVE_INFINITY;
      if (margin < minMargin) return;
      // The ratio margin alone is lenient when one side resembles almost nothing (its
      // k-NN mean is tiny); also demand a clear lead over each side's runner-up.
      const runnerUp = Math.max(bestOutside(sourceRows[a]!, y), bestOutside(targetRows[b]!, x));
      if (runnerUp > 0 && similarity / runnerUp < minRunnerUpRatio) return;
      candidates.push({ source: x, target: y, similarity, margin });
    }),
  );
  candidates.sort((p, q) => q.margin - p.margin || q.similarity - p.similarity);

  const usedSource = new Set<number>();
  const usedTarget = new Set<number>();
  const recovered: Bead[] = [];
  for (const candidate of candidates) {
    const sourceIds = range(candidate.source);
    const targetIds = range(candidate.target);
    if (sourceIds.some((i) => usedSource.has(i)) || targetIds.some((j) => usedTarget.has(j))) continue;
    sourceIds.forEach((i) => usedSource.add(i));
    targetIds.forEach((j) => usedTarget.add(j));
    const signals = prepared.signals(candidate.source.start, candidate.source.end, candidate.target.start, candidate.target.end);
    recovered.push({
      source: sourceIds,
      target: targetIds,
      score: candidate.similarity,
      moved: true,
      signals: { ...signals, margin: Number.isFinite(candidate.margin) ? candidate.margin : 0 },
    });
  }
  if (recovered.length === 0) return [...beads];

  const bySource = new Map(recovered.map((bead) => [bead.source[0]!, bead]));
  const out: Bead[] = [];
  for (const bead of beads) {
    const unaligned = bead.source.length === 0 || bead.target.length === 0;
    if (!unaligned) {
      out.push(bead);
      continue;
    }
    for (const i of bead.source) {
      const moved = bySource.get(i);
      if (moved) out.push(moved);
      else if (!usedSource.has(i)) out.push({ ...bead, source: [i], target: [] });
    }
    for (const j of bead.target) if (!usedTarget.has(j)) out.push({ ...bead, source: [], target: [j] });
  }
  return out;
}

function range(span: Span): number[] {
  return Array.from({ length: span.end - span.start }, (_, offset) => span.start + offset);
}
