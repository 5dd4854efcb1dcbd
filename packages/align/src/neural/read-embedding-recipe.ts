import type { DenseLayer } from "./dense-layer.js";
import { parseDenseLayer } from "./dense-layer.js";
import type { EmbeddingRecipe } from "./embedding-model.js";

/** A recipe plus what it needs at run time: Dense weights, and what the user should know. */
export interface LoadedRecipe {
  readonly recipe: Omit<EmbeddingRecipe, "output">;
  readonly denseLayers: readonly DenseLayer[];
  /** Set when the folder has a Dense module whose weights could not be read (e.g. only a pickle). */
  readonly missingDense?: string;
  /** Whether the model's modules end with a Normalize step (informational; tandem always normalises). */
  readonly normalize: boolean;
}

type ReadFile = (file: string) => Promise<Uint8Array | undefined>;

const decoder = new TextDecoder();
const readJson = async (read: ReadFile, file: string): Promise<unknown> => {
  const bytes = await read(file);
  return bytes ? JSON.parse(decoder.decode(bytes)) : undefined;
};

/**
 * Reads how a model turns token vectors into a sentence vector, from its
 * sentence-transformers files: `modules.json` (the module chain), `1_Pooling/config.json`
 * (CLS, mean, max or last-token pooling), any `Dense` module folder (config.json +
 * model.safetensors), `sentence_bert_config.json` (max_seq_length) and
 * `config_sentence_transformers.json` (prompts, e.g. E5's "query: ").
 *
 * A folder without these files (a plain transformers.js export) falls back to what
 * the model family is known to use: CLS for LaBSE, mean pooling otherwise, and the
 * "query: " prefix for E5, which wants it on both sides of a symmetric task.
 *
 * @example
 * const { recipe } = await readEmbeddingRecipe("Xenova/LaBSE", (file) => readModelFile(source, file));
 * recipe.pooling; // "cls"
 */
export async function readEmbeddingRecipe(modelName: string, read: ReadFile): Promise<LoadedRecipe> {
  const modules = (await readJson(read, "modules.json")) as { path?: string; type?: string }[] | undefined;
  const family = modelName.toLowerCase();
  const isE5 = /(^|[/_-])(multilingual-)?e5([/_-]|$)/.test(family);
  let pooling: EmbeddingRecipe["pooling"] = /labse/.test(family) ? "cls" : "mean";
  let normalize = true;
  const denseLayers: DenseLayer[] = [];
  let missingDense: string | undefined;

  if (!Array.isArray(modules) && /labse/.test(family)) {
    // LaBSE is CLS + dense(tanh) + normalise; an export without modules.json lost the dense
    // head, so the loader prefers the ONNX pooler_output (that dense+tanh) when present.
    missingDense = "LaBSE's dense head (no modules.json in the folder)";
  }
  if (Array.isArray(modules)) {
    normalize = modules.some((module) => /Normalize$/.test(module.type ?? ""));
    for (const module of modules) {
      const type = module.type ?? "";
      const folder = module.path ?? "";
      if (/Pooling$/.test(type)) {
        pooling = poolingMode(await readJson(read, `${folder}/config.json`)) ?? pooling;
      } else if (/Dense$/.test(type)) {
        const config = await readJson(read, `${folder}/config.json`);
        const weights = await read(`${folder}/model.safetensors`);
        if (config && weights) {
          denseLayers.push(parseDenseLayer(config, weights));
        } else {
          missingDense = `${folder}/ has no config.json + model.safetensors`;
        }
      }
    }
  }

  const bertConfig = (await readJson(read, "sentence_bert_config.json")) as { max_seq_length?: number } | undefined;
  const stConfig = (await readJson(read, "config_sentence_transformers.json")) as
    | { prompts?: Record<string, string> }
    | undefined;
  // Alignment compares sentence with sentence: a symmetric task, so both sides get the
  // query prompt, as E5's model card advises.
  const prefix = stConfig?.prompts?.query ?? (isE5 ? "query: " : "");
  const maxLength = bertConfig?.max_seq_length;
  return {
    recipe: { pooling, dense: denseLayers.map(({ inFeatures, outFeatures, activation }) => ({ inFeatures, outFeatures, activation })), prefix, ...(maxLength ? { maxLength } : {}) },
    denseLayers,
    normalize,
    ...(missingDense ? { missingDense } : {}),
  };
}

function poolingMode(config: unknown): EmbeddingRecipe["pooling"] | undefined {
  if (!config || typeof config !== "object") return undefined;
  const flags = config as Record<string, unknown>;
  if (typeof flags.pooling_mode === "string") {
    const mode = flags.pooling_mode.toLowerCase();
    if (mode === "cls" || mode === "mean" || mode === "max" || mode === "lasttoken") return mode;
  }
  if (flags.pooling_mode_cls_token) return "cls";
  if (flags.pooling_mode_lasttoken) return "lasttoken";
  if (flags.pooling_mode_max_tokens) return "max";
  // mean_sqrt_len only rescales each vector, which normalising undoes.
  if (flags.pooling_mode_mean_tokens || flags.pooling_mode_mean_sqrt_len_tokens) return "mean";
  return undefined;
}
