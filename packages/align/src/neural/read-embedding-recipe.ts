import type { DenseLayer } from "./dense-layer.js";
import { parseDenseLayer } from "./dense-layer.js";
import type { EmbeddingRecipe } from "./embedding-model.js";
import { DEFAULT_MAX_LENGTH, recipeForModel } from "./model-recipes.js";

/** A recipe plus what it needs at run time: Dense weights, and what the user should know. */
export interface LoadedRecipe {
  readonly recipe: Omit<EmbeddingRecipe, "output">;
  readonly denseLayers: readonly DenseLayer[];
  /** Set when the folder has a Dense module whose weights could not be read (e.g. only a pickle). */
  readonly missingDense?: string;
  /**
   * The files of a head the model family cannot do without (LaBSE's 2_Dense) that are
   * neither in the folder nor downloadable; the loader refuses unless raw CLS was asked for.
   */
  readonly missingHead?: { readonly files: readonly string[]; readonly repo: string };
  /** Whether the model's modules end with a Normalize step (informational; tandem always normalises). */
  readonly normalize: boolean;
}

/** Options of {@link readEmbeddingRecipe}. */
export interface ReadRecipeOptions {
  /**
   * Reads a file of the family's head from the model folder, fetching it first from the
   * head's repository (sentence-transformers/LaBSE) when downloads are on. Default: `read`.
   */
  readonly readHead?: (file: string, repo: string) => Promise<Uint8Array | undefined>;
  /** Use the pooled vector without the family's head (LaBSE: raw CLS), instead of refusing. */
  readonly rawCls?: boolean;
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
 * A folder without these files (a plain transformers.js export) falls back to the
 * family's recipe (see recipeForModel): CLS + the 2_Dense head for LaBSE, whose files are
 * read from the folder or fetched from sentence-transformers/LaBSE; mean pooling and
 * "query: " for E5; mean pooling otherwise. Truncation: the model's max_seq_length, else
 * the recipe's, else 256.
 *
 * @example
 * const { recipe } = await readEmbeddingRecipe("Xenova/LaBSE", (file) => readModelFile(source, file));
 * recipe.pooling; // "cls"
 */
export async function readEmbeddingRecipe(modelName: string, read: ReadFile, options: ReadRecipeOptions = {}): Promise<LoadedRecipe> {
  const modules = (await readJson(read, "modules.json")) as { path?: string; type?: string }[] | undefined;
  const known = recipeForModel(modelName);
  let pooling: EmbeddingRecipe["pooling"] = known?.pooling ?? "mean";
  let normalize = true;
  const denseLayers: DenseLayer[] = [];
  let missingDense: string | undefined;
  let missingHead: LoadedRecipe["missingHead"];

  if (Array.isArray(modules)) {
    normalize = modules.some((module) => /Normalize$/.test(module.type ?? ""));
    for (const module of modules) {
      const type = module.type ?? "";
      const folder = module.path ?? "";
      if (/Pooling$/.test(type)) {
        pooling = poolingMode(await readJson(read, `${folder}/config.json`)) ?? pooling;
      } else if (/Dense$/.test(type)) {
        if (options.rawCls && known?.head) continue;
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
  if (known?.head && denseLayers.length === 0 && !options.rawCls) {
    // The export lost the head (Xenova/LaBSE has only last_hidden_state): take its files
    // from the folder, or from the repository that has them, as text-embeddings-inference does.
    const { folder, repo, files } = known.head;
    const readHead = options.readHead ?? ((file: string) => read(file));
    const bytes = new Map<string, Uint8Array | undefined>();
    for (const file of files) bytes.set(file, await readHead(file, repo));
    const config = bytes.get(`${folder}/config.json`);
    const weights = bytes.get(`${folder}/model.safetensors`);
    if (config && weights) {
      denseLayers.push(parseDenseLayer(JSON.parse(decoder.decode(config)), weights));
      const poolingConfig = bytes.get("1_Pooling/config.json");
      if (poolingConfig && !Array.isArray(modules)) pooling = poolingMode(JSON.parse(decoder.decode(poolingConfig))) ?? pooling;
      missingDense = undefined;
    } else {
      missingHead = { repo, files: [`${folder}/config.json`, `${folder}/model.safetensors`].filter((file) => !bytes.get(file)) };
    }
  }

  const bertConfig = (await readJson(read, "sentence_bert_config.json")) as { max_seq_length?: number } | undefined;
  const stConfig = (await readJson(read, "config_sentence_transformers.json")) as
    | { prompts?: Record<string, string> }
    | undefined;
  // Alignment compares sentence with sentence: a symmetric task, so both sides get the
  // query prompt, as E5's model card advises.
  const prefix = stConfig?.prompts?.query ?? known?.prefix ?? "";
  const maxLength = bertConfig?.max_seq_length ?? known?.maxLength ?? DEFAULT_MAX_LENGTH;
  return {
    recipe: { pooling, dense: denseLayers.map(({ inFeatures, outFeatures, activation }) => ({ inFeatures, outFeatures, activation })), prefix, maxLength },
    denseLayers,
    normalize,
    ...(missingDense ? { missingDense } : {}),
    ...(missingHead ? { missingHead } : {}),
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
