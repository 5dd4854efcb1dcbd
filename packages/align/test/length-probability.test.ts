import { describe, expect, it } from "vitest";
import { lengthProbability } from "../src/scoring/length-probability.js";

/** The formula as written before its tail was cut short (Abramowitz & Stegun 7.1.26, always through Math.exp). */
function referenceLengthProbability(sourceChars: number, targetChars: number, ratio = 1, variance = 6.8): number {
  if (sourceChars === 0 && targetChars === 0) return 1;
  const mean = (sourceChars * ratio + targetChars) / 2;
  const delta = (targetChars - sourceChars * ratio) / Math.sqrt(variance * Math.max(mean, 1));
  const x = Math.abs(delta) / Math.SQRT2;
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return 1 - sign * y;
}

describe("lengthProbability", () => {
  it("is the full formula's value bit for bit, on both sides of the saturated tail", () => {
    let saturated = 0;
    let partial = 0;
    for (const ratio of [0.5, 0.93, 1, 1.17, 2.4]) {
      for (const variance of [1, 6.8, 30]) {
        for (let sourceChars = 0; sourceChars <= 1200; sourceChars += 7) {
          for (let targetChars = 0; targetChars <= 1500; targetChars += 11) {
            const value = lengthProbability(sourceChars, targetChars, ratio, variance);
            expect(value).toBe(referenceLengthProbability(sourceChars, targetChars, ratio, variance));
            if (value === 0) saturated++;
            else partial++;
          }
        }
      }
    }
    // Both regimes were exercised.
    expect(saturated).toBeGreaterThan(1000);
    expect(partial).toBeGreaterThan(1000);
  });

  it("keeps the paper's end points", () => {
    expect(lengthProbability(100, 100)).toBeCloseTo(1, 6);
    expect(lengthProbability(0, 0)).toBe(1);
    expect(lengthProbability(100, 5000)).toBe(0);
  });
});
