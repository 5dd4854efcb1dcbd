import type { MutualBest } from "@tandem/align";
import { DEFAULT_PAIR_MUTUAL } from "@tandem/align";

/**
 * The `mutual` setting of pairDocuments for a `--mutual-margin` value: 0 switches the second
 * chance off; anything else keeps the default floor and script condition.
 *
 * @example
 * mutualOf(0) // false
 * mutualOf(2) // { floor: 0.05, margin: 2, acrossScripts: true }
 */
export function mutualOf(margin: number): MutualBest | false {
  return margin === 0 ? false : { ...DEFAULT_PAIR_MUTUAL, margin };
}
