import type { Bead } from "../bead.js";
import { bandAroundPath, diagonalBand, edgeOf, fullBand, runBandedDp, widenAtEdges, type Band, type DpPath, type Shape } from "./banded-dp.js";
import { createLengthScorer } from "../scoring/create-length-scorer.js";
import { isDebris } from "./is-debris.js";
import { prefixLengths } from "../scoring/prefix-lengths.js";
import type { PreparedScorer, SpanScorer } from "../scoring/span-scorer.js";
import { memoizeSimilarity } from "./memoize-similarity.js";
import { DEFAULT_ALIGN_COSTS, type AlignCosts } from "../scoring/align-costs.js";
import { createMargin, marginSimilarity, type Margin } from "./with-margin.js";

/** What {@link alignSentences} returns. */
/** Options of {@link alignSentences}. */
export interface AlignOptions {
  readonly scorer: SpanScorer;
  /** Largest number of sentences on one side of a bead (default 4). */
  readonly maxBead?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Overrides of the DP prices, for tuning. */
  readonly costs?: Partial<AlignCosts>;
}

export interface AlignResult {
  /** Every sentence in exactly one bead, in order; deletions are 1-0 / 0-1 beads. */
  readonly beads: Bead[];
  /** The scorer bound to this pair, for callers that want more signals. */
  readonly prepared: PreparedScorer;
  /** Remarks for the user, e.g. that no lexicon was found for the pair. */
  readonly notes: string[];
}

export { DEFAULT_ALIGN_COSTS, type AlignCosts } from "../scoring/align-costs.js";

/** Largest table (nodes) searched in full; bigger inputs go through a first pass and a band. */
const FULL_TABLE_NODES = 2_000_000;
/** Half-width of the band around the first-pass path, before any widening. */
const REFINE_WIDTH = 8;
/** Largest first-pass band (nodes) we allow ourselves, which bounds memory. */
const FIRST_PASS_MAX_NODES = 24_000_000;

/** Every n-m shape up to `maxBead` a side, with a + b ≤ maxBead + 2 (4-4 beads are not worth their search), plus deletions. */
export function beadShapes(maxBead: number): Shape[] {
  const shapes: Shape[] = [[1, 0], [0, 1]];
  for (let a = 1; a <= maxBead; a++) {
    for (let b = 1; b <= maxBead; b++) if (a + b <= Math.max(2, maxBead + 2)) shapes.push([a, b]);
  }
  return shapes;
}

/**
 * The DP's price of a bead. With a `margin`, the similarity is margined here (see
 * `marginSimilarity`) rather than through a wrapping scorer: one call less per bead, and one
 * returned number less to allocate, over the millions of beads of a large input.
 */
function beadCost(
  scorer: Pick<PreparedScorer, "similarity">,
  costs: AlignCosts,
  source: readonly string[],
  target: readonly string[],
  margin?: Margin,
) {
  const sourceChars = prefixLengths(source);
  const targetChars = prefixLengths(target);
  const sourceMean = Math.max(1, sourceChars[source.length]! / Math.max(1, source.length));
  const targetMean = Math.max(1, targetChars[target.length]! / Math.max(1, target.length));
  const w = costs.charWeight;
  const sourceDebris = source.map(isDebris);
  const targetDebris = target.map(isDebris);
  // How many "sentences" a span is worth: its count, or (with charWeight) partly its length
  // in average sentences, so an OCR fragment of three words weighs less than a full sentence.
  const sourceSize = (i0: number, i1: number) => (1 - w) * (i1 - i0) + (w * (sourceChars[i1]! - sourceChars[i0]!)) / sourceMean;
  const targetSize = (j0: number, j1: number) => (1 - w) * (j1 - j0) + (w * (targetChars[j1]! - targetChars[j0]!)) / targetMean;
  return (i0: number, i1: number, j0: number, j1: number): number => {
    const a = i1 - i0;
    const b = j1 - j0;
    if (a === 0 || b === 0) {
      const debris = a === 0 ? targetDebris[j0]! : sourceDebris[i0]!;
      return costs.deletion * (debris ? costs.debrisDeletion : 1) * (a === 0 ? targetSize(j0, j1) : sourceSize(i0, i1));
    }
    // Cost grows with the sentences a bead covers, so one 2-2 bead is not cheaper than
    // two equally good 1-1 beads just because it is one bead (see lexical scorer's doc).
    // `+` makes the call's result a plain double for the optimiser, so both arms below are
    // doubles and the similarity is not boxed into a new heap number for every bead.
    const raw = +scorer.similarity(i0, i1, j0, j1);
    const similarity = margin === undefined ? raw : marginSimilarity(margin, raw, i0, i1, j0, j1);
    const shortfall = similarity < costs.floor ? costs.floorWeight * (costs.floor - similarity) : 0;
    const manyToMany = a > 1 && b > 1 ? costs.manyToMany : 0;
    const size = w === 0 ? (a + b) / 2 : (sourceSize(i0, i1) + targetSize(j0, j1)) / 2;
    // x ** 1 is x exactly: skip the call on the default exponent.
    const weight = costs.sizeExponent === 1 ? size : Math.pow(size, costs.sizeExponent);
    return weight * (1 - similarity + shortfall) + costs.merge * (a + b - 2) + manyToMany;
  };
}

/**
 * Per shape, the least a bead of it can cost (see `runBandedDp`'s `lowerBound`): its merge
 * and many-to-many prices, when the similarity cannot pass 1 (the margin clamps it to [0, 1])
 * and the rest of the price, size times (1 − similarity + shortfall), cannot go below 0. The
 * sum is formed as `beadCost` forms it, so the bound is never above a real price after rounding.
 * Undefined when those conditions do not hold: the DP then prunes on the start's cost alone.
 */
function beadLowerBounds(shapes: readonly Shape[], costs: AlignCosts, clamped: boolean): Float64Array | undefined {
  if (!clamped || !(costs.charWeight >= 0 && costs.charWeight <= 1) || !(costs.floorWeight >= 0)) return undefined;
  return Float64Array.from(shapes, ([a, b]) => {
    if (a === 0 || b === 0) return 0;
    const manyToMany = a > 1 && b > 1 ? costs.manyToMany : 0;
    return costs.merge * (a + b - 2) + manyToMany;
  });
}

/** True when the path runs along an edge of the band that is not an edge of the table. */
function touchesEdge(path: DpPath, band: Band, m: number): boolean {
  return path.nodes.some(([i, j]) => {
    const { low, high } = edgeOf(band, m, i, j);
    return low || high;
  });
}

/**
 * Aligns two lists of sentences into monotone beads of up to `maxBead` sentences a
 * side (default 4), with 1-0 / 0-1 beads for sentences that have no counterpart.
 *
 * Small inputs (up to 2 million DP nodes, about 1,400 × 1,400 sentences) are searched
 * in full. Larger ones are aligned in two passes, as Bertalign and Moore (2002) do: a
 * cheap length-only pass with 1-1/1-2/2-1/deletions in a band around the diagonal
 * (doubled while its path runs along the band's edge), then the real scorer in a narrow
 * band around that path (widened where the path hugs an edge). Memory is linear in
 * the number of sentences times the band width.
 *
 * @example
 * const { beads } = await alignSentences(germanLines, frenchLines, {
 *   scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon }),
 * });
 * beads[0] // { source: [0], target: [0], score: 0.71, signals: { … } }
 */
export async function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions,
): Promise<AlignResult> {
  const maxBead = Math.max(1, Math.floor(options.maxBead ?? 4));
  const n = source.length;
  const m = target.length;
  const scorer = await options.scorer.prepare(source, target, { maxBead, onProgress: options.onProgress });
  let prepared = scorer;
  const costs: AlignCosts = { ...DEFAULT_ALIGN_COSTS, ...prepared.alignCosts, ...options.costs };
  const notes = [...(prepared.notes ?? [])];
  const shapes = beadShapes(maxBead);
  const bounds = beadLowerBounds(shapes, costs, costs.margin > 0);
  // The margin needs each sentence's best candidates: all of them, or those in the band.
  const costIn = (band: Band) =>
    beadCost(prepared, costs, source, target, costs.margin > 0 ? createMargin(prepared, band, costs.margin, maxBead) : undefined);
  // A scorer with a cheap first pass (neural) takes the banded search at every size.
  const twoPass = prepared.firstPass !== undefined && n > 0 && m > 0;
  const large = (n + 1) * (m + 1) > FULL_TABLE_NODES || twoPass;
  const total = large ? 2 * (n + 1) : n + 1;
  const report = options.onProgress;
  let path: DpPath;
  if (!large) {
    const band = fullBand(n, m);
    path = runBandedDp(n, m, band, shapes, costIn(band), report && ((row) => report(row + 1, total)), false, bounds);
  } else {
    const lengthPrepared = twoPass ? prepared.firstPass! : await createLengthScorer().prepare(source, target, { maxBead });
    // The first pass prices beads like the final one (not with the length scorer's own
    // costs): its job is to find the region, and cheap deletions let it recover from
    // stretches with no counterpart instead of drifting diagonally through them.
    const lengthCost = beadCost(lengthPrepared, costs, source, target);
    const firstShapes: Shape[] = [[1, 0], [0, 1], [1, 1], [1, 2], [2, 1]];
    // Moore (2002): when the path runs along the band's edge, the band was in the wrong
    // place or too narrow; re-centre it on that path and widen it, within a node budget.
    let width = 48;
    let band = diagonalBand(n, m, width);
    let first: DpPath;
    for (let attempt = 0; ; attempt++) {
      first = runBandedDp(n, m, band, firstShapes, lengthCost, report && ((row) => report(Math.floor((row + 1) / 2), total)), true);
      if (attempt >= 6 || !touchesEdge(first, band, m)) break;
      if ((n + 1) * (4 * width + 1) * 1.5 <= FIRST_PASS_MAX_NODES) width = Math.ceil(width * 1.5);
      band = bandAroundPath(n, m, first.nodes, width);
    }
    notes.push(
      twoPass
        ? `banded two-pass search (${n} × ${m} sentences, first pass on sentence vectors), first-pass band ±${width}`
        : `large input (${n} × ${m} sentences): banded two-pass search, first-pass band ±${width}`,
    );
    let refine = Math.max(REFINE_WIDTH, maxBead * 2);
    let finalBand = bandAroundPath(n, m, first.nodes, refine);
    // The margin and a repeated search in a wider band ask for the same beads again.
    let memo = memoizeSimilarity(scorer, n, shapes);
    prepared = memo.prepared;
    for (let attempt = 0; ; attempt++) {
      memo.reserve(finalBand);
      path = runBandedDp(n, m, finalBand, shapes, costIn(finalBand), report && ((row) => report(n + 1 + row + 1, total)), false, bounds);
      if (attempt >= 3 || !touchesEdge(path, finalBand, m)) break;
      // Where the path runs along the band's edge, the band is widened there (by its half-width,
      // over twice as many rows either side) and follows the path elsewhere: a search in a band
      // twice as wide on every row found the same path at 10k, in a third more time.
      finalBand = widenAtEdges(n, m, finalBand, path.nodes, refine, 2 * refine);
      refine *= 2;
    }
    if (scorer.refine && (await scorer.refine(path.nodes))) {
      // The scorer changed its similarities near the path: forget the old ones.
      memo = memoizeSimilarity(scorer, n, shapes);
      memo.reserve(finalBand);
      prepared = memo.prepared;
      path = runBandedDp(n, m, finalBand, shapes, costIn(finalBand), undefined, false, bounds);
    }
  }
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const [a, b] of path.shapes) {
    const sourceSpan = range(i, i + a);
    const targetSpan = range(j, j + b);
    const score = a === 0 || b === 0 ? 0 : clamp01(prepared.similarity(i, i + a, j, j + b));
    beads.push({ source: sourceSpan, target: targetSpan, score, signals: a && b ? prepared.signals(i, i + a, j, j + b) : {} });
    i += a;
    j += b;
  }
  return { beads, prepared, notes };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
