import { beforeAll, describe, expect, it } from "vitest";
import { alignSentences, createMemoryEmbeddingCache, createNeuralScorer, embedTexts, hashText, loadEmbeddingModel, type EmbeddingModel } from "@tandem/align";
import { countCalls, tinyModelDir } from "./tiny-model.js";

const source = ["De minister opende de conferentie.", "Het regende in de stad.", "De kinderen gingen naar school."];
const target = ["The minister opened the conference.", "It rained in the city.", "The children went to school."];

describe("embedTexts", () => {
  let model: EmbeddingModel;
  beforeAll(async () => {
    model = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
  });

  it("batches: 20 distinct texts at batch size 8 take 3 model calls and report progress to the total", async () => {
    const counted = countCalls(model);
    const texts = Array.from({ length: 20 }, (_, i) => `${"the minister ".repeat(i + 1)}spoke.`);
    const progress: [number, number][] = [];
    const { vectors, computed, cached } = await embedTexts(counted, texts, { batchSize: 8, onProgress: (done, total) => progress.push([done, total]) });
    expect(counted.calls).toBe(3);
    expect(counted.texts).toBe(20);
    expect(vectors).toHaveLength(20);
    expect({ computed, cached }).toEqual({ computed: 20, cached: 0 });
    expect(progress).toEqual([[0, 20], [8, 20], [16, 20], [20, 20]]);
  });

  it("embeds a repeated text once and returns its vector at every position", async () => {
    const counted = countCalls(model);
    const { vectors } = await embedTexts(counted, ["De minister.", "Regen.", "De minister."]);
    expect(counted.texts).toBe(2);
    expect(vectors[2]).toBe(vectors[0]);
  });

  it("returns the same vectors batched and one by one", async () => {
    const texts = [...source, ...target];
    const batched = (await embedTexts(model, texts, { batchSize: 32 })).vectors;
    const single = (await embedTexts(model, texts, { batchSize: 1 })).vectors;
    batched.forEach((vector, i) => vector.forEach((value, d) => expect(value).toBeCloseTo(single[i]![d]!, 5)));
  });

  it("with a cache, a second pass over the same texts makes zero model calls", async () => {
    const cache = createMemoryEmbeddingCache();
    const first = countCalls(model);
    const one = await embedTexts(first, source, { cache });
    expect(first.calls).toBeGreaterThan(0);
    const second = countCalls(model);
    const two = await embedTexts(second, source, { cache });
    expect(second.calls).toBe(0);
    expect({ computed: two.computed, cached: two.cached }).toEqual({ computed: 0, cached: 3 });
    expect(two.vectors).toEqual(one.vectors);
    // One new text: one call, for that text only.
    const third = countCalls(model);
    await embedTexts(third, [...source, "Nieuw."], { cache });
    expect([third.calls, third.texts]).toEqual([1, 1]);
  });

  it("keys the cache by model: another model's vectors are not reused", async () => {
    const cache = createMemoryEmbeddingCache();
    await embedTexts(model, source, { cache });
    const other = countCalls({ ...model, key: `${model.key}-other` });
    await embedTexts(other, source, { cache });
    expect(other.texts).toBe(3);
    expect((await cache.get(model.key, [hashText(source[0]!)])).size).toBe(1);
  });
});

describe("createNeuralScorer with a cache", () => {
  it("prepares the same document pair a second time without a model call, and says so", async () => {
    const model = countCalls(await loadEmbeddingModel({ model: tinyModelDir, offline: true }));
    const scorer = createNeuralScorer({ model, cache: createMemoryEmbeddingCache() });
    const first = await scorer.prepare(source, target, { maxBead: 2 });
    const calls = model.calls;
    // 3 sentences a side, each embedded once.
    expect(model.texts).toBe(6);
    expect(first.notes).toEqual([`${tinyModelDir}: embedded 6 texts, 0 from the cache`]);
    const second = await scorer.prepare(source, target, { maxBead: 2 });
    expect(model.calls).toBe(calls);
    expect(second.notes).toEqual([`${tinyModelDir}: embedded 0 texts, 6 from the cache`]);
    expect(second.similarity(0, 1, 0, 1)).toBe(first.similarity(0, 1, 0, 1));
  });

  it("aligns from the cache alone without ever loading the ONNX session", async () => {
    const cache = createMemoryEmbeddingCache();
    const warm = createNeuralScorer({ model: await loadEmbeddingModel({ model: tinyModelDir, offline: true }), cache });
    const before = await alignSentences(source, target, { scorer: warm });
    // A new process would load the model afresh: the same folder, the same cache key.
    const fresh = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    const scorer = createNeuralScorer({ model: fresh, cache });
    const after = await alignSentences(source, target, { scorer });
    expect(after.beads).toEqual(before.beads);
    expect(fresh.stats!()).toMatchObject({ loaded: false, texts: 0, tokens: 0 });
    expect(scorer.encoder()).toMatchObject({ texts: 0, tokens: 0, sessionLoaded: false });
    expect(scorer.encoder().cachedTexts).toBeGreaterThanOrEqual(6);
  });
});
