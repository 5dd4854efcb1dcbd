/**
 * One side of an aligned document pair as the exporters see it. Bead indices
 * point into `sentences` by position, so the caller passes the list the beads
 * were mapped onto (a Document's sentences, or the lines of a presegmented file).
 */
export interface ExportSide {
  /** The document's path as the user named it; written to `x-source-doc` / `x-target-doc`. */
  readonly path: string;
  /** ISO 639-1 code; the exporters lowercase it. */
  readonly lang: string;
  readonly sentences: readonly ExportSentence[];
}

/** The part of a segment `Sentence` the exporters need. */
export interface ExportSentence {
  readonly text: string;
  /** Character offsets into the original file's decoded text. */
  readonly start: number;
  readonly end: number;
}

/** Everything but the beads that a TMX/TSV/JSONL file records. */
export interface ExportMeta {
  readonly source: ExportSide;
  readonly target: ExportSide;
  /** Injectable so golden files stay byte-stable; TMX writes it as `YYYYMMDDThhmmssZ`. */
  readonly creationDate: Date;
  /** Version of the tool that made the file (TMX `creationtoolversion`). */
  readonly toolVersion: string;
}
