/**
 * Mean of the k largest values (of all of them if there are fewer): the neighbourhood
 * term of the ratio margin. Sorts `values` in place.
 *
 * @example
 * meanTopK([0.1, 0.9, 0.5], 2) // 0.7
 */
export function meanTopK(values: number[], k: number): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => b - a);
  const top = values.slice(0, Math.max(1, k));
  return top.reduce((sum, value) => sum + value, 0) / top.length;
}
