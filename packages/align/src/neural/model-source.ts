import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Where a model's files are, or will be once downloaded. */
export interface ModelSource {
  /** What the user named: a hub id ("Xenova/LaBSE") or a folder path as given. */
  readonly name: string;
  /** Set when `name` is a hub id; such a model lives in `<modelDir>/<hubId>/`. */
  readonly hubId?: string;
  /** The folder holding config.json, tokenizer.json and onnx/ (absolute). */
  readonly dir: string;
  /** The folder of all models (the transformers.js cache and local model path). */
  readonly modelDir: string;
}

/** Options naming a model, as `--model`, `--model-dir` and `--offline` give them. */
export interface ModelLocationOptions {
  /** A hub id or a folder path; default {@link DEFAULT_MODEL}. */
  readonly model?: string;
  /** Folder of downloaded/offline models laid out as `<modelDir>/<org>/<name>/`; default {@link defaultModelDir}. */
  readonly modelDir?: string;
}

/** The model Bertalign uses: LaBSE, converted to ONNX for transformers.js. */
export const DEFAULT_MODEL = "Xenova/LaBSE";

/**
 * Where models go when nobody says: `$XDG_CACHE_HOME/tandem/models`, else
 * `~/.cache/tandem/models`. Never transformers.js's own default, which is inside
 * node_modules and vanishes with the next install.
 *
 * @example
 * defaultModelDir({ HOME: "/home/ann" }); // "/home/ann/.cache/tandem/models"
 */
export function defaultModelDir(environment: NodeJS.ProcessEnv = process.env): string {
  const cacheHome = environment.XDG_CACHE_HOME || path.join(environment.HOME || os.homedir(), ".cache");
  return path.join(cacheHome, "tandem", "models");
}

/**
 * Decides whether `model` is a folder or a hub id and where its files are.
 * A path (absolute, starting with `.`, or an existing folder) is used as is;
 * anything else is a hub id looked up under `modelDir`. With no `model` and a
 * `modelDir` that is itself a model folder (has config.json), that folder is the model.
 *
 * @example
 * resolveModelSource({ model: "Xenova/LaBSE", modelDir: "/models" }).dir; // "/models/Xenova/LaBSE"
 * resolveModelSource({ model: "./fixtures/tiny-model" }).hubId;           // undefined
 * resolveModelSource({ modelDir: "./fixtures/tiny-model" }).dir;         // that folder: it holds config.json
 */
export function resolveModelSource(options: ModelLocationOptions = {}): ModelSource {
  const modelDir = path.resolve(options.modelDir ?? defaultModelDir());
  if (options.model === undefined && existsSync(path.join(modelDir, "config.json"))) {
    // `--model-dir` given the model folder itself (what an offline user copied over):
    // take it as the model rather than looking for Xenova/LaBSE inside it.
    return { name: modelDir, dir: modelDir, modelDir };
  }
  const name = options.model ?? DEFAULT_MODEL;
  const looksLikePath = path.isAbsolute(name) || name.startsWith(".") || name.startsWith("~");
  if (looksLikePath || isDirectory(name)) {
    const expanded = name.startsWith("~") ? path.join(os.homedir(), name.slice(1)) : name;
    return { name, dir: path.resolve(expanded), modelDir };
  }
  return { name, hubId: name, dir: path.join(modelDir, ...name.split("/")), modelDir };
}

/**
 * True when the model's folder holds what loading needs (config.json, tokenizer.json
 * and an ONNX file under onnx/), so it can run with downloads off. Cheap: no loading.
 *
 * @example
 * if (isModelAvailable(resolveModelSource({ modelDir }))) scorer = "hybrid";
 */
export function isModelAvailable(source: ModelSource): boolean {
  const has = (file: string) => existsSync(path.join(source.dir, file));
  if (!has("config.json") || !has("tokenizer.json")) return false;
  return findOnnxFiles(source.dir).length > 0;
}

/** ONNX files under `<dir>/onnx/`, by name. */
export function findOnnxFiles(dir: string): string[] {
  try {
    return readdirSync(path.join(dir, "onnx")).filter((file) => file.endsWith(".onnx")).sort();
  } catch {
    return [];
  }
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
