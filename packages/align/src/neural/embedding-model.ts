/**
 * A loaded sentence encoder: texts in, one unit-length vector per text out.
 * {@link loadEmbeddingModel} makes one from a transformers.js model folder; tests
 * may wrap one to count calls.
 */
export interface EmbeddingModel {
  /** What the user asked for: a hub id ("Xenova/LaBSE") or a folder path. */
  readonly name: string;
  /**
   * The model's identity for caching: name, a hash of its config, tokenizer and weights
   * (see computeModelKey), and the pooling recipe. Two keys are equal only if the
   * vectors would be.
   */
  readonly key: string;
  /** Length of every vector. */
  readonly dimensions: number;
  /** How sentences are turned into vectors, for `--json` output and the docs. */
  readonly recipe: EmbeddingRecipe;
  /** What the user should know about how this model is used (e.g. a dense layer that could not be applied). */
  readonly notes: readonly string[];
  /** Embeds `texts` in ONE model call (callers batch); vectors are L2-normalised. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Pooling and post-processing, as the model's sentence-transformers files say. */
export interface EmbeddingRecipe {
  /** "cls": the first token (LaBSE, BGE); "mean": average of real tokens (MiniLM, E5). */
  readonly pooling: "cls" | "mean" | "max" | "lasttoken";
  /** Dense layers applied after pooling (LaBSE has one: 768→768, tanh). */
  readonly dense: readonly DenseLayerInfo[];
  /** Prepended to every text before tokenising (E5: "query: "). */
  readonly prefix: string;
  /** Longest token sequence the model is given; longer texts are truncated. */
  readonly maxLength?: number;
  /** Which model output the vectors come from. */
  readonly output: "last_hidden_state" | "token_embeddings" | "sentence_embedding" | "pooler_output";
}

/** A dense layer's shape and activation, without its weights. */
export interface DenseLayerInfo {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly activation: "tanh" | "identity";
}
