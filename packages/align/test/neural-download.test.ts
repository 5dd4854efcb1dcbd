import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
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
const host = env.remoteHost;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    const match = /^\/tandem\/tiny\/resolve\/main\/(.+)$/.exec(request.url ?? "");
    const file = match ? path.join(tinyModelDir, decodeURIComponent(match[1]!).replace("model_quantized.onnx", "model.onnx")) : "";
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
