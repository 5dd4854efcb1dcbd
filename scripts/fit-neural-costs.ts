/**
 * Fits the DP prices of the neural scorer on Text+Berg dev (a script, not a test): the
 * lexical prices (deletion 0.6, merge 0.15, margin 0.5) were tuned for lexical
 * similarities, whose scale is not the normalised cosine's. Aligns Text+Berg dev with the
 * neural scorer through an embeddings endpoint for every point of a grid of deletion,
 * merge, margin and size-exponent prices and prints micro strict / lax F1, best last.
 *
 *   pnpm exec tsx --conditions=source scripts/fit-neural-costs.ts --embeddings-url http://127.0.0.1:8000/v1 --model intfloat/multilingual-e5-small
 *
 * Vectors come from the bench's embedding cache (~/.cache/tandem/embeddings.db, or
 * $TANDEM_EMBEDDING_CACHE), so run `tandem bench textberg --split dev --scorer neural …`
 * once first; only concatenations a new path needs go to the server.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  alignSentences,
  connectEmbeddingEndpoint,
  createNeuralScorer,
  evaluateAlignment,
  summarizeCounts,
  type AlignCosts,
} from "../packages/align/src/index.js";
import { textberg } from "../packages/cli/src/bench/textberg.js";
import { openEmbeddingCache } from "../packages/cli/src/store/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const url = option("--embeddings-url");
const name = option("--model");
if (!url || !name) {
  process.stderr.write("usage: fit-neural-costs.ts --embeddings-url URL --model NAME [--split dev]\n");
  process.exit(2);
}
const model = await connectEmbeddingEndpoint({ url, model: name, ...(process.env.TANDEM_EMBEDDINGS_KEY ? { apiKey: process.env.TANDEM_EMBEDDINGS_KEY } : {}) });
const cache = openEmbeddingCache(process.env.TANDEM_EMBEDDING_CACHE || path.join(os.homedir(), ".cache/tandem/embeddings.db"));
const documents = await textberg.load(path.join(root, "../shared/bench/textberg-de-fr"), option("--split") ?? "dev");
const scorer = createNeuralScorer({ model, cache });

const rows: { costs: Partial<AlignCosts>; strict: number; lax: number }[] = [];
// sizeExponent 2 and deletion 0.4 were tried first and lost 0.17 and 0.01 strict F1 (docs/neural.md).
for (const deletion of [0.6, 0.8]) {
  for (const merge of [0.15, 0.3, 0.5]) {
    for (const manyToMany of [0, 0.3]) {
      const margin = 0.5;
      const costs = { deletion, merge, margin, manyToMany };
      const counts = [];
      for (const doc of documents) {
        const { beads } = await alignSentences(doc.source, doc.target, { scorer, maxBead: 4, costs });
        counts.push(evaluateAlignment(doc.gold, beads));
      }
      const summary = summarizeCounts(counts);
      rows.push({ costs, strict: summary.strict.f1, lax: summary.lax.f1 });
      process.stdout.write(`deletion ${deletion}  merge ${merge}  margin ${margin}  manyToMany ${manyToMany}  strict F1 ${summary.strict.f1.toFixed(3)}  lax F1 ${summary.lax.f1.toFixed(3)}\n`);
    }
  }
}
const best = rows.reduce((a, b) => (b.strict > a.strict ? b : a));
process.stdout.write(`best: ${JSON.stringify(best.costs)} strict F1 ${best.strict.toFixed(3)} lax F1 ${best.lax.toFixed(3)}\n`);
