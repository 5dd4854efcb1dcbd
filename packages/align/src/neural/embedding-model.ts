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
  /** Which ONNX weights ("q8", "fp32", …), when known; a test double may leave it out. */
  readonly dtype?: string;
  /** Texts per `embed` call that suits this model (an endpoint splits them into requests itself); default 32. */
  readonly batchSize?: number;
  /**
   * Embeds `texts` in ONE model call (callers batch); vectors are L2-normalised. A model
   * from loadEmbeddingModel loads its tokenizer and ONNX session at the first call, so a
   * run whose vectors are all cached never pays for them.
   */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /**
   * Each text's length in tokens as the model will see it (prefix and truncation
   * included), so callers can batch texts of equal length and pad little.
   */
  tokenLengths?(texts: readonly string[]): Promise<number[]>;
  /** What went through the encoder so far (absent on test doubles). */
  stats?(): EncoderStats;
}

/** Counters of an encoder, since it was created. */
export interface EncoderStats {
  /** Texts embedded. */
  readonly texts: number;
  /** Tokens that went through the model: real ones, special tokens included, after truncation. */
  readonly tokens: number;
  /** Tokens including the padding of each batch (what the model computed). */
  readonly paddedTokens: number;
  /** Model calls. */
  readonly batches: number;
  /** Whether the tokenizer and ONNX session were loaded. */
  readonly loaded: boolean;
  /** Seconds spent loading them, and seconds in tokenising + the model + pooling. */
  readonly loadSeconds: number;
  readonly seconds: number;
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
  /**
   * Which model output the vectors come from; known once the ONNX session is loaded
   * (undefined before: a fully cached run never loads it).
   */
  readonly output?: "last_hidden_state" | "token_embeddings" | "sentence_embedding";
}

/** A dense layer's shape and activation, without its weights. */
export interface DenseLayerInfo {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly activation: "tanh" | "identity";
}
