/**
 * The weight behind the set bits of a 64-bit mask held as two int32 halves (`low`: bits
 * 0–31, `high`: 32–63); it visits set bits only, since the DP asks for it per sentence of
 * every candidate bead.
 */
export function maskWeight(bits: Float64Array, low: number, high: number): number {
  let sum = 0;
  let x = low;
  while (x !== 0) {
    const lowest = x & -x;
    sum += bits[31 - Math.clz32(lowest)]!;
    x ^= lowest;
  }
  x = high;
  while (x !== 0) {
    const lowest = x & -x;
    sum += bits[63 - Math.clz32(lowest)]!;
    x ^= lowest;
  }
  return sum;
}
