import type { BeadAcceptanceModel } from "./accept-beads.js";

/** Written by scripts/fit-bead-acceptance.ts: re-run it after the scorer changes, do not edit by hand. */
export const BEAD_ACCEPTANCE_MODEL: BeadAcceptanceModel | undefined = {
  "features": [
    "diagonal",
    "lead",
    "length",
    "margin",
    "moved",
    "numbers",
    "proposed",
    "sides",
    "similarity",
    "sourceCoverage",
    "targetCoverage"
  ],
  "mean": [
    0.11141,
    0.34423,
    0.59656,
    0.04842,
    0.01645,
    0.88985,
    0.07404,
    0.35283,
    0.47358,
    0.33063,
    0.32535
  ],
  "scale": [
    0.12916,
    1.20671,
    0.29086,
    0.58226,
    0.12721,
    0.29397,
    0.26184,
    0.6732,
    0.1961,
    0.23923,
    0.23866
  ],
  "weights": [
    -0.39679,
    0.09856,
    -0.04733,
    0.52677,
    -0.1026,
    0.3334,
    -0.22679,
    -0.48214,
    0.33964,
    0.10334,
    0.51446
  ],
  "bias": 1.01975,
  "threshold": 0.55,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (295 beads) + 799 parallel-text beads; leave-one-pair-out strict / link F1 0.633 / 0.610 at threshold 0.55"
};
