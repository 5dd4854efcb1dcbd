import { DEFAULT_PAIR_MUTUAL } from "@tandem/align";
import { checkedNumber } from "./checked-number.js";

/** `--mutual-margin` of `tandem pair` and `tandem corpus`: the pairing's second chance below the threshold (0: none; see corpus/mutual-of.ts). */
export const mutualMarginOption = {
  type: "number",
  default: DEFAULT_PAIR_MUTUAL.margin,
  coerce: checkedNumber("--mutual-margin", { min: 0, max: 100 }),
  describe: `Below --threshold, still pair two articles in different scripts that prefer each other this many times over their next best (score ≥ ${DEFAULT_PAIR_MUTUAL.floor}); 0: never`,
} as const;
