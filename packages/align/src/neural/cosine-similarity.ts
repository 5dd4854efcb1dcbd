/**
 * Cosine of two vectors that are already unit length: their dot product.
 *
 * @example
 * cosineSimilarity(normalizeVector(a), normalizeVector(b)); // in [-1, 1]
 */
export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
