import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/** Files whose bytes change what a model computes, besides the weights. */
const CONFIG_FILES = [
  "config.json",
  "tokenizer.json",
  "tokenizer_config.json",
  "modules.json",
  "sentence_bert_config.json",
  "config_sentence_transformers.json",
];

/** Bytes read from each end of the ONNX file: hashing 500 MB of LaBSE on every run would cost seconds. */
const WEIGHT_SAMPLE = 1 << 20;

/**
 * The cache identity of a model: `<name>@<16 hex>`, the hex from SHA-256 over its
 * configuration and tokenizer files, the ONNX file's size and its first and last MiB,
 * and the recipe (pooling, dense layers, prefix). A re-exported or fine-tuned model
 * changes the key, so the embedding cache never mixes vectors of two models.
 *
 * @example
 * await computeModelKey("Xenova/LaBSE", dir, "onnx/model_quantized.onnx", { pooling: "cls" });
 * // "Xenova/LaBSE@5e0c9a1b2f3d4e6a"
 */
export async function computeModelKey(name: string, dir: string, onnxFile: string, recipe: unknown): Promise<string> {
  const hash = createHash("sha256");
  for (const file of CONFIG_FILES) {
    const bytes = await fs.readFile(path.join(dir, file)).catch(() => undefined);
    hash.update(`${file}:${bytes ? bytes.length : -1}\n`);
    if (bytes) hash.update(bytes);
  }
  const handle = await fs.open(path.join(dir, onnxFile), "r");
  try {
    const { size } = await handle.stat();
    hash.update(`${onnxFile}:${size}\n`);
    const head = Buffer.alloc(Math.min(WEIGHT_SAMPLE, size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(WEIGHT_SAMPLE, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    hash.update(head).update(tail);
  } finally {
    await handle.close();
  }
  hash.update(JSON.stringify(recipe));
  return `${name}@${hash.digest("hex").slice(0, 16)}`;
}
