import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { recipeForModel } from "./model-recipes.js";
import type { ModelSource } from "./model-source.js";

/**
 * The head files a model's family cannot do without (LaBSE's `2_Dense/config.json` and
 * `2_Dense/model.safetensors`) that its folder lacks; empty when nothing is missing or the
 * family has no head. Cheap (file checks only): for deciding, before any loading, whether
 * a model on disk can be used without asking (loadEmbeddingModel refuses it offline).
 *
 * @example
 * missingHeadFiles(resolveModelSource({ model: "Xenova/LaBSE" })); // ["2_Dense/config.json", "2_Dense/model.safetensors"]
 */
export function missingHeadFiles(source: ModelSource): string[] {
  const head = recipeForModel(source.hubId ?? path.basename(source.dir))?.head;
  if (!head) return [];
  let folder = head.folder;
  try {
    const modules = JSON.parse(readFileSync(path.join(source.dir, "modules.json"), "utf8")) as { path?: string; type?: string }[];
    folder = modules.find((module) => /Dense$/.test(module.type ?? ""))?.path ?? folder;
  } catch {
    // No modules.json (a plain export): the family's own folder name.
  }
  return [`${folder}/config.json`, `${folder}/model.safetensors`].filter((file) => !existsSync(path.join(source.dir, file)));
}
