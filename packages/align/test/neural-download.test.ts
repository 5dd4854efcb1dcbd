import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { env } from "@huggingface/transformers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isModelAvailable, loadEmbeddingModel, resolveModelSource } from "@tandem/align";
import { tinyModelDir } from "./tiny-model.js";

/**
 * A stand-in for the Hugging Face hub on loopback, serving the tiny model as
 * "tandem/tiny" (its model.onnx also as the quantised file a download asks for).
 * Nothing leaves the machine: this checks where a first run puts the files.
 */
let server: http.Server;
let requests: string[] = [];
const modelDir = mkdtempSync(path.join(os.tmpdir(), "tandem-download-"));
/** What sentence-transformers/LaBSE serves: its module chain, CLS pooling and a 24 → 24 tanh Dense head. */
const labseHead = mkdtempSync(path.join(os.tmpdir(), "tandem-labse-head-"));
mkdirSync(path.join(labseHead, "1_Pooling"));
mkdirSync(path.join(labseHead, "2_Dense"));
writeFileSync(
  path.join(labseHead, "modules.json"),
  JSON.stringify([
    { idx: 0, name: "0", path: "", type: "sentence_transformers.models.Transformer" },
    { idx: 1, name: "1", path: "1_Pooling", type: "sentence_transformers.models.Pooling" },
    { idx: 2, name: "2", path: "2_Dense", type: "sentence_transformers.models.Dense" },
    { idx: 3, name: "3", path: "3_Normalize", type: "sentence_transformers.models.Normalize" },
  ]),
);
writeFileSync(path.join(labseHead, "1_Pooling/config.json"), JSON.stringify({ word_embedding_dimension: 24, pooling_mode_cls_token: true }));
writeFileSync(path.join(labseHead, "2_Dense/config.json"), JSON.stringify({ in_features: 24, out_features: 24, bias: true, activation_function: "torch.nn.modules.activation.Tanh" }));
{
  const header = Buffer.from(JSON.stringify({ "linear.weight": { dtype: "F32", shape: [24, 24], data_offsets: [0, 2304] }, "linear.bias": { dtype: "F32", shape: [24], data_offsets: [2304, 2400] } }));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  const weights = new Float32Array(24 * 24 + 24).map((_, k) => (k < 576 && k % 25 === 0 ? 3 : 0));
  writeFileSync(path.join(labseHead, "2_Dense/model.safetensors"), Buffer.concat([length, header, Buffer.from(weights.buffer)]));
}
const host = env.remoteHost;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    const match = /^\/tandem\/(tiny|LaBSE)\/resolve\/main\/(.+)$/.exec(request.url ?? "");
    const head = /^\/sentence-transformers\/LaBSE\/resolve\/main\/(.+)$/.exec(request.url ?? "");
    let file = "";
    if (match && !(match[1] === "LaBSE" && /^(modules\.json|1_Pooling|2_Dense|sentence_bert)/.test(match[2]!))) {
      // "tandem/LaBSE" is a plain export, as Xenova/LaBSE: no sentence-transformers files.
      file = path.join(tinyModelDir, decodeURIComponent(match[2]!).replace("model_quantized.onnx", "model.onnx"));
    } else if (head) {
      file = path.join(labseHead, decodeURIComponent(head[1]!));
    }
    if (!file || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-length": String(statSync(file).size) });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  env.remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  env.remoteHost = host;
  await new Promise((resolve) => server.close(resolve));
  rmSync(modelDir, { recursive: true, force: true });
  rmSync(labseHead, { recursive: true, force: true });
});

describe("a hub model on first use", () => {
  it("is downloaded into <modelDir>/<org>/<name>/, sentence-transformers files included, and then works offline", async () => {
    const source = resolveModelSource({ model: "tandem/tiny", modelDir });
    expect(isModelAvailable(source)).toBe(false);
    const online = await loadEmbeddingModel({ model: "tandem/tiny", modelDir });
    for (const file of ["config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model_quantized.onnx", "modules.json", "1_Pooling/config.json"]) {
      expect(existsSync(path.join(modelDir, "tandem/tiny", file)), file).toBe(true);
    }
    expect(isModelAvailable(source)).toBe(true);
    expect(online.recipe.pooling).toBe("mean");

    requests = [];
    const offline = await loadEmbeddingModel({ model: "tandem/tiny", modelDir, offline: true });
    expect(requests).toEqual([]);
    expect(offline.key).toBe(online.key);
    const [a] = await online.embed(["De minister sprak."]);
    const [b] = await offline.embed(["De minister sprak."]);
    expect(b).toEqual(a);
  });
});

describe("LaBSE from a hub repository without its head (as Xenova/LaBSE)", () => {
  it("fetches 2_Dense and the module files from sentence-transformers/LaBSE into the model folder, then works offline", async () => {
    requests = [];
    const online = await loadEmbeddingModel({ model: "tandem/LaBSE", modelDir });
    expect(requests).toEqual(expect.arrayContaining(["/sentence-transformers/LaBSE/resolve/main/2_Dense/model.safetensors"]));
    for (const file of ["modules.json", "1_Pooling/config.json", "2_Dense/config.json", "2_Dense/model.safetensors"]) {
      expect(existsSync(path.join(modelDir, "tandem/LaBSE", file)), file).toBe(true);
    }
    expect(online.recipe).toMatchObject({ pooling: "cls", dense: [{ inFeatures: 24, outFeatures: 24, activation: "tanh" }], maxLength: 256 });
    requests = [];
    const offline = await loadEmbeddingModel({ model: "tandem/LaBSE", modelDir, offline: true });
    expect(requests).toEqual([]);
    expect(offline.key).toBe(online.key);
    expect(offline.recipe.dense).toHaveLength(1);
  });
});
