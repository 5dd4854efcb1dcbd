import type { PreparedScorer, SpanScorer } from "../scoring/span-scorer.js";
import { cosineSimilarity } from "./cosine-similarity.js";
import type { EmbeddingCache } from "./embedding-cache.js";
import type { EmbeddingModel } from "./embedding-model.js";
import { embedTexts } from "./embed-texts.js";
import { normalizeVector } from "./normalize-vector.js";

/** Options of {@link createNeuralScorer}. */
export interface NeuralScorerOptions {
  /**
   * A loaded encoder (see loadEmbeddingModel), or a function loading one: called at the
   * first `prepare`, once, so a scorer that is never used never loads a 500 MB model,
   * and a load error surfaces from `prepare`, where the caller handles errors anyway.
   */
  readonly model: EmbeddingModel | (() => Promise<EmbeddingModel>);
  readonly cache?: EmbeddingCache;
  /** Texts per model call; default 32. */
  readonly batchSize?: number;
  /**
   * How a multi-sentence span gets its vector. "concatenate" (default) embeds the joined
   * text of every run of up to maxBead consecutive sentences, as Vecalign does: the model
   * sees the span as the other language says it. "average" embeds sentences only and
   * averages them: maxBead times fewer model inputs, for long documents or slow CPUs.
   */
  readonly spans?: "concatenate" | "average";
  /** Sentences sampled from the other side to normalise each span's distances; default 20. */
  readonly samples?: number;
}

/**
 * The neural {@link SpanScorer}: cosine of multilingual sentence embeddings (LaBSE by
 * default), as Bertalign and Vecalign score.
 *
 * Raw cosines are not comparable across models (LaBSE puts unrelated sentences near
 * 0.2, translations near 0.8; other models elsewhere), and some spans are close to
 * everything. So, as Vecalign does, each distance d = 1 − cos(x, y) is divided by the
 * average distance of x and of y to a fixed sample of sentences of the other side:
 * similarity = clamp(1 − d / d̄, 0, 1). Unrelated spans score ≈ 0, translations high,
 * whatever the model's cosine range. The raw cosine is kept in signals as `cosine`.
 *
 * @example
 * const model = await loadEmbeddingModel({ model: "Xenova/LaBSE", offline: true });
 * const { beads } = await alignSentences(nl, en, { scorer: createNeuralScorer({ model, cache }) });
 */
export function createNeuralScorer(options: NeuralScorerOptions): SpanScorer {
  const mode = options.spans ?? "concatenate";
  let loading: Promise<EmbeddingModel> | undefined;
  const getModel = () => {
    const { model } = options;
    if (typeof model !== "function") return Promise.resolve(model);
    loading ??= model();
    return loading;
  };
  return {
    name: "neural",
    async prepare(source, target, prepareOptions): Promise<PreparedScorer> {
      const model = await getModel();
      const maxBead = Math.max(1, prepareOptions.maxBead);
      const spanLimit = mode === "concatenate" ? maxBead : 1;
      const sourceSpans = spanTexts(source, spanLimit);
      const targetSpans = spanTexts(target, spanLimit);
      const { vectors, computed, cached } = await embedTexts(model, [...sourceSpans, ...targetSpans], {
        ...(options.cache ? { cache: options.cache } : {}),
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(prepareOptions.onProgress ? { onProgress: prepareOptions.onProgress } : {}),
      });
      const sourceVectors = vectors.slice(0, sourceSpans.length);
      const targetVectors = vectors.slice(sourceSpans.length);
      const sourceSpan = spanLookup(sourceVectors, source.length, spanLimit);
      const targetSpan = spanLookup(targetVectors, target.length, spanLimit);

      // Vecalign's normaliser: a fixed, evenly spread sample of single sentences per side.
      const samples = Math.max(1, options.samples ?? 20);
      const sample = (count: number) =>
        Array.from({ length: Math.min(samples, count) }, (_, k) => Math.floor(((k + 0.5) * count) / Math.min(samples, count)));
      const sourceSample = sample(source.length).map((i) => sourceSpan(i, i + 1));
      const targetSample = sample(target.length).map((j) => targetSpan(j, j + 1));
      const meanDistance = (vector: Float32Array, others: Float32Array[]) =>
        others.length === 0 ? 1 : others.reduce((sum, other) => sum + 1 - cosineSimilarity(vector, other), 0) / others.length;
      // Each span's mean distance to the other side's sample, computed on first use. The DP
      // asks for millions of (span, span) pairs on long documents: flat arrays, no objects.
      const typicalDistance = (count: number, span: (i0: number, i1: number) => Float32Array, others: Float32Array[]) => {
        const width = maxBead + 1;
        const table = new Float64Array((count + 1) * width).fill(Number.NaN);
        const longer = new Map<number, number>();
        return (i0: number, i1: number): number => {
          const length = i1 - i0;
          if (length > maxBead) {
            const key = i0 * (count + 1) + i1;
            let value = longer.get(key);
            if (value === undefined) longer.set(key, (value = meanDistance(span(i0, i1), others)));
            return value;
          }
          let value = table[i0 * width + length]!;
          if (Number.isNaN(value)) table[i0 * width + length] = value = meanDistance(span(i0, i1), others);
          return value;
        };
      };
      const sourceTypical = typicalDistance(source.length, sourceSpan, targetSample);
      const targetTypical = typicalDistance(target.length, targetSpan, sourceSample);

      const cosineOf = (i0: number, i1: number, j0: number, j1: number) => cosineSimilarity(sourceSpan(i0, i1), targetSpan(j0, j1));
      const neuralOf = (i0: number, i1: number, j0: number, j1: number, cosine: number) => {
        const typical = (sourceTypical(i0, i1) + targetTypical(j0, j1)) / 2;
        return typical > 1e-6 ? Math.min(1, Math.max(0, 1 - (1 - cosine) / typical)) : 0;
      };
      return {
        notes: [
          ...model.notes,
          `${model.name}: embedded ${computed} span${computed === 1 ? "" : "s"}, ${cached} from the cache`,
        ],
        similarity(i0, i1, j0, j1) {
          if (i1 <= i0 || j1 <= j0) return 0;
          return neuralOf(i0, i1, j0, j1, cosineOf(i0, i1, j0, j1));
        },
        signals(i0, i1, j0, j1) {
          if (i1 <= i0 || j1 <= j0) return { cosine: 0, neural: 0 };
          const cosine = cosineOf(i0, i1, j0, j1);
          return { cosine, neural: neuralOf(i0, i1, j0, j1, cosine) };
        },
      };
    },
  };
}

/** Texts of every span [i, i+k), k = 1..limit, in the order spanLookup expects. */
function spanTexts(sentences: readonly string[], limit: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let k = 1; k <= limit && i + k <= sentences.length; k++) texts.push(sentences.slice(i, i + k).join(" "));
  }
  return texts;
}

/**
 * Vector of span [i0, i1): the embedded one when it was embedded, else the normalised
 * sum of its sentences' vectors (the "average" mode, or a span longer than maxBead).
 */
function spanLookup(vectors: Float32Array[], count: number, limit: number) {
  const index: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    index.push(at);
    at += Math.min(limit, count - i);
  }
  const averaged = new Map<number, Float32Array>();
  return (i0: number, i1: number): Float32Array => {
    if (i1 - i0 <= limit) return vectors[index[i0]! + (i1 - i0 - 1)]!;
    const key = i0 * (count + 1) + i1;
    let vector = averaged.get(key);
    if (!vector) {
      vector = new Float32Array(vectors[0]!.length);
      for (let i = i0; i < i1; i++) {
        const single = vectors[index[i]!]!;
        for (let d = 0; d < vector.length; d++) vector[d] = vector[d]! + single[d]!;
      }
      averaged.set(key, normalizeVector(vector));
    }
    return vector;
  };
}
