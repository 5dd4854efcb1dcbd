import type { PairInput } from "@tandem/align";
import { embeddingModelOf, type NeuralArgs } from "../options/neural-options.js";

/** Sentences per document that go into its vector: the lead carries the event. */
const SENTENCES_PER_DOCUMENT = 32;

/**
 * An `embed` hook for pairDocuments: each document's vector is the mean of the
 * sentence vectors of its first {@link SENTENCES_PER_DOCUMENT} lines (the pairing text
 * holds one alignable sentence a line), from the model `--model`/`--model-dir` name.
 * The model loads at the first call, so `tandem pair` without --neural never touches it.
 *
 * @example
 * const { pairs } = await pairDocuments(docs, { embed: createDocumentEmbedder({ model: "fixtures/tiny-model", offline: true }) });
 */
export function createDocumentEmbedder(argv: NeuralArgs): (documents: readonly PairInput[]) => Promise<Float32Array[]> {
  return async (documents) => {
    const model = await embeddingModelOf(argv)();
    const vectors: Float32Array[] = [];
    for (const document of documents) {
      const sentences = document.text.split("\n").filter((line) => line.trim() !== "").slice(0, SENTENCES_PER_DOCUMENT);
      const mean = new Float32Array(model.dimensions);
      if (sentences.length > 0) {
        for (const vector of await model.embed(sentences)) for (let k = 0; k < mean.length; k++) mean[k]! += vector[k]! / sentences.length;
      }
      vectors.push(mean);
    }
    return vectors;
  };
}
