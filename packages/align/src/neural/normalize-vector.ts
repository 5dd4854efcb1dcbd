/**
 * Scales `vector` to unit length in place and returns it; a zero vector stays zero
 * (so its cosine with anything is 0, not NaN).
 *
 * @example
 * normalizeVector(new Float32Array([3, 4])); // Float32Array [0.6, 0.8]
 */
export function normalizeVector(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] = vector[i]! / norm;
  return vector;
}
