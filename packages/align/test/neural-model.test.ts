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
    // The output is known once the ONNX session is loaded, at the first embed.
    expect(model.recipe).toEqual({ pooling: "mean", dense: [], prefix: "", maxLength: 128 });
    expect(model.dtype).toBe("fp32");
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

describe("LaBSE without sentence-transformers files (a plain transformers.js export, as Xenova/LaBSE)", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "tandem-labse-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const plainExport = (name: string) => {
    const dir = path.join(root, name);
    makeTinyModel(dir);
    for (const file of ["modules.json", "1_Pooling", "sentence_bert_config.json"]) rmSync(path.join(dir, file), { recursive: true });
    return dir;
  };
  /** LaBSE's 2_Dense/ as sentence-transformers/LaBSE has it (here 24 → 24), and 1_Pooling/ (CLS). */
  const addHead = (dir: string, weight: number[], bias: number[]) => {
    mkdirSync(path.join(dir, "2_Dense"), { recursive: true });
    mkdirSync(path.join(dir, "1_Pooling"), { recursive: true });
    writeFileSync(path.join(dir, "1_Pooling/config.json"), JSON.stringify({ word_embedding_dimension: 24, pooling_mode_cls_token: true, pooling_mode_mean_tokens: false }));
    writeFileSync(
      path.join(dir, "2_Dense/config.json"),
      JSON.stringify({ in_features: 24, out_features: 24, bias: true, activation_function: "torch.nn.modules.activation.Tanh" }),
    );
    writeFileSync(path.join(dir, "2_Dense/model.safetensors"), safetensors({ "linear.weight": { shape: [24, 24], data: weight }, "linear.bias": { shape: [24], data: bias } }));
  };

  it("refuses, offline, in one line naming the missing head files and both ways out", async () => {
    const dir = plainExport("LaBSE");
    const error = (await loadEmbeddingModel({ model: dir, offline: true }).then(
      () => undefined,
      (caught: unknown) => caught,
    )) as Error & { code: string };
    expect(error).toMatchObject({ code: "MODEL_MISSING" });
    expect(error.message).not.toContain("\n");
    expect(error.message).toContain("2_Dense/config.json, 2_Dense/model.safetensors missing");
    expect(error.message).toContain("sentence-transformers/LaBSE");
    expect(error.message).toContain("--raw-cls");
  });

  it("with rawCls, takes the raw CLS vector (no head), truncates at 256 and says so", async () => {
    const model = await loadEmbeddingModel({ model: plainExport("LaBSE-raw"), offline: true, rawCls: true });
    expect(model.recipe).toEqual({ pooling: "cls", dense: [], prefix: "", maxLength: 256 });
    expect(model.notes).toEqual([expect.stringContaining("raw CLS vectors (--raw-cls)")]);
    const [vector] = await model.embed([minister]);
    expect(norm(vector!)).toBeCloseTo(1, 5);
    expect(model.recipe.output).toBe("last_hidden_state");
  });

  it("applies the 2_Dense head from the folder: CLS → W·x + b → tanh → normalise", async () => {
    const dir = plainExport("LaBSE-head");
    const raw = await loadEmbeddingModel({ model: dir, offline: true, rawCls: true });
    const [cls] = await raw.embed([minister]);
    // A weight that mixes coordinates, and a bias, scaled so tanh bends the result visibly.
    const weight = Array.from({ length: 24 * 24 }, (_, k) => Math.sin(k * 0.7) * 1.5);
    const bias = Array.from({ length: 24 }, (_, k) => (k % 3) * 0.2 - 0.2);
    addHead(dir, weight, bias);
    const model = await loadEmbeddingModel({ model: dir, offline: true });
    expect(model.recipe).toEqual({ pooling: "cls", dense: [{ inFeatures: 24, outFeatures: 24, activation: "tanh" }], prefix: "", maxLength: 256 });
    expect(model.notes).toEqual([]);
    expect(model.key).not.toBe(raw.key);
    const [vector] = await model.embed([minister]);
    // The tiny model's [CLS] row is a unit vector (make-tiny-model.ts), so the normalised
    // raw CLS vector is the very input the head gets.
    const expected = new Float32Array(24);
    for (let row = 0; row < 24; row++) {
      let sum = bias[row]!;
      for (let column = 0; column < 24; column++) sum += Math.fround(weight[row * 24 + column]!) * cls![column]!;
      expected[row] = Math.tanh(sum);
    }
    const length = Math.sqrt(expected.reduce((total, value) => total + value * value, 0));
    for (let d = 0; d < 24; d++) expect(vector![d]).toBeCloseTo(expected[d]! / length, 4);
  });

  it("a non-LaBSE folder without those files is mean-pooled, truncated at 256, with no note", async () => {
    const model = await loadEmbeddingModel({ model: plainExport("some-encoder"), offline: true });
    expect(model.recipe).toEqual({ pooling: "mean", dense: [], prefix: "", maxLength: 256 });
    expect(model.notes).toEqual([]);
  });
});

describe("the recipes of the supported families, for exports without sentence-transformers files", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "tandem-recipes-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const plainExport = (name: string) => {
    const dir = path.join(root, name);
    makeTinyModel(dir);
    for (const file of ["modules.json", "1_Pooling", "sentence_bert_config.json"]) rmSync(path.join(dir, file), { recursive: true });
    return dir;
  };

  it.each([
    ["multilingual-e5-small", { pooling: "mean", dense: [], prefix: "query: ", maxLength: 512 }],
    ["multilingual-e5-base", { pooling: "mean", dense: [], prefix: "query: ", maxLength: 512 }],
    ["paraphrase-multilingual-MiniLM-L12-v2", { pooling: "mean", dense: [], prefix: "", maxLength: 128 }],
    ["paraphrase-multilingual-mpnet-base-v2", { pooling: "mean", dense: [], prefix: "", maxLength: 128 }],
  ])("%s: %j", async (name, recipe) => {
    const model = await loadEmbeddingModel({ model: plainExport(name), offline: true });
    expect(model.recipe).toEqual(recipe);
    const [withPrefix] = await model.embed([minister]);
    const plain = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    const [without] = await plain.embed([recipe.prefix + minister]);
    // The prefix really goes in front of the text: the vector is the prefixed text's.
    for (let d = 0; d < 24; d++) expect(withPrefix![d]).toBeCloseTo(without![d]!, 5);
  });

  it("mean pooling of the E5 recipe differs from CLS: two sentences get two vectors", async () => {
    const model = await loadEmbeddingModel({ model: plainExport("multilingual-e5-small-2"), offline: true });
    const [a, b] = await model.embed([minister, rain]);
    expect(cosine(a!, b!)).toBeLessThan(0.99);
  });
});

describe("which ONNX weights are loaded", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "tandem-dtype-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const withFiles = (name: string, files: Record<string, Buffer>) => {
    const dir = path.join(root, name);
    makeTinyModel(dir);
    rmSync(path.join(dir, "onnx/model.onnx"));
    for (const [file, bytes] of Object.entries(files)) writeFileSync(path.join(dir, "onnx", file), bytes);
    return dir;
  };
  const good = readFileSync(path.join(tinyModelDir, "onnx/model.onnx"));
  const broken = Buffer.from("not an ONNX file");

  it("q8 (model_quantized.onnx) by default when the folder has both, as a download does", async () => {
    const dir = withFiles("both", { "model.onnx": broken, "model_quantized.onnx": good });
    const model = await loadEmbeddingModel({ model: dir, offline: true });
    expect(model.dtype).toBe("q8");
    // The fp32 file is broken: embedding works only because the quantised one is loaded.
    expect(await model.embed([minister])).toHaveLength(1);
  });

  it("fp32 when asked, and then model.onnx is what loads", async () => {
    const dir = withFiles("both-fp32", { "model.onnx": good, "model_quantized.onnx": broken });
    const model = await loadEmbeddingModel({ model: dir, offline: true, dtype: "fp32" });
    expect(model.dtype).toBe("fp32");
    expect(await model.embed([minister])).toHaveLength(1);
    const q8 = await loadEmbeddingModel({ model: dir, offline: true });
    await expect(q8.embed([minister])).rejects.toMatchObject({ code: "MODEL_BAD" });
  });

  it("fp32 when the folder has only model.onnx; MODEL_MISSING naming the file for a dtype it lacks", async () => {
    const dir = withFiles("fp32-only", { "model.onnx": good });
    expect((await loadEmbeddingModel({ model: dir, offline: true })).dtype).toBe("fp32");
    await expect(loadEmbeddingModel({ model: dir, offline: true, dtype: "fp16" })).rejects.toMatchObject({
      code: "MODEL_MISSING",
      message: expect.stringContaining("no onnx/model_fp16.onnx for --dtype fp16"),
    });
  });

  it("does not load the ONNX session until something is embedded", async () => {
    const dir = withFiles("lazy", { "model_quantized.onnx": broken });
    // A broken ONNX file goes unnoticed by loading: nothing reads it but the cache key.
    const model = await loadEmbeddingModel({ model: dir, offline: true });
    expect(model.stats?.()).toMatchObject({ loaded: false, texts: 0 });
    await expect(model.embed([minister])).rejects.toMatchObject({ code: "MODEL_BAD" });
  });
});
