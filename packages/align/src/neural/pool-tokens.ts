import type { EmbeddingRecipe } from "./embedding-model.js";

/**
 * Turns token vectors into one vector per text, as sentence-transformers' Pooling
 * module does. `hidden` is the flat [batch, tokens, width] output; `mask` the flat
 * [batch, tokens] attention mask (1 = real token, 0 = padding).
 *
 * @example
 * poolTokens(hidden, [2, 8, 24], mask, "mean"); // two Float32Array(24)
 */
export function poolTokens(
  hidden: ArrayLike<number>,
  dims: readonly number[],
  mask: ArrayLike<number | bigint>,
  mode: EmbeddingRecipe["pooling"],
): Float32Array[] {
  const [batch, tokens, width] = dims as [number, number, number];
  const vectors: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const vector = new Float32Array(width);
    const real = (t: number) => Number(mask[b * tokens + t]) !== 0;
    const at = (t: number, d: number) => hidden[(b * tokens + t) * width + d]!;
    if (mode === "cls") {
      for (let d = 0; d < width; d++) vector[d] = at(0, d);
    } else if (mode === "lasttoken") {
      // Padding is on the right (BERT tokenizers here), so the last real token is at count-1.
      let last = 0;
      for (let t = 0; t < tokens; t++) if (real(t)) last = t;
      for (let d = 0; d < width; d++) vector[d] = at(last, d);
    } else if (mode === "max") {
      vector.fill(-Infinity);
      for (let t = 0; t < tokens; t++) {
        if (!real(t)) continue;
        for (let d = 0; d < width; d++) vector[d] = Math.max(vector[d]!, at(t, d));
      }
      for (let d = 0; d < width; d++) if (vector[d] === -Infinity) vector[d] = 0;
    } else {
      let count = 0;
      for (let t = 0; t < tokens; t++) {
        if (!real(t)) continue;
        count++;
        for (let d = 0; d < width; d++) vector[d] += at(t, d);
      }
      // sentence-transformers clamps the count to 1e-9: an all-padding row stays zero.
      for (let d = 0; d < width; d++) vector[d] /= Math.max(count, 1e-9);
    }
    vectors.push(vector);
  }
  return vectors;
}
