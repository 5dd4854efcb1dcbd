import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { env } from "@huggingface/transformers";
import { afterAll, describe, expect, it } from "vitest";
import { createNeuralScorer, loadEmbeddingModel, resolveModelSource, isModelAvailable } from "@tandem/align";
import { tinyModelDir } from "./tiny-model.js";

const empty = mkdtempSync(path.join(os.tmpdir(), "tandem-no-models-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("a model that is not there", () => {
  it("with downloads off: MODEL_MISSING naming the model, the folder and how to supply it", async () => {
    const error = await loadEmbeddingModel({ model: "Xenova/LaBSE", modelDir: empty, offline: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TandemError", code: "MODEL_MISSING" });
    const message = (error as Error).message;
    expect(message).toContain("model Xenova/LaBSE not found in");
    expect(message).toContain(path.join(empty, "Xenova/LaBSE"));
    expect(message).toContain("downloads are off");
    expect(message).toContain("--model-dir DIR");
  });

  it("with downloads on and no network: the same code, saying it could not be downloaded", async () => {
    // Port 9 (discard) on loopback refuses the connection: a network failure without a network.
    const host = env.remoteHost;
    env.remoteHost = "http://127.0.0.1:9/";
    try {
      const error = await loadEmbeddingModel({ model: "Xenova/LaBSE", modelDir: empty }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "MODEL_MISSING" });
      expect((error as Error).message).toMatch(/^model Xenova\/LaBSE not found in .* could not be downloaded \(.*\); download it on a machine with internet/);
    } finally {
      env.remoteHost = host;
    }
  });

  it("a folder without the model files: MODEL_MISSING naming what a folder needs", async () => {
    const folder = path.join(empty, "half");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "config.json"), "{}");
    expect(isModelAvailable(resolveModelSource({ model: folder }))).toBe(false);
    await expect(loadEmbeddingModel({ model: folder })).rejects.toMatchObject({
      code: "MODEL_MISSING",
      message: expect.stringContaining("lacks config.json, tokenizer.json or onnx/*.onnx"),
    });
  });

  it("surfaces from the scorer's prepare when the model is loaded lazily", async () => {
    const scorer = createNeuralScorer({ model: () => loadEmbeddingModel({ model: "Xenova/LaBSE", modelDir: empty, offline: true }) });
    await expect(scorer.prepare(["a"], ["b"], { maxBead: 1 })).rejects.toMatchObject({ code: "MODEL_MISSING" });
  });
});

describe("resolveModelSource", () => {
  it("puts a hub id under the model folder, and takes a path as the folder", () => {
    expect(resolveModelSource({ model: "Xenova/LaBSE", modelDir: "/models" })).toEqual({
      name: "Xenova/LaBSE",
      hubId: "Xenova/LaBSE",
      dir: "/models/Xenova/LaBSE",
      modelDir: "/models",
    });
    expect(resolveModelSource({ model: tinyModelDir, modelDir: "/models" })).toEqual({ name: tinyModelDir, dir: tinyModelDir, modelDir: "/models" });
    expect(isModelAvailable(resolveModelSource({ model: tinyModelDir }))).toBe(true);
  });
});
