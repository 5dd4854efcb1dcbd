import type { TokenSide } from "./build-token-side.js";

/** Per sentence, the IDF weight of its token types that `matchable` accepts. */
export function matchableMass(side: TokenSide, matchable: (type: number) => boolean): Float64Array {
  const out = new Float64Array(side.types.length);
  side.types.forEach((list, s) => {
    let sum = 0;
    for (const type of list) if (matchable(type)) sum += side.weights[type]!;
    out[s] = sum;
  });
  return out;
}
