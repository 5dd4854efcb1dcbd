import type { CachedEmbedding, EmbeddingCache } from "./embedding-cache.js";

/**
 * An {@link EmbeddingCache} in memory: lives as long as the process. Useful for a
 * library caller aligning many document pairs in one run, and in tests.
 *
 * @example
 * const scorer = createNeuralScorer({ model, cache: createMemoryEmbeddingCache() });
 */
export function createMemoryEmbeddingCache(): EmbeddingCache {
  const store = new Map<string, Float32Array>();
  const key = (modelKey: string, hash: string) => `${modelKey}\u0000${hash}`;
  return {
    async get(modelKey, textHashes) {
      const found = new Map<string, Float32Array>();
      for (const hash of textHashes) {
        const vector = store.get(key(modelKey, hash));
        if (vector) found.set(hash, vector);
      }
      return found;
    },
    async put(modelKey, entries: readonly CachedEmbedding[]) {
      for (const entry of entries) store.set(key(modelKey, entry.hash), entry.vector);
    },
  };
}
