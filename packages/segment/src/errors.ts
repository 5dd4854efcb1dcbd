/** Codes of every error a tandem library can throw; the CLI prints them in brackets. */
export type TandemErrorCode =
  | "INPUT_MISSING"
  | "INPUT_DIRECTORY"
  | "INPUT_EMPTY"
  | "INPUT_BINARY"
  | "INPUT_ENCODING"
  | "INPUT_TOO_LARGE"
  | "INPUT_UNREADABLE"
  | "INPUT_DUPLICATE"
  | "INPUT_SAME"
  | "PAIR_NONE"
  | "LANG_UNKNOWN"
  | "LANG_UNSUPPORTED"
  | "LANG_SAME"
  | "DOC_NO_SENTENCES"
  | "ALIGN_BAD_LINE"
  | "ALIGN_BAD_INDEX"
  | "ALIGN_EMPTY"
  | "ALIGN_MISMATCH"
  | "GOLD_BAD"
  | "LEXICON_BAD_LINE"
  | "LEXICON_MISSING"
  | "DICTD_BAD"
  | "MODEL_MISSING"
  | "MODEL_BAD"
  | "EMBEDDINGS_UNREACHABLE"
  | "EMBEDDINGS_BAD"
  | "OUTPUT_EXISTS"
  | "OUTPUT_DIR_MISSING"
  | "OUTPUT_FORMAT"
  | "OUTPUT_UNWRITABLE"
  | "DISK_FULL"
  | "STORE_CORRUPT"
  | "STORE_NO_RUN"
  | "STORE_READONLY"
  | "STORE_UNREACHABLE"
  | "STORE_FAILED"
  | "QUEUE_UNREACHABLE"
  | "CORPUS_NONE"
  | "USAGE";

/**
 * The one error type of tandem's libraries: a code, a message and where it happened.
 * Libraries throw it and never print; the CLI renders `file:line: message [code]`.
 *
 * @example
 * throw new TandemError("ALIGN_BAD_LINE", "expected [i]:[j]", { file: "gold.align", line: 3 });
 */
export class TandemError extends Error {
  constructor(
    readonly code: TandemErrorCode,
    message: string,
    readonly at: { file?: string; line?: number } = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "TandemError";
  }
}
