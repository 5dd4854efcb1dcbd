import {
  createHybridScorer,
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
import { openEmbeddingCache } from "../store/index.js";

/** Values of `--dtype`. */
export const MODEL_DTYPES = ["q8", "fp32", "fp16"] as const;

/** The yargs options of the neural scorer, shared by `tandem align` and `tandem bench`. */
export const neuralOptions = {
  model: {
    type: "string",
    describe: "Embedding model for --scorer neural/hybrid: a hub id or a folder (default Xenova/LaBSE)",
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
} as const;

/** The parsed neural options, plus the store options of commands that have them. */
export interface NeuralArgs {
  model?: string;
  "model-dir"?: string;
  offline?: boolean;
  dtype?: string;
  "raw-cls"?: boolean;
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
  const options = modelOptionsOf(argv);
  const neural = createNeuralScorer({
    model: () => loadModelOnce(options),
    cache,
    ...(hooks.onEmbedProgress ? { onEmbedProgress: hooks.onEmbedProgress } : {}),
  });
  return { scorer: lexical ? createHybridScorer(neural, lexical) : neural, encoder: () => neural.encoder() };
}
