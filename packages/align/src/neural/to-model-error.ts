import { TandemError } from "@tandem/segment/core";
import type { ModelSource } from "./model-source.js";

/**
 * Turns a failed model load into one TandemError that names the model and how to
 * supply it. Two causes look very different underneath but mean the same to a user:
 * with downloads off, transformers.js throws ModelFileNotFoundError ("file was not
 * found locally") within ~15 ms; with downloads on and no network, fetch throws
 * "fetch failed" (ENOTFOUND) within ~30 ms. Anything else is a broken model (MODEL_BAD).
 *
 * @example
 * try { await load(); } catch (error) { throw toModelError(error, source, { downloads: false }); }
 */
export function toModelError(error: unknown, source: ModelSource, options: { downloads: boolean }): TandemError {
  if (error instanceof TandemError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : "";
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  const notFound =
    name === "ModelFileNotFoundError" ||
    /not found locally|Could not locate file|Local file missing|ENOENT/i.test(message);
  const offline = /fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network/i.test(`${message} ${cause}`);
  const where = source.dir;
  const howTo = source.hubId
    ? `download it on a machine with internet (tandem align … --scorer neural --model ${source.hubId} --model-dir DIR, then copy DIR) or pass --model-dir DIR holding ${source.hubId}/`
    : "pass --model with a folder holding config.json, tokenizer.json and onnx/model.onnx";
  if (notFound && (!source.hubId || !options.downloads)) {
    const message = source.hubId
      ? `model ${source.name} not found in ${where} and downloads are off; ${howTo}`
      : `model folder ${where} lacks config.json, tokenizer.json or onnx/*.onnx; pass --model with a complete folder, or a hub id such as Xenova/LaBSE`;
    return new TandemError("MODEL_MISSING", message, {}, { cause: error });
  }
  if (offline || notFound) {
    const why = offline ? `could not be downloaded (${cause || message})` : `is not on the hub (${message})`;
    return new TandemError("MODEL_MISSING", `model ${source.name} not found in ${where} and ${why}; ${howTo}`, {}, { cause: error });
  }
  return new TandemError("MODEL_BAD", `model ${source.name} in ${where} could not be loaded: ${message.split("\n")[0]}`, {}, { cause: error });
}
