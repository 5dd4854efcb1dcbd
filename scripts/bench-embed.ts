/**
 * Embedding throughput and cache speed-up of the neural scorer (a script, not a test:
 * it measures time). Offline, on the tiny model by default:
 *
 *   pnpm exec tsx --conditions=source scripts/bench-embed.ts [--model DIR_OR_ID] [--model-dir DIR] [--rounds N]
 *
 * Texts: the Text+Berg dev sentences (de + fr, one per line) if ../shared/bench is there,
 * else the seed articles' lines. Prints sentences/s at batch sizes 1, 8 and 32 (best
 * of N rounds, no cache), then a cold and a warm pass through the SQLite embedding cache
 * (the cache as `tandem align` uses it: the database opened per look-up and per batch).
 *
 * The tiny model's "network" is a table look-up, so its numbers measure tandem's and
 * transformers.js's overhead (tokenising, ONNX Runtime calls, pooling, hashing, SQLite),
 * not a transformer: LaBSE does ~100x more work per token.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
// The root package does not depend on the workspace packages; scripts run from sources.
import { embedTexts, loadEmbeddingModel } from "../packages/align/src/index.js";
import { openEmbeddingCache } from "../packages/cli/src/store/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const rounds = Number(option("--rounds") ?? 3);

function loadTexts(): { texts: string[]; from: string } {
  const bench = path.resolve(root, "../shared/bench/textberg-de-fr");
  if (existsSync(path.join(bench, "dev.de"))) {
    const lines = ["dev.de", "dev.fr"].flatMap((file) => readFileSync(path.join(bench, file), "utf8").split("\n"));
    return { texts: [...new Set(lines.map((line) => line.trim()).filter(Boolean))], from: "Text+Berg dev (de + fr)" };
  }
  const seeds = readdirSync(path.join(root, "seeds")).filter((file) => file.endsWith(".txt"));
  const lines = seeds.flatMap((file) => readFileSync(path.join(root, "seeds", file), "utf8").split("\n"));
  return { texts: [...new Set(lines.map((line) => line.trim()).filter(Boolean))], from: "seed article lines" };
}

const modelArg = option("--model") ?? path.join(root, "fixtures/tiny-model");
const model = await loadEmbeddingModel({ model: modelArg, ...(option("--model-dir") ? { modelDir: option("--model-dir")! } : {}), offline: true });
const { texts, from } = loadTexts();
process.stdout.write(`model ${model.name} (${model.dtype}, ${model.dimensions} dims, ${model.recipe.pooling} pooling); ${texts.length} distinct texts from ${from}\n`);

await embedTexts(model, texts.slice(0, 64), { batchSize: 32 }); // warm-up: ONNX Runtime's first run allocates
let uncachedMs = 0;
for (const batchSize of [1, 8, 32]) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await embedTexts(model, texts, { batchSize });
    best = Math.min(best, performance.now() - started);
  }
  uncachedMs = best;
  const tokens = model.stats?.().tokens ?? 0;
  process.stdout.write(
    `batch ${String(batchSize).padStart(2)}: ${(texts.length / (best / 1000)).toFixed(0).padStart(6)} sentences/s (${best.toFixed(0)} ms, best of ${rounds}); ` +
      `${tokens} tokens through the encoder so far\n`,
  );
}

const dir = mkdtempSync(path.join(os.tmpdir(), "tandem-bench-embed-"));
try {
  const cache = openEmbeddingCache(path.join(dir, "tandem.db"));
  let started = performance.now();
  const cold = await embedTexts(model, texts, { batchSize: 32, cache });
  const coldMs = performance.now() - started;
  started = performance.now();
  const warm = await embedTexts(model, texts, { batchSize: 32, cache });
  const warmMs = performance.now() - started;
  process.stdout.write(
    `SQLite cache: cold ${coldMs.toFixed(0)} ms (${cold.computed} embedded), warm ${warmMs.toFixed(0)} ms ` +
      `(${warm.cached} from the cache, ${warm.computed} embedded): ${(coldMs / warmMs).toFixed(1)}x faster than cold, ` +
      `${(uncachedMs / warmMs).toFixed(1)}x faster than embedding without a cache (batch 32)\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
