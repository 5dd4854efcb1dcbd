/**
 * The colour of a bead's score, the same in every report: hue from red (0) through
 * amber to green (1), light enough for black text on it.
 *
 * @example
 * scoreHue(0.5) // 60
 */
export function scoreHue(score: number): number {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  return Math.round(clamped * 120);
}

/** CSS background of a bead with `score`. */
export function scoreBackground(score: number): string {
  return `hsl(${scoreHue(score)} 70% 86%)`;
}
