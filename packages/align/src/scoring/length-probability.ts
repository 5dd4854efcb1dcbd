/** Where the approximation below is exactly ±1 in double precision. */
const ERF_SATURATES = 6.5;

// Abramowitz & Stegun 7.1.26: |error| < 1.5e-7, plenty for a length prior.
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  // From |x| = 6.5 on, t·P(t)·e^(−x²) is below 5e−19, under half an ulp of 1 (2^−54): y rounds
  // to exactly 1, so Math.exp, the dearest part, is skipped (most DP beads of unequal length).
  if (Math.abs(x) >= ERF_SATURATES) return sign;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
}

/**
 * Gale & Church (1993): the probability that a source span of `sourceChars` characters
 * and a target span of `targetChars` are translations, judged by length alone:
 * 2·(1 − Φ(|δ|)) with δ = (l₂ − c·l₁) / √(s²·(l₁+l₂)/2). `ratio` is c, the expected
 * target/source length ratio (1 in the paper; the scorers estimate it per document);
 * `variance` is s² (6.8 in the paper). Returns a value in [0, 1], 1 for a perfect ratio.
 *
 * @example
 * lengthProbability(100, 100) // 1
 * lengthProbability(100, 30)  // ≈ 0 (far too short)
 */
export function lengthProbability(sourceChars: number, targetChars: number, ratio = 1, variance = 6.8): number {
  if (sourceChars === 0 && targetChars === 0) return 1;
  const mean = (sourceChars * ratio + targetChars) / 2;
  const delta = (targetChars - sourceChars * ratio) / Math.sqrt(variance * Math.max(mean, 1));
  return 1 - erf(Math.abs(delta) / Math.SQRT2);
}
