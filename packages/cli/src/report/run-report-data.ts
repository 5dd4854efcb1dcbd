/** One sentence of a document as the run report shows it. */
export interface ReportSentence {
  /** Document sentence id (what beads refer to). */
  readonly id: number;
  readonly text: string;
  /** The segmenter's kind: title, body, caption, source, boilerplate, foreign, cut. */
  readonly kind: string;
}

export interface ReportSide {
  readonly path: string;
  readonly lang: string;
  /** Every sentence of the document, also those that never reached the aligner. */
  readonly sentences: readonly ReportSentence[];
}

/** A bead as stored: document sentence ids on each side. */
export interface ReportBead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
  readonly moved: boolean;
}

/**
 * The sentence similarity matrix of a run, max-pooled into square blocks of `block` ×
 * `block` sentence pairs so that the grid stays small (a 10k × 10k run is not 100M cells).
 */
export interface SimilarityGrid {
  /** Document sentence ids along the rows (source) and columns (target): the sentences the aligner saw. */
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  /** Sentence pairs per block side; 1 when every cell is one sentence pair. */
  readonly block: number;
  /** ceil(rows/block) × ceil(cols/block) cells, row-major: similarity × 254 rounded, or {@link NOT_COMPUTED}. */
  readonly values: Uint8Array;
  /** Set when only a band of this many sentences either side of the alignment path was computed. */
  readonly band?: number;
  /** Sentence pairs scored. */
  readonly cells: number;
}

/** A grid value for a block none of whose cells was scored (outside the band). */
export const NOT_COMPUTED = 255;

/** Everything `buildRunReport` needs: a stored run, read back, plus its similarity grid. */
export interface RunReportData {
  readonly run: {
    readonly id: number;
    readonly command: string;
    readonly startedAt: string;
    readonly scorer: string;
  };
  readonly source: ReportSide;
  readonly target: ReportSide;
  readonly beads: readonly ReportBead[];
  readonly grid?: SimilarityGrid;
  /** What the reader should know about how the figure was made (e.g. the scorer used for the matrix). */
  readonly notes: readonly string[];
  /** Tool version, shown in the footer. */
  readonly tool: string;
}
