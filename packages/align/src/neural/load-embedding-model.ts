import { promises as fs } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment/core";
import { computeModelKey } from "./compute-model-key.js";
import { applyDenseLayer } from "./dense-layer.js";
import type { EmbeddingModel, EmbeddingRecipe } from "./embedding-model.js";
import type { ModelLocationOptions } from "./model-source.js";
import { findOnnxFiles, isModelAvailable, resolveModelSource } from "./model-source.js";
import { normalizeVector } from "./normalize-vector.js";
import { poolTokens } from "./pool-tokens.js";
import { readEmbeddingRecipe, type LoadedRecipe } from "./read-embedding-recipe.js";
import { recipeForModel } from "./model-recipes.js";
import { readModelFile } from "./read-model-file.js";
import { toModelError } from "./to-model-error.js";

/** How to find and load a sentence encoder. */
export interface LoadEmbeddingModelOptions extends ModelLocationOptions {
  /** Forbid downloads: only `modelDir` (or the folder given as `model`) is read. */
  readonly offline?: boolean;
  /**
   * Which ONNX weights: "q8" reads onnx/model_quantized.onnx, "fp32" onnx/model.onnx,
   * "fp16" onnx/model_fp16.onnx. Default q8 (on a CPU it costs 2.8x less than fp32, and
   * for LaBSE ~1.4 GB less memory); fp32 only when the folder has no quantised file.
   */
  readonly dtype?: ModelDtype;
  /**
   * LaBSE without its Dense head files: use the raw CLS vector instead of refusing.
   * Not the vectors LaBSE was trained to give; for a folder that cannot get 2_Dense/.
   */
  readonly rawCls?: boolean;
}

/** The ONNX weight variants transformers.js knows, by file suffix. */
export type ModelDtype = "fp32" | "fp16" | "q8" | "int8" | "uint8" | "q4";

const SUFFIX: Record<ModelDtype, string> = {
  fp32: "",
  fp16: "_fp16",
  q8: "_quantized",
  int8: "_int8",
  uint8: "_uint8",
  q4: "_q4",
};

/** What transformers.js returns for a tokenizer call and a model call, as far as we use it. */
interface TensorLike {
  readonly data: ArrayLike<number | bigint>;
  readonly dims: readonly number[];
}

type Tokenize = (texts: string[], options: object) => Record<string, TensorLike>;
type Run = (inputs: object) => Promise<Record<string, TensorLike>>;

/**
 * Finds a sentence encoder in a folder or under a hub id, reads how it pools (its
 * sentence-transformers files, else its family's recipe) and returns it ready to embed.
 *
 * Cheap: the tokenizer and the ONNX session (transformers.js, @huggingface/transformers
 * v4) are loaded at the first `embed`, so a run whose vectors are all in the cache never
 * loads them. Only a hub model that is not on disk yet, with downloads on, is loaded
 * (downloaded) here: its cache key hashes its files.
 *
 * transformers.js is told exactly where to look: `env.localModelPath` and `env.cacheDir`
 * are both `modelDir` (never the default cache inside node_modules), so a download
 * lands in `<modelDir>/<org>/<name>/` and the same folder works offline next time.
 *
 * Throws TandemError MODEL_MISSING when the model (or LaBSE's Dense head) is not there
 * and cannot be downloaded, MODEL_BAD when it is there but unusable.
 *
 * @example
 * const model = await loadEmbeddingModel({ model: "Xenova/LaBSE", modelDir: "/data/models", offline: true });
 * const [a, b] = await model.embed(["De minister sprak.", "The minister spoke."]);
 */
export async function loadEmbeddingModel(options: LoadEmbeddingModelOptions = {}): Promise<EmbeddingModel> {
  const source = resolveModelSource(options);
  const downloads = !options.offline && source.hubId !== undefined;
  let onnxFiles = findOnnxFiles(source.dir);
  let session: Promise<{ tokenize: Tokenize; run: Run; output: NonNullable<EmbeddingRecipe["output"]> }> | undefined;
  const chosen = (): ModelDtype => options.dtype ?? (onnxFiles.includes("model.onnx") && !onnxFiles.includes("model_quantized.onnx") ? "fp32" : "q8");
  let dtype = chosen();
  if (!downloads) {
    if (!isModelAvailable(source)) {
      throw toModelError(Object.assign(new Error(`file was not found locally at "${source.dir}"`), { name: "ModelFileNotFoundError" }), source, { downloads });
    }
    if (!onnxFiles.includes(`model${SUFFIX[dtype]}.onnx`)) {
      throw new TandemError(
        "MODEL_MISSING",
        `model ${source.name} in ${source.dir} has no onnx/model${SUFFIX[dtype]}.onnx for --dtype ${dtype} (it has ${onnxFiles.join(", ")})`,
      );
    }
  }
  const stats = { texts: 0, tokens: 0, paddedTokens: 0, batches: 0, loadSeconds: 0, seconds: 0, loaded: false };
  let recipeRef: { recipe: Omit<EmbeddingRecipe, "output">; dense: LoadedRecipe["denseLayers"] } | undefined;

  const openSession = () => {
    session ??= (async () => {
      const started = performance.now();
      // Imported on first use: the ONNX runtime costs ~350 MB of memory and a second of start-up.
      const { AutoConfig, AutoModel, AutoTokenizer, env, LogLevel } = await import("@huggingface/transformers");
      env.allowLocalModels = true;
      env.allowRemoteModels = downloads;
      env.localModelPath = source.modelDir;
      env.cacheDir = source.modelDir;
      env.useFSCache = true;
      // A library must not print; failures reach the caller as errors instead.
      env.logLevel = LogLevel.NONE;
      const id = source.hubId ?? source.dir;
      let tokenizer: unknown;
      let model: unknown;
      try {
        // The config first: its failure is the clearest (not found, or fetch failed).
        await AutoConfig.from_pretrained(id, { local_files_only: !downloads });
        tokenizer = await AutoTokenizer.from_pretrained(id, { local_files_only: !downloads });
        model = await AutoModel.from_pretrained(id, { dtype, device: "cpu", local_files_only: !downloads, session_options: { logSeverityLevel: 3 } });
      } catch (error) {
        throw toModelError(error, source, { downloads });
      }
      const outputNames = (model as { sessions: Record<string, { outputNames: string[] }> }).sessions.model?.outputNames ?? [];
      const output = chooseOutput(outputNames);
      if (!output) {
        throw new TandemError("MODEL_BAD", `model ${source.name} has no token or sentence output (outputs: ${outputNames.join(", ")})`);
      }
      stats.loaded = true;
      stats.loadSeconds += (performance.now() - started) / 1000;
      return { tokenize: tokenizer as Tokenize, run: model as Run, output };
    })();
    // A failed load is not remembered: the next call reports the error again.
    session.catch(() => (session = undefined));
    return session;
  };

  if (downloads && !isModelAvailable(source)) {
    // First use of a hub model: download it now, as its cache key hashes its files.
    await openSession();
    onnxFiles = findOnnxFiles(source.dir);
    dtype = options.dtype ?? "q8";
  }
  const onnxFile = `onnx/model${SUFFIX[dtype]}.onnx`;

  // Only read when a file must be fetched: importing transformers.js costs a second.
  const download = downloads ? remoteOf : undefined;
  let loaded: LoadedRecipe;
  try {
    // The family (LaBSE, E5) is read from the hub id or the folder's own name, never from
    // the folders above it: /tmp/labse-tests/MiniLM is no LaBSE.
    const family = source.hubId ?? path.basename(source.dir);
    loaded = await readEmbeddingRecipe(family, (file) => readModelFile(source, file, download), {
      // LaBSE's head comes from sentence-transformers/LaBSE, online: Xenova/LaBSE has none (404s).
      readHead: (file, repo) => readModelFile(source, file, download, repo),
      ...(options.rawCls ? { rawCls: true } : {}),
    });
  } catch (error) {
    throw new TandemError("MODEL_BAD", `model ${source.name}: ${error instanceof Error ? error.message : String(error)}`, {}, { cause: error });
  }
  if (loaded.missingHead) {
    const { files, repo } = loaded.missingHead;
    throw new TandemError(
      "MODEL_MISSING",
      `model ${source.name} in ${source.dir} lacks its Dense head: ${files.join(", ")} missing; copy them from ${repo} into that folder ` +
        `(or run once online), or pass --raw-cls to use CLS vectors without the head`,
    );
  }
  recipeRef = { recipe: loaded.recipe, dense: loaded.denseLayers };
  const notes: string[] = [];
  if (loaded.missingDense) notes.push(`model ${source.name}: ${loaded.missingDense}, so vectors are ${loaded.recipe.pooling}-pooled without the dense layer`);
  if (options.rawCls && recipeForModel(source.hubId ?? path.basename(source.dir))?.head) {
    notes.push(`model ${source.name}: raw CLS vectors (--raw-cls), without the model's Dense head`);
  }
  // The key leaves out which output is used: that follows from the ONNX file, which it hashes.
  const key = await computeModelKey(source.hubId ?? path.basename(source.dir), source.dir, onnxFile, loaded.recipe).catch((error: unknown) => {
    throw toModelError(error, source, { downloads: false });
  });
  const hidden = await readHiddenSize(source.dir);
  const dimensions = loaded.recipe.dense.at(-1)?.outFeatures ?? hidden;
  let output: EmbeddingRecipe["output"];

  return {
    name: source.name,
    key,
    dimensions,
    dtype,
    get recipe(): EmbeddingRecipe {
      return { ...recipeRef!.recipe, ...(output ? { output } : {}) };
    },
    notes,
    stats: () => ({ ...stats }),
    async tokenLengths(texts) {
      const ready = await openSession();
      const { prefix, maxLength } = recipeRef!.recipe;
      const encode = (ready.tokenize as unknown as { encode: (text: string) => number[] }).encode.bind(ready.tokenize);
      return texts.map((text) => Math.min(maxLength ?? Infinity, encode(prefix + text).length));
    },
    async embed(texts) {
      if (texts.length === 0) return [];
      const ready = await openSession();
      output = ready.output;
      const started = performance.now();
      const recipe = recipeRef!.recipe;
      const inputs = ready.tokenize(
        texts.map((text) => recipe.prefix + text),
        { padding: true, truncation: true, ...(recipe.maxLength ? { max_length: recipe.maxLength } : {}) },
      );
      const mask = inputs.attention_mask!;
      for (let k = 0; k < mask.data.length; k++) stats.tokens += Number(mask.data[k]);
      stats.paddedTokens += mask.data.length;
      const outputs = (await ready.run(inputs)) ?? {};
      const tensor = outputs[ready.output]!;
      let vectors: Float32Array[];
      if (ready.output === "sentence_embedding") {
        // The export has the sentence-transformers head inside.
        const width = tensor.dims.at(-1)!;
        const data = tensor.data as Float32Array;
        vectors = texts.map((_, row) => data.slice(row * width, (row + 1) * width));
      } else {
        vectors = poolTokens(tensor.data as ArrayLike<number>, tensor.dims, mask.data, recipe.pooling);
        for (const layer of recipeRef!.dense) vectors = vectors.map((vector) => applyDenseLayer(layer, vector));
      }
      stats.texts += texts.length;
      stats.batches++;
      stats.seconds += (performance.now() - started) / 1000;
      return vectors.map(normalizeVector);
    },
  };
}

/** transformers.js's hub address settings, read without keeping its module loaded longer than needed. */
async function remoteOf(): Promise<{ remoteHost: string; remotePathTemplate: string }> {
  const { env } = await import("@huggingface/transformers");
  return { remoteHost: env.remoteHost, remotePathTemplate: env.remotePathTemplate };
}

/** hidden_size from config.json: the vector width when no Dense layer changes it. */
async function readHiddenSize(dir: string): Promise<number> {
  const text = await fs.readFile(path.join(dir, "config.json"), "utf8").catch(() => "{}");
  const config = JSON.parse(text) as { hidden_size?: number; dim?: number; d_model?: number };
  return Number(config.hidden_size ?? config.dim ?? config.d_model ?? 0);
}

/**
 * Which ONNX output gives the sentence vector: `sentence_embedding` when the export has
 * the sentence-transformers head inside, else token vectors pooled here. `pooler_output`
 * is not used: for LaBSE it is not known to equal 2_Dense, which is what
 * sentence-transformers (and Bertalign) apply.
 */
function chooseOutput(names: readonly string[]): EmbeddingRecipe["output"] | undefined {
  if (names.includes("sentence_embedding")) return "sentence_embedding";
  if (names.includes("last_hidden_state")) return "last_hidden_state";
  if (names.includes("token_embeddings")) return "token_embeddings";
  return undefined;
}
