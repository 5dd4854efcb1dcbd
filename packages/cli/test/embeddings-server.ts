import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { loadEmbeddingModel, type EmbeddingModel } from "@tandem/align";
import { repoRoot } from "./run-cli.js";

/** One POST the server received. */
export interface ReceivedRequest {
  readonly path: string;
  readonly model: string;
  readonly input: string[];
  readonly authorization: string | undefined;
}

/** How the stand-in misbehaves, per embeddings request (the probe is request 1). */
export interface ServerBehaviour {
  /** Answer these request numbers with 503 (e.g. [2, 3]: the two requests after the probe). */
  readonly fail503?: readonly number[];
  /** Close the connection without an answer on these request numbers. */
  readonly drop?: readonly number[];
  /** Cut every vector to this many numbers from this request number on: { from: 1, size: 10 }. */
  readonly wrongSize?: { readonly from: number; readonly size: number };
  /** Answer `{ "object": "list" }` without `data`. */
  readonly noVectors?: boolean;
}

/**
 * A small OpenAI-compatible embeddings server on loopback for the tests: POST
 * `/v1/embeddings` answers with the tiny test model's vectors (fixtures/tiny-model, run
 * in-process), GET `/v1/models` lists one model. It records every request so tests can
 * count texts, batches and headers, and misbehaves on request as `behaviour` says.
 */
export async function startEmbeddingsServer(behaviour: ServerBehaviour = {}): Promise<{
  url: string;
  requests: ReceivedRequest[];
  close: () => Promise<void>;
}> {
  const model: EmbeddingModel = await loadEmbeddingModel({ model: path.join(repoRoot, "fixtures/tiny-model"), offline: true });
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      response.end(text);
    };
    if (request.method === "GET" && request.url === "/v1/models") return send(200, { object: "list", data: [{ id: "tiny", object: "model", owned_by: "tests" }] });
    if (request.method !== "POST" || request.url !== "/v1/embeddings") return send(404, { error: { message: "unknown route" } });
    const body = JSON.parse(await readBody(request)) as { model: string; input: string | string[] };
    const input = typeof body.input === "string" ? [body.input] : body.input;
    requests.push({ path: request.url, model: body.model, input, authorization: request.headers.authorization });
    const number = requests.length;
    if (behaviour.drop?.includes(number)) return request.socket.destroy();
    if (behaviour.fail503?.includes(number)) return send(503, { error: { message: "overloaded, try again" } });
    if (behaviour.noVectors) return send(200, { object: "list" });
    const vectors = await model.embed(input);
    const size = behaviour.wrongSize && number >= behaviour.wrongSize.from ? behaviour.wrongSize.size : undefined;
    send(200, {
      object: "list",
      model: "tiny-test-model",
      data: vectors.map((vector, index) => ({ object: "embedding", index, embedding: Array.from(size ? vector.slice(0, size) : vector) })),
      usage: { prompt_tokens: input.length * 4, total_tokens: input.length * 4 },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (a server was there a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}
