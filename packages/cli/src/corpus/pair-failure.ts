import { TandemError } from "@tandem/segment/errors";

/** Why one pair of a corpus could not be aligned; plain data, so it crosses thread boundaries. */
export interface PairFailure {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/**
 * Turns whatever a pair's alignment threw into a {@link PairFailure}. A TandemError
 * keeps its code and location; anything else is INTERNAL with its first line, like
 * report-error.ts prints it.
 *
 * @example
 * toPairFailure(new TandemError("LEXICON_MISSING", "no lexicon for de-fr")) // { code: "LEXICON_MISSING", … }
 */
export function toPairFailure(error: unknown): PairFailure {
  if (error instanceof TandemError) return { code: error.code, message: error.message, ...error.at };
  return { code: "INTERNAL", message: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error) };
}
