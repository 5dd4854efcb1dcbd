import type { EmbeddingCache } from "./embedding-cache.js";
import type { EmbeddingModel } from "./embedding-model.js";
import { hashText } from "./hash-text.js";

/** Options of {@link embedTexts}. */
export interface EmbedTextsOptions {
  /** Vectors computed before, by model key and text hash; new ones are stored back. */
  readonly cache?: EmbeddingCache;
  /** Texts per model call; default the model's own batchSize, else 32. */
  readonly batchSize?: number;
  /** Called with (texts done, texts in total) after the cache look-up and after every batch. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What {@link embedTexts} returns. */
export interface EmbedResult {
  /** One vector per input text, in input order. */
  readonly vectors: Float32Array[];
  /** Distinct texts the model embedded now. */
  readonly computed: number;
  /** Distinct texts whose vectors came from the cache. */
  readonly cached: number;
}

/**
 * Embeds texts with `model`, each distinct text once: cached vectors are reused, the
 * rest go to the model in batches of similar length (sorted by tokens, so padding is small) and
 * are stored in the cache. A second run over the same texts makes no model call.
 *
 * @example
 * const { vectors, cached } = await embedTexts(model, ["Hallo.", "Hello."], { cache, batchSize: 8 });
 */
export async function embedTexts(
  model: EmbeddingModel,
  texts: readonly string[],
  options: EmbedTextsOptions = {},
): Promise<EmbedResult> {
  const batchSize = Math.max(1, options.batchSize ?? model.batchSize ?? 32);
  const hashes = texts.map(hashText);
  const unique = new Map<string, string>();
  hashes.forEach((hash, i) => unique.set(hash, texts[i]!));
  const known = options.cache ? await options.cache.get(model.key, [...unique.keys()]) : new Map<string, Float32Array>();
  const missing = [...unique].filter(([hash]) => !known.has(hash));
  const total = unique.size;
  options.onProgress?.(total - missing.length, total);

  // Batches of equal length pad least: by token count when the model can tell, else by characters.
  const lengths = missing.length > 0 && model.tokenLengths ? await model.tokenLengths(missing.map(([, text]) => text)) : undefined;
  const order = missing.map((_, k) => k).sort((a, b) => (lengths ? lengths[a]! - lengths[b]! : 0) || missing[a]![1].length - missing[b]![1].length);
  const sorted = order.map((k) => missing[k]!);
  missing.splice(0, missing.length, ...sorted);
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize);
    const vectors = await model.embed(batch.map(([, text]) => text));
    const entries = batch.map(([hash], i) => ({ hash, vector: vectors[i]! }));
    for (const entry of entries) known.set(entry.hash, entry.vector);
    await options.cache?.put(model.key, entries);
    options.onProgress?.(total - missing.length + start + batch.length, total);
  }
  return { vectors: hashes.map((hash) => known.get(hash)!), computed: missing.length, cached: total - missing.length };
}
