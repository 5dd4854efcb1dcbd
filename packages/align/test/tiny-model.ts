import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EmbeddingModel } from "@tandem/align";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** The committed tiny ONNX model (scripts/make-tiny-model.ts): offline, ~50 KB. */
export const tinyModelDir = path.join(repoRoot, "fixtures/tiny-model");

/** A scratch copy of the tiny model, to vary its sentence-transformers files. */
export function copyTinyModel(): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), "tandem-neural-"));
  const dir = path.join(root, "tiny-model");
  cpSync(tinyModelDir, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Wraps a model so a test can count its calls and the texts it saw. */
export function countCalls(model: EmbeddingModel): EmbeddingModel & { calls: number; texts: number } {
  const counted = {
    ...model,
    calls: 0,
    texts: 0,
    async embed(texts: readonly string[]) {
      counted.calls++;
      counted.texts += texts.length;
      return model.embed(texts);
    },
  };
  return counted;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
