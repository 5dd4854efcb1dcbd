import {
  createHybridScorer,
  createMemoryEmbeddingCache,
  createNeuralScorer,
  defaultModelDir,
  isModelAvailable,
  loadEmbeddingModel,
  resolveModelSource,
  type EmbeddingCache,
  type EmbeddingModel,
  type LoadEmbeddingModelOptions,
  type SpanScorer,
} from "@tandem/align";
import { openEmbeddingCache } from "../store/index.js";

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
} as const;

/** The parsed neural options, plus the store options of commands that have them. */
export interface NeuralArgs {
  model?: string;
  "model-dir"?: string;
  offline?: boolean;
  /** `tandem align`'s database: embeddings are cached in it. */
  db?: string;
  /** false with `--no-store`: then nothing is written to the database, embeddings neither. */
  store?: boolean;
}

/** Where the model is, from the options and TANDEM_MODEL_DIR. */
export function modelOptionsOf(argv: NeuralArgs): LoadEmbeddingModelOptions {
  return {
    ...(argv.model ? { model: argv.model } : {}),
    modelDir: argv["model-dir"] ?? process.env.TANDEM_MODEL_DIR ?? defaultModelDir(),
    offline: argv.offline ?? false,
  };
}

/**
 * The scorer to use when the user names none: hybrid when the model is already on
 * disk (so nothing is downloaded unasked), else lexical. The note says which and why,
 * once per run.
 */
export function defaultScorerMethod(argv: NeuralArgs): { method: "hybrid" | "lexical"; note: string } {
  const source = resolveModelSource(modelOptionsOf(argv));
  return isModelAvailable(source)
    ? { method: "hybrid", note: `scorer: hybrid (model ${source.hubId ? `${source.hubId} in ${source.dir}` : `folder ${source.dir}`})` }
    : {
        method: "lexical",
        note: `scorer: lexical (no model in ${source.dir}; --scorer neural downloads ${source.name}, see docs/neural.md)`,
      };
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

/**
 * The neural scorer (or the hybrid of it and `lexical`), with the model loaded at the
 * first document pair and embeddings cached in the run database when there is one.
 */
export function createNeuralScorerFromArgs(argv: NeuralArgs, lexical?: SpanScorer): SpanScorer {
  const cache: EmbeddingCache = argv.db && argv.store !== false ? openEmbeddingCache(argv.db) : createMemoryEmbeddingCache();
  const options = modelOptionsOf(argv);
  const neural = createNeuralScorer({ model: () => loadModelOnce(options), cache });
  return lexical ? createHybridScorer(neural, lexical) : neural;
}
