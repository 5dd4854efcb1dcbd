import type { SpanCoverage } from "./span-coverage.js";
import type { TokenSide } from "./build-token-side.js";

/** What {@link anchoredLengthRatio} needs beyond the two sides. */
export interface AnchoredRatioSettings {
  /** Fewer mutually best sentence pairs than this: keep the documents' ratio. */
  readonly minPairs: number;
  /** A pair counts when the harmonic mean of its two coverages reaches this. */
  readonly minCoverage: number;
  /** Documents with more sentence pairs than this keep the documents' ratio (the search would cost n·m). */
  readonly maxCells: number;
  /**
   * The anchored ratio replaces the documents' only when the two differ by more than this
   * factor: for a translation the documents' totals are the better estimate (Text+Berg lost
   * strict F1 to the noise of a few sentence pairs), pages of unequal extent differ by far more.
   */
  readonly minChange: number;
}

/**
 * The expected target/source length ratio, in characters, measured on the sentence pairs the
 * words already tie together: each source sentence's best target sentence by coverage (names,
 * numbers, dates, lexicon, cognates), kept when that target sentence's best source sentence is the
 * same one and the pair's coverage reaches `minCoverage`; the ratio is their characters summed.
 * The ratio of the two documents' totals (`documentRatio`) is right for a translation but not for
 * pages that report one event at different lengths: an English page with five paragraphs that its
 * cut Thai version lacks made every Thai sentence "expect" two English ones (1-2 beads throughout).
 * Falls back to `documentRatio` with fewer than `minPairs` such pairs, more than `maxCells` pairs
 * to try, or when the two ratios are within `minChange` of each other.
 *
 * @example
 * anchoredLengthRatio(spans, source, target, 2.1, DEFAULT_LEXICAL_SETTINGS.anchoredRatio) // ≈ 1.1
 */
export function anchoredLengthRatio(
  spans: SpanCoverage,
  source: TokenSide,
  target: TokenSide,
  documentRatio: number,
  settings: AnchoredRatioSettings,
): number {
  const n = source.mass.length;
  const m = target.mass.length;
  if (n * m > settings.maxCells || n < settings.minPairs || m < settings.minPairs) return documentRatio;
  const bestTarget = new Int32Array(n).fill(-1);
  const bestTargetScore = new Float64Array(n);
  const bestSource = new Int32Array(m).fill(-1);
  const bestSourceScore = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    if (source.mass[i]! <= 0) continue;
    for (let j = 0; j < m; j++) {
      if (target.mass[j]! <= 0) continue;
      const a = spans.source(i, j, j + 1) / source.mass[i]!;
      const b = spans.target(j, i, i + 1) / target.mass[j]!;
      const f = a + b > 0 ? (2 * a * b) / (a + b) : 0;
      if (f > bestTargetScore[i]!) {
        bestTargetScore[i] = f;
        bestTarget[i] = j;
      }
      if (f > bestSourceScore[j]!) {
        bestSourceScore[j] = f;
        bestSource[j] = i;
      }
    }
  }
  let pairs = 0;
  let sourceChars = 0;
  let targetChars = 0;
  for (let i = 0; i < n; i++) {
    const j = bestTarget[i]!;
    if (j < 0 || bestSource[j] !== i || bestTargetScore[i]! < settings.minCoverage) continue;
    pairs++;
    sourceChars += source.chars[i + 1]! - source.chars[i]!;
    targetChars += target.chars[j + 1]! - target.chars[j]!;
  }
  if (pairs < settings.minPairs || sourceChars <= 0 || targetChars <= 0) return documentRatio;
  const anchored = targetChars / sourceChars;
  return Math.abs(Math.log(anchored / documentRatio)) > Math.log(settings.minChange) ? anchored : documentRatio;
}
