import { TandemError } from "@tandem/segment/errors";

/** The range a numeric option accepts. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (counts, ids). */
  readonly integer?: boolean;
}

/**
 * A yargs `coerce` for a numeric option: yargs turns "abc" into NaN and takes 2 for a
 * score, and a run made with either is empty or unfiltered. Checked while parsing, so
 * the mistake is reported before any work starts.
 *
 * @example
 * .option("min-score", { type: "number", coerce: checkedNumber("--min-score", { min: 0, max: 1 }) })
 */
export function checkedNumber(flag: string, range: NumberRange): (value: unknown) => number {
  return (value) => {
    if (Array.isArray(value)) throw new TandemError("USAGE", `${flag} is given ${value.length} times; give it once`);
    const kind = range.integer ? "a whole number" : "a number";
    const wanted = range.max === Infinity ? `${kind} ≥ ${range.min}` : `${kind} from ${range.min} to ${range.max}`;
    // yargs has already turned "abc" into NaN, so the text itself is gone.
    if (typeof value !== "number" || !Number.isFinite(value)) throw new TandemError("USAGE", `${flag} wants ${wanted}, and that is not a number`);
    if ((range.integer && !Number.isInteger(value)) || value < range.min || value > range.max) {
      throw new TandemError("USAGE", `${flag} wants ${wanted}, not ${value}`);
    }
    return value;
  };
}
