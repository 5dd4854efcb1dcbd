/**
 * Where computed embeddings are kept between runs. The align package only knows this
 * interface; the CLI implements it on its SQLite store, tests with a Map.
 *
 * Keys are the model's identity ({@link EmbeddingModel.key}: id plus a hash of its
 * files and recipe) and the SHA-256 of the exact text embedded, so a changed model or
 * a changed prefix never returns a stale vector.
 *
 * @example
 * const cache: EmbeddingCache = createMemoryEmbeddingCache();
 * await cache.put("Xenova/LaBSE@3f2a…", [{ hash: hashText("Hallo."), vector }]);
 * (await cache.get("Xenova/LaBSE@3f2a…", [hashText("Hallo.")])).get(hashText("Hallo.")); // vector
 */
export interface EmbeddingCache {
  /** The vectors known for these text hashes; missing hashes are absent from the map. */
  get(modelKey: string, textHashes: readonly string[]): Promise<Map<string, Float32Array>>;
  /** Stores vectors; storing a hash again replaces its vector. */
  put(modelKey: string, entries: readonly CachedEmbedding[]): Promise<void>;
}

/** One text's embedding, by the text's hash (see {@link hashText}). */
export interface CachedEmbedding {
  readonly hash: string;
  readonly vector: Float32Array;
}
