/**
 * What embedding concatenations only near the path gives up (a script, not a test).
 *
 *   pnpm exec tsx --conditions=source scripts/compare-span-modes.ts [--model DIR_OR_ID] [--model-dir DIR] [--data DIR]
 *
 * Aligns the seven Text+Berg test documents with the neural scorer in each span mode:
 * "all" (every span of 2–4 sentences embedded as concatenated text, as Vecalign), "near-path"
 * at concatenation budgets 0.25, 0.5 and 1 (× the sentences' characters), and "sum" (no
 * concatenation). Prints, per mode: tokens through the encoder as a multiple of the
 * sentences' tokens, strict F1 against the gold, and how many of the beads of "all" it
 * reproduces, overall and among the unambiguous ones (1-1 beads whose similarity beats the
 * runner-up for both sentences by 0.2 or more).
 *
 * Default model: the tiny fixture (fixtures/tiny-model), which knows a few hundred
 * nl/en/fr/de words: its F1 is low and means little, the agreement between modes is what
 * it shows. With a real model (--model-dir holding Xenova/LaBSE) the F1 column is quality.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  alignSentences,
  createNeuralScorer,
  evaluateAlignment,
  loadEmbeddingModel,
  parseAlignFile,
  summarizeCounts,
  type Bead,
  type NeuralScorerOptions,
} from "../packages/align/src/index.js"; // the root package does not depend on @tandem/align; scripts run from sources

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const data = path.resolve(option("--data") ?? path.join(root, "../shared/bench/textberg-de-fr"));
const model = await loadEmbeddingModel({
  model: option("--model") ?? path.join(root, "fixtures/tiny-model"),
  ...(option("--model-dir") ? { modelDir: option("--model-dir")! } : {}),
  offline: true,
});
const read = (file: string) => readFileSync(path.join(data, file), "utf8").replace(/\n$/, "").split("\n");
const documents = [0, 1, 2, 3, 4, 5, 6].map((k) => ({
  source: read(`test${k}.de`),
  target: read(`test${k}.fr`),
  gold: parseAlignFile(readFileSync(path.join(data, `test${k}.defr`), "utf8")),
}));
let sentenceTokens = 0;
{
  const scorer = createNeuralScorer({ model, spans: "sum" });
  for (const doc of documents) await scorer.prepare(doc.source, doc.target, { maxBead: 4 });
  sentenceTokens = scorer.encoder().tokens;
}

const modes: { label: string; options: Partial<NeuralScorerOptions> }[] = [
  { label: "all", options: { spans: "all" } },
  { label: "near-path 1", options: { spans: "near-path", concatBudget: 1 } },
  { label: "near-path 0.5", options: { spans: "near-path", concatBudget: 0.5 } },
  { label: "near-path 0.25", options: { spans: "near-path", concatBudget: 0.25 } },
  { label: "sum", options: { spans: "sum" } },
];
const key = (bead: Bead) => `${bead.source.join(",")}|${bead.target.join(",")}`;
let reference: { all: Set<string>; clear: Set<string> }[] | undefined;
process.stdout.write(`model ${model.name} (${model.dtype}); sentences: ${sentenceTokens} tokens\n`);
process.stdout.write("mode            tokens/sentences  strict F1  same beads as all  same unambiguous beads\n");
for (const mode of modes) {
  const scorer = createNeuralScorer({ model, ...mode.options });
  const counts = [];
  const beadsPerDocument: { all: Set<string>; clear: Set<string> }[] = [];
  for (const doc of documents) {
    const { beads, prepared } = await alignSentences(doc.source, doc.target, { scorer, maxBead: 4 });
    counts.push(evaluateAlignment(doc.gold, beads));
    const clear = new Set<string>();
    for (const bead of beads) {
      if (bead.source.length !== 1 || bead.target.length !== 1) continue;
      const [i, j] = [bead.source[0]!, bead.target[0]!];
      const best = prepared.similarity(i, i + 1, j, j + 1);
      let runnerUp = 0;
      for (let k = Math.max(0, j - 5); k < Math.min(doc.target.length, j + 6); k++) if (k !== j) runnerUp = Math.max(runnerUp, prepared.similarity(i, i + 1, k, k + 1));
      for (let k = Math.max(0, i - 5); k < Math.min(doc.source.length, i + 6); k++) if (k !== i) runnerUp = Math.max(runnerUp, prepared.similarity(k, k + 1, j, j + 1));
      if (best - runnerUp >= 0.2) clear.add(key(bead));
    }
    beadsPerDocument.push({ all: new Set(beads.map(key)), clear });
  }
  reference ??= beadsPerDocument;
  let same = 0;
  let total = 0;
  let sameClear = 0;
  let totalClear = 0;
  beadsPerDocument.forEach((doc, k) => {
    for (const bead of reference![k]!.all) {
      total++;
      if (doc.all.has(bead)) same++;
    }
    for (const bead of reference![k]!.clear) {
      totalClear++;
      if (doc.all.has(bead)) sameClear++;
    }
  });
  const { tokens } = scorer.encoder();
  const f1 = summarizeCounts(counts).strict.f1;
  process.stdout.write(
    `${mode.label.padEnd(16)}${(tokens / sentenceTokens).toFixed(2).padStart(16)}  ${f1.toFixed(3).padStart(9)}  ${`${same}/${total}`.padStart(17)}  ${`${sameClear}/${totalClear}`.padStart(22)}\n`,
  );
}
