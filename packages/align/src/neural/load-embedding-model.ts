import path from "node:path";
import type { AutoModel, AutoTokenizer } from "@huggingface/transformers";
import { TandemError } from "@tandem/segment";
import { computeModelKey } from "./compute-model-key.js";
import { applyDenseLayer } from "./dense-layer.js";
import type { EmbeddingModel, EmbeddingRecipe } from "./embedding-model.js";
import type { ModelLocationOptions } from "./model-source.js";
import { findOnnxFiles, isModelAvailable, resolveModelSource } from "./model-source.js";
import { normalizeVector } from "./normalize-vector.js";
import { poolTokens } from "./pool-tokens.js";
import { readEmbeddingRecipe } from "./read-embedding-recipe.js";
import { readModelFile } from "./read-model-file.js";
import { toModelError } from "./to-model-error.js";

/** How to find and load a sentence encoder. */
export interface LoadEmbeddingModelOptions extends ModelLocationOptions {
  /** Forbid downloads: only `modelDir` (or the folder given as `model`) is read. */
  readonly offline?: boolean;
  /**
   * Which ONNX weights: "fp32" reads onnx/model.onnx, "q8" onnx/model_quantized.onnx.
   * Default: what the folder has (fp32 first); for a download, q8 (LaBSE: ~470 MB
   * instead of ~1.9 GB, at a small cost in precision).
   */
  readonly dtype?: "fp32" | "fp16" | "q8" | "int8" | "uint8" | "q4";
}

const SUFFIX: Record<NonNullable<LoadEmbeddingModelOptions["dtype"]>, string> = {
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

/**
 * Loads a sentence encoder through transformers.js (@huggingface/transformers v4) from
 * a folder or a hub id, pools and normalises as its sentence-transformers files say.
 *
 * transformers.js is told exactly where to look: `env.localModelPath` and `env.cacheDir`
 * are both `modelDir` (never the default cache inside node_modules), so a download
 * lands in `<modelDir>/<org>/<name>/` and the same folder works offline next time.
 * Downloads happen only for hub ids and only without `offline`.
 *
 * Throws TandemError MODEL_MISSING when the model is not there (and cannot be
 * downloaded), MODEL_BAD when it is there but unusable.
 *
 * @example
 * const model = await loadEmbeddingModel({ model: "Xenova/LaBSE", modelDir: "/data/models", offline: true });
 * const [a, b] = await model.embed(["De minister sprak.", "The minister spoke."]);
 */
export async function loadEmbeddingModel(options: LoadEmbeddingModelOptions = {}): Promise<EmbeddingModel> {
  // Loaded on first use: the ONNX runtime costs ~350 MB of memory and a second of start-up,
  // which every lexical-only command would otherwise pay.
  const { AutoConfig, AutoModel: Model, AutoTokenizer: Tokenizer, env, LogLevel } = await import("@huggingface/transformers");
  const source = resolveModelSource(options);
  const downloads = !options.offline && source.hubId !== undefined;
  env.allowLocalModels = true;
  env.allowRemoteModels = downloads;
  env.localModelPath = source.modelDir;
  env.cacheDir = source.modelDir;
  env.useFSCache = true;
  // A library must not print; failures reach the caller as errors instead.
  env.logLevel = LogLevel.NONE;

  const onnxFiles = findOnnxFiles(source.dir);
  const dtype =
    options.dtype ?? (onnxFiles.includes("model.onnx") ? "fp32" : onnxFiles.includes("model_quantized.onnx") ? "q8" : downloads ? "q8" : "fp32");
  const onnxFile = `onnx/model${SUFFIX[dtype]}.onnx`;
  const id = source.hubId ?? source.dir;

  let tokenizer: Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;
  let model: Awaited<ReturnType<typeof AutoModel.from_pretrained>>;
  try {
    if (!downloads && !isModelAvailable(source)) {
      // Checked up front: transformers.js reports a missing tokenizer.json as a TypeError
      // about `tokenizer_class`, which would read as a broken model, not a missing one.
      throw Object.assign(new Error(`file was not found locally at "${source.dir}"`), { name: "ModelFileNotFoundError" });
    }
    // The config first: its failure is the clearest (not found, or fetch failed).
    await AutoConfig.from_pretrained(id, { local_files_only: !downloads });
    tokenizer = await Tokenizer.from_pretrained(id, { local_files_only: !downloads });
    model = await Model.from_pretrained(id, {
      dtype,
      device: "cpu",
      local_files_only: !downloads,
      session_options: { logSeverityLevel: 3 },
    });
  } catch (error) {
    throw toModelError(error, source, { downloads });
  }

  const download = downloads ? { remoteHost: env.remoteHost, remotePathTemplate: env.remotePathTemplate } : undefined;
  let loaded;
  try {
    // The family (LaBSE, E5) is read from the hub id or the folder's own name, never from
    // the folders above it: /tmp/labse-tests/MiniLM is no LaBSE.
    const family = source.hubId ?? path.basename(source.dir);
    loaded = await readEmbeddingRecipe(family, (file) => readModelFile(source, file, download));
  } catch (error) {
    throw new TandemError("MODEL_BAD", `model ${source.name}: ${error instanceof Error ? error.message : String(error)}`, {}, { cause: error });
  }

  const sessions = (model as unknown as { sessions: Record<string, { outputNames: string[] }> }).sessions;
  const outputNames = sessions.model?.outputNames ?? [];
  const output = chooseOutput(outputNames, loaded.missingDense !== undefined && loaded.recipe.pooling === "cls");
  if (!output) {
    throw new TandemError("MODEL_BAD", `model ${source.name} has no token or sentence output (outputs: ${outputNames.join(", ")})`);
  }
  const notes: string[] = [];
  if (loaded.missingDense && output !== "pooler_output" && output !== "sentence_embedding") {
    // Still usable for alignment, but not the vectors the model was trained to give.
    notes.push(
      `model ${source.name}: ${loaded.missingDense} and the ONNX file has no pooler_output, so vectors are ${loaded.recipe.pooling}-pooled without the dense layer`,
    );
  }
  const recipe: EmbeddingRecipe = { ...loaded.recipe, output };
  const key = await computeModelKey(source.hubId ?? path.basename(source.dir), source.dir, onnxFile, recipe).catch((error: unknown) => {
    throw toModelError(error, source, { downloads: false });
  });

  const hidden = Number((model as unknown as { config: { hidden_size?: number } }).config.hidden_size ?? 0);
  const dimensions = recipe.dense.at(-1)?.outFeatures ?? hidden;

  return {
    name: source.name,
    key,
    dimensions,
    recipe,
    notes,
    async embed(texts) {
      if (texts.length === 0) return [];
      const inputs = (tokenizer as unknown as (t: string[], o: object) => Record<string, TensorLike>)(
        texts.map((text) => recipe.prefix + text),
        { padding: true, truncation: true, ...(recipe.maxLength ? { max_length: recipe.maxLength } : {}) },
      );
      const outputs = (await (model as unknown as (i: object) => Promise<Record<string, TensorLike>>)(inputs)) ?? {};
      const tensor = outputs[output]!;
      let vectors: Float32Array[];
      if (output === "sentence_embedding" || output === "pooler_output") {
        const width = tensor.dims.at(-1)!;
        const data = tensor.data as Float32Array;
        vectors = texts.map((_, row) => data.slice(row * width, (row + 1) * width));
      } else {
        vectors = poolTokens(tensor.data as ArrayLike<number>, tensor.dims, inputs.attention_mask!.data, recipe.pooling);
        for (const layer of loaded.denseLayers) vectors = vectors.map((vector) => applyDenseLayer(layer, vector));
      }
      return vectors.map(normalizeVector);
    },
  };
}

/**
 * Which ONNX output gives the sentence vector. An export with the sentence-transformers
 * head has `sentence_embedding` (pooling and dense done inside). Otherwise token vectors
 * are pooled here. `pooler_output` (BERT's dense+tanh over CLS) stands in for a Dense
 * module whose weights we cannot read, as LaBSE's 2_Dense is that same layer.
 */
function chooseOutput(names: readonly string[], preferPooler: boolean): EmbeddingRecipe["output"] | undefined {
  if (names.includes("sentence_embedding")) return "sentence_embedding";
  if (preferPooler && names.includes("pooler_output")) return "pooler_output";
  if (names.includes("last_hidden_state")) return "last_hidden_state";
  if (names.includes("token_embeddings")) return "token_embeddings";
  return undefined;
}
