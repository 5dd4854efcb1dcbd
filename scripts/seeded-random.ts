/**
 * A small seeded generator (mulberry32) for the scripts that build fixtures, corpora and
 * cross-validation samples: the same seed gives the same numbers on every run, so a fixture is
 * byte-identical and a printed table the same.
 *
 * @example
 * const random = mulberry32(7);
 * random(); // a number in [0, 1), the same one on every run
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
