/**
 * How similar is a span of source sentences to a span of target sentences.
 * The lexical scorer, the neural embedder and the hybrid of both implement this,
 * so the DP aligner does not know which one it uses.
 */
export interface SpanScorer {
  /** "lexical", "length", "neural", "hybrid": stored with each run. */
  readonly name: string;
  /**
   * Called once per document pair before any similarity; a neural scorer embeds
   * every span of up to `maxBead` sentences here, a lexical one tokenises.
   */
  prepare(
    source: readonly string[],
    target: readonly string[],
    options: PrepareOptions,
  ): Promise<PreparedScorer>;
}

export interface PrepareOptions {
  /** Largest number of sentences on one side of a bead. */
  readonly maxBead: number;
  /** Called with (done, total) while slow preparation runs. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A scorer bound to one document pair. Spans are half-open index ranges. */
export interface PreparedScorer {
  /** Raw similarity of source[i0, i1) and target[j0, j1), in [0, 1]. */
  similarity(i0: number, i1: number, j0: number, j1: number): number;
  /** The named signals behind `similarity`, for JSONL export and review. */
  signals(i0: number, i1: number, j0: number, j1: number): Record<string, number>;
  /** Things the user should hear once, e.g. "no lexicon for de-fr: orthographic + numbers + length only". */
  readonly notes?: readonly string[];
  /**
   * DP prices that suit this scorer's similarity scale (deletion, merge, …; see
   * `AlignCosts` in align-sentences.ts), overriding the aligner's defaults. A caller's
   * explicit `costs` still win.
   */
  readonly alignCosts?: Readonly<Record<string, number>>;
  /**
   * A cheap stand-in for the first pass (the neural scorer: sentence vectors only).
   * When present, alignSentences runs its banded two-pass search at every size, with
   * this scorer in the first pass instead of the length scorer.
   */
  readonly firstPass?: Pick<PreparedScorer, "similarity" | "signals">;
  /**
   * Called with the final search's path; true when the scorer improved itself near it
   * (the neural scorer embeds the concatenations of the beads there), and the search
   * should run once more in the same band.
   */
  refine?(nodes: readonly (readonly [number, number])[]): Promise<boolean>;
}
