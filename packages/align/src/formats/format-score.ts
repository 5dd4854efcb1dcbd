/**
 * A bead score as text in every export: four decimals are enough to rank and filter,
 * and fixed width keeps golden files stable across floating-point noise.
 *
 * @example
 * formatScore(0.83333) // "0.8333"
 */
export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(4) : "0.0000";
}
