import { readFileSync, readdirSync, writeFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEmbeddingModel, type EmbeddingModel } from "@tandem/align";
import { makeTinyModel } from "../../../scripts/make-tiny-model.js";
import { copyTinyModel, cosine, tinyModelDir } from "./tiny-model.js";

const minister = "The minister opened the conference in Hanoi.";
const ministerNl = "De minister opende de conferentie in Hanoi.";
const rain = "Heavy rain hit the city school.";

function norm(vector: Float32Array): number {
  return Math.sqrt(cosine(vector, vector));
}

/** A .safetensors file with F32 tensors, as sentence-transformers writes a Dense layer. */
function safetensors(tensors: Record<string, { shape: number[]; data: number[] }>): Buffer {
  let offset = 0;
  const header: Record<string, unknown> = {};
  for (const [name, { shape, data }] of Object.entries(tensors)) {
    header[name] = { dtype: "F32", shape, data_offsets: [offset, offset + data.length * 4] };
    offset += data.length * 4;
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  const body = Buffer.from(new Float32Array(Object.values(tensors).flatMap((t) => t.data)).buffer);
  return Buffer.concat([length, json, body]);
}

describe("the tiny model fixture", () => {
  it("is what scripts/make-tiny-model.ts builds, byte for byte", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tandem-tiny-"));
    try {
      makeTinyModel(dir);
      const list = (root: string): string[] =>
        readdirSync(root).flatMap((name) =>
          statSync(path.join(root, name)).isDirectory() ? list(path.join(root, name)).map((f) => `${name}/${f}`) : [name],
        );
      expect(list(dir).sort()).toEqual(list(tinyModelDir).sort());
      for (const file of list(dir)) {
        expect(readFileSync(path.join(dir, file)).equals(readFileSync(path.join(tinyModelDir, file))), file).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("loadEmbeddingModel on a folder, offline", () => {
  let model: EmbeddingModel;
  beforeAll(async () => {
    model = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
  });

  it("reads the sentence-transformers recipe: mean pooling, no dense, no prefix", () => {
    expect(model.dimensions).toBe(24);
    expect(model.recipe).toEqual({ pooling: "mean", dense: [], prefix: "", maxLength: 128, output: "last_hidden_state" });
    expect(model.key).toMatch(/^tiny-model@[0-9a-f]{16}$/);
    expect(model.notes).toEqual([]);
  });

  it("returns one unit-length vector per text", async () => {
    const vectors = await model.embed([minister, ministerNl, rain]);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toHaveLength(24);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
  });

  it("puts a translation closer than an unrelated sentence", async () => {
    const [en, nl, other] = await model.embed([minister, ministerNl, rain]);
    expect(cosine(en!, nl!)).toBeGreaterThan(0.9);
    expect(cosine(en!, nl!) - cosine(en!, other!)).toBeGreaterThan(0.3);
  });

  it("gives the same vector in a padded batch as alone (padding is masked out of the mean)", async () => {
    const [alone] = await model.embed([ministerNl]);
    const [, inBatch] = await model.embed([`${rain} ${rain} ${rain}`, ministerNl]);
    for (let d = 0; d < 24; d++) expect(inBatch![d]).toBeCloseTo(alone![d]!, 5);
  });

  it("keeps the cache key when loaded again, and embeds nothing for no texts", async () => {
    const again = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    expect(again.key).toBe(model.key);
    expect(await again.embed([])).toEqual([]);
  });
});

describe("the recipe follows the model's sentence-transformers files", () => {
  let copy: ReturnType<typeof copyTinyModel>;
  beforeAll(() => {
    copy = copyTinyModel();
  });
  afterAll(() => copy.cleanup());

  it("CLS pooling takes the first token: every sentence gets the [CLS] vector", async () => {
    const poolingFile = path.join(copy.dir, "1_Pooling/config.json");
    const original = readFileSync(poolingFile);
    writeFileSync(poolingFile, JSON.stringify({ pooling_mode_cls_token: true, pooling_mode_mean_tokens: false }));
    try {
      const model = await loadEmbeddingModel({ model: copy.dir, offline: true });
      expect(model.recipe.pooling).toBe("cls");
      const [a, b] = await model.embed([minister, rain]);
      expect(cosine(a!, b!)).toBeCloseTo(1, 5);
    } finally {
      writeFileSync(poolingFile, original);
    }
  });

  it("applies a Dense module (weights from model.safetensors) after pooling, then normalises", async () => {
    const mean = await loadEmbeddingModel({ model: copy.dir, offline: true });
    expect(mean.recipe.pooling).toBe("mean");
    const [pooled] = await mean.embed([minister]);
    const modules = JSON.parse(readFileSync(path.join(copy.dir, "modules.json"), "utf8")) as object[];
    const withDense = (scale: number, activation: string) => {
      mkdirSync(path.join(copy.dir, "2_Dense"), { recursive: true });
      writeFileSync(
        path.join(copy.dir, "2_Dense/config.json"),
        JSON.stringify({ in_features: 24, out_features: 24, bias: true, activation_function: activation }),
      );
      const weight = Array.from({ length: 24 * 24 }, (_, k) => (k % 25 === 0 ? scale : 0));
      writeFileSync(
        path.join(copy.dir, "2_Dense/model.safetensors"),
        safetensors({ "linear.weight": { shape: [24, 24], data: weight }, "linear.bias": { shape: [24], data: new Array(24).fill(0) } }),
      );
      writeFileSync(
        path.join(copy.dir, "modules.json"),
        JSON.stringify([...modules.slice(0, 2), { idx: 2, name: "2", path: "2_Dense", type: "sentence_transformers.models.Dense" }, modules[2]]),
      );
      return loadEmbeddingModel({ model: copy.dir, offline: true });
    };
    try {
      // 2·identity, no activation: same direction as plain mean pooling.
      const linear = await withDense(2, "torch.nn.modules.linear.Identity");
      expect(linear.recipe.dense).toEqual([{ inFeatures: 24, outFeatures: 24, activation: "identity" }]);
      expect(linear.key).not.toBe(mean.key);
      const [same] = await linear.embed([minister]);
      for (let d = 0; d < 24; d++) expect(same![d]).toBeCloseTo(pooled![d]!, 5);
      // 10^6·identity through tanh saturates every coordinate to ±1: the sign pattern, normalised.
      const squashed = await withDense(1e6, "torch.nn.modules.activation.Tanh");
      const [signs] = await squashed.embed([minister]);
      for (let d = 0; d < 24; d++) expect(signs![d]).toBeCloseTo(Math.sign(pooled![d]!) / Math.sqrt(24), 3);
    } finally {
      rmSync(path.join(copy.dir, "2_Dense"), { recursive: true, force: true });
      writeFileSync(path.join(copy.dir, "modules.json"), JSON.stringify(modules));
    }
  });

  it("refuses Dense weights of the wrong shape as a broken model", async () => {
    const modules = JSON.parse(readFileSync(path.join(copy.dir, "modules.json"), "utf8")) as object[];
    mkdirSync(path.join(copy.dir, "2_Dense"), { recursive: true });
    writeFileSync(path.join(copy.dir, "2_Dense/config.json"), JSON.stringify({ in_features: 24, out_features: 8, bias: false }));
    writeFileSync(path.join(copy.dir, "2_Dense/model.safetensors"), safetensors({ "linear.weight": { shape: [8, 8], data: new Array(64).fill(0) } }));
    writeFileSync(path.join(copy.dir, "modules.json"), JSON.stringify([...modules, { idx: 3, name: "3", path: "2_Dense", type: "sentence_transformers.models.Dense" }]));
    try {
      await expect(loadEmbeddingModel({ model: copy.dir, offline: true })).rejects.toMatchObject({
        code: "MODEL_BAD",
        message: expect.stringContaining("linear.weight of shape [8, 24]"),
      });
    } finally {
      rmSync(path.join(copy.dir, "2_Dense"), { recursive: true, force: true });
      writeFileSync(path.join(copy.dir, "modules.json"), JSON.stringify(modules));
    }
  });

  it("reads a prompt from config_sentence_transformers.json and changes the key with it", async () => {
    const plain = await loadEmbeddingModel({ model: copy.dir, offline: true });
    writeFileSync(path.join(copy.dir, "config_sentence_transformers.json"), JSON.stringify({ prompts: { query: "rain: ", passage: "passage: " } }));
    const prompted = await loadEmbeddingModel({ model: copy.dir, offline: true });
    rmSync(path.join(copy.dir, "config_sentence_transformers.json"));
    expect(prompted.recipe.prefix).toBe("rain: ");
    expect(prompted.key).not.toBe(plain.key);
    const [a] = await plain.embed([minister]);
    const [b] = await prompted.embed([minister]);
    // "rain" is a known word of the tiny model, so the prefix visibly moves the vector.
    expect(cosine(a!, b!)).toBeLessThan(0.99);
  });

  it("gives E5 models the query prefix even without a prompt file", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "tandem-e5-"));
    try {
      const dir = path.join(root, "multilingual-e5-small");
      makeTinyModel(dir);
      const model = await loadEmbeddingModel({ model: dir, offline: true });
      expect(model.recipe.prefix).toBe("query: ");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("LaBSE without sentence-transformers files (a plain transformers.js export)", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "tandem-labse-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const labseLike = (name: string, pooler: boolean) => {
    const dir = path.join(root, name);
    makeTinyModel(dir, { pooler });
    for (const file of ["modules.json", "1_Pooling", "sentence_bert_config.json"]) rmSync(path.join(dir, file), { recursive: true });
    return dir;
  };

  it("uses the ONNX pooler_output (BERT's dense+tanh over CLS) in place of the missing dense head", async () => {
    const model = await loadEmbeddingModel({ model: labseLike("LaBSE-pooler", true), offline: true });
    expect(model.recipe).toMatchObject({ pooling: "cls", output: "pooler_output", dense: [] });
    expect(model.notes).toEqual([]);
    const [vector] = await model.embed([minister]);
    expect(norm(vector!)).toBeCloseTo(1, 5);
  });

  it("falls back to plain CLS pooling without pooler_output, and says so", async () => {
    const model = await loadEmbeddingModel({ model: labseLike("LaBSE-plain", false), offline: true });
    expect(model.recipe).toMatchObject({ pooling: "cls", output: "last_hidden_state" });
    expect(model.notes).toEqual([expect.stringMatching(/LaBSE's dense head \(no modules.json in the folder\).*cls-pooled without the dense layer/)]);
  });

  it("a non-LaBSE folder without those files is mean-pooled, with no note", async () => {
    const model = await loadEmbeddingModel({ model: labseLike("MiniLM-like", true), offline: true });
    expect(model.recipe).toMatchObject({ pooling: "mean", output: "last_hidden_state" });
    expect(model.notes).toEqual([]);
  });
});
