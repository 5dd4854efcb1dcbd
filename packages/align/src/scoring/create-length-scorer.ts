import { lengthProbability } from "./length-probability.js";
import { prefixLengths } from "./prefix-lengths.js";
import type { PreparedScorer, SpanScorer } from "./span-scorer.js";

/**
 * The Gale & Church baseline: similarity is the length probability of the two spans
 * (see {@link lengthProbability}), with the target/source length ratio of the whole
 * document pair as c. Knows nothing of words, so it is the floor every other scorer
 * must beat on `tandem bench`.
 *
 * @example
 * const result = await alignSentences(source, target, { scorer: createLengthScorer() });
 */
export function createLengthScorer(): SpanScorer {
  return {
    name: "length",
    async prepare(source, target): Promise<PreparedScorer> {
      const sourceSums = prefixLengths(source);
      const targetSums = prefixLengths(target);
      const ratio = sourceSums[source.length]! > 0 && targetSums[target.length]! > 0
        ? targetSums[target.length]! / sourceSums[source.length]!
        : 1;
      const length = (i0: number, i1: number, j0: number, j1: number) =>
        lengthProbability(sourceSums[i1]! - sourceSums[i0]!, targetSums[j1]! - targetSums[j0]!, ratio);
      return {
        // Length probabilities are near 1 for most plausible beads, so merging and deleting
        // must cost more than for the lexical scorer (tuned on Text+Berg dev).
        alignCosts: { deletion: 1.2, merge: 0.7, floor: 0, floorWeight: 0 },
        similarity: length,
        signals: (i0, i1, j0, j1) => ({ length: length(i0, i1, j0, j1) }),
      };
    },
  };
}
