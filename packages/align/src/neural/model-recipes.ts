import type { EmbeddingRecipe } from "./embedding-model.js";

/**
 * What a supported model family is known to do, for exports that lack the
 * sentence-transformers files (Xenova's ONNX conversions ship none of them). The
 * model's own files, when present, win over these.
 */
export interface ModelRecipe {
  /** Which family, for notes and the docs. */
  readonly family: string;
  readonly pooling: EmbeddingRecipe["pooling"];
  /** Prepended to every text: E5 wants "query: " on both sides of a symmetric task. */
  readonly prefix: string;
  /** max_seq_length of the model's sentence_bert_config.json. */
  readonly maxLength: number;
  /**
   * A Dense head the model cannot do without, and the sentence-transformers repository
   * that has its files (LaBSE: CLS → Dense(768→768, tanh) → normalise).
   */
  readonly head?: { readonly folder: string; readonly repo: string; readonly files: readonly string[] };
}

/** Truncation for a model that names none: what Bertalign uses for LaBSE. */
export const DEFAULT_MAX_LENGTH = 256;

/**
 * The recipes, as each model's sentence-transformers files on the hub state them:
 * - LaBSE (sentence-transformers/LaBSE): 1_Pooling CLS, 2_Dense 768→768 tanh, 3_Normalize;
 *   max_seq_length 256.
 * - multilingual-e5-small/base/large (intfloat): mean pooling, Normalize, max_seq_length 512;
 *   the model card asks for "query: " on both texts of a symmetric task (bitext mining).
 * - paraphrase-multilingual-MiniLM-L12-v2 / -mpnet-base-v2: mean pooling, no head,
 *   max_seq_length 128.
 */
const RECIPES: readonly (ModelRecipe & { readonly match: RegExp })[] = [
  {
    match: /labse/i,
    family: "LaBSE",
    pooling: "cls",
    prefix: "",
    maxLength: 256,
    head: {
      folder: "2_Dense",
      repo: "sentence-transformers/LaBSE",
      files: ["modules.json", "1_Pooling/config.json", "2_Dense/config.json", "2_Dense/model.safetensors"],
    },
  },
  { match: /(^|[/_-])(multilingual-)?e5([/_-]|$)/i, family: "multilingual-e5", pooling: "mean", prefix: "query: ", maxLength: 512 },
  {
    match: /paraphrase-multilingual-(minilm-l12-v2|mpnet-base-v2)/i,
    family: "paraphrase-multilingual",
    pooling: "mean",
    prefix: "",
    maxLength: 128,
  },
];

/**
 * The recipe of a model, by its hub id or folder name; undefined for a model of no known
 * family (then its own files decide, else mean pooling truncated at {@link DEFAULT_MAX_LENGTH}).
 *
 * @example
 * recipeForModel("Xenova/LaBSE")?.head?.repo;         // "sentence-transformers/LaBSE"
 * recipeForModel("Xenova/multilingual-e5-small")?.prefix; // "query: "
 */
export function recipeForModel(name: string): ModelRecipe | undefined {
  const found = RECIPES.find((recipe) => recipe.match.test(name));
  if (!found) return undefined;
  const { match: _match, ...recipe } = found;
  return recipe;
}
