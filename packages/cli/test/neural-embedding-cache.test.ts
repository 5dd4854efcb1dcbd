import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createNeuralScorer, embedTexts, hashText, loadEmbeddingModel, type EmbeddingModel } from "@tandem/align";
import { createStoreEmbeddingCache, openEmbeddingCache, openStore } from "../src/store/index.js";
import { repoRoot } from "./run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "tandem-embedding-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counting(model: EmbeddingModel): EmbeddingModel & { calls: number } {
  const counted = { ...model, calls: 0, embed: (texts: readonly string[]) => (counted.calls++, model.embed(texts)) };
  return counted;
}

const nl = ["De minister opende de conferentie.", "Het regende in de stad.", "De kinderen gingen naar school."];
const en = ["The minister opened the conference.", "It rained in the city.", "The children went to school."];

describe("the SQLite embedding cache", () => {
  it("survives closing the store: a second run over the same text makes zero model calls", async () => {
    const model = await loadEmbeddingModel({ model: path.join(repoRoot, "fixtures/tiny-model"), offline: true });
    const file = path.join(dir, "tandem.db");

    const firstModel = counting(model);
    const store = await openStore(file);
    const first = await createNeuralScorer({ model: firstModel, cache: createStoreEmbeddingCache(store) }).prepare(nl, en, { maxBead: 2 });
    store.close();
    expect(firstModel.calls).toBeGreaterThan(0);

    const secondModel = counting(model);
    const second = await createNeuralScorer({ model: secondModel, cache: openEmbeddingCache(file) }).prepare(nl, en, { maxBead: 2 });
    expect(secondModel.calls).toBe(0);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(second.similarity(i, i + 1, j, j + 1)).toBe(first.similarity(i, i + 1, j, j + 1));
  });

  it("stores float32 vectors exactly, per model key, and replaces on a second put", async () => {
    const store = await openStore(path.join(dir, "exact.db"));
    try {
      const cache = createStoreEmbeddingCache(store);
      const vector = new Float32Array([0.1, -2.5, 3e-8, 1]);
      await cache.put("model-a@1", [{ hash: hashText("x"), vector }]);
      expect((await cache.get("model-a@1", [hashText("x"), hashText("y")])).get(hashText("x"))).toEqual(vector);
      expect((await cache.get("model-b@1", [hashText("x")])).size).toBe(0);
      await cache.put("model-a@1", [{ hash: hashText("x"), vector: new Float32Array([1, 2]) }]);
      expect((await cache.get("model-a@1", [hashText("x")])).get(hashText("x"))).toEqual(new Float32Array([1, 2]));
      expect(store.database.prepare("SELECT count(*) AS n FROM embeddings").get()).toEqual({ n: 1 });
    } finally {
      store.close();
    }
  });

  it("looks up more hashes than SQLite takes parameters in one statement", async () => {
    const store = await openStore(path.join(dir, "many.db"));
    try {
      const cache = createStoreEmbeddingCache(store);
      const texts = Array.from({ length: 1200 }, (_, i) => `text ${i}`);
      const model: EmbeddingModel = {
        name: "fake",
        key: "fake@0",
        dimensions: 2,
        notes: [],
        recipe: { pooling: "mean", dense: [], prefix: "", output: "last_hidden_state" },
        embed: async (batch) => batch.map((text) => new Float32Array([text.length, 1])),
      };
      await embedTexts(model, texts, { cache, batchSize: 256 });
      expect((await cache.get("fake@0", texts.map(hashText))).size).toBe(1200);
    } finally {
      store.close();
    }
  });
});
