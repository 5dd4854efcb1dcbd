import type { BeadAcceptanceModel } from "./accept-beads.js";

/** Written by scripts/fit-bead-acceptance.ts: re-run it after the scorer changes, do not edit by hand. */
export const BEAD_ACCEPTANCE_MODEL: BeadAcceptanceModel | undefined = {
  "features": [
    "diagonal",
    "length",
    "margin",
    "numbers",
    "runnerUp",
    "sides",
    "similarity",
    "sourceCoverage",
    "targetCoverage"
  ],
  "mean": [
    0.08438,
    0.60884,
    0.02164,
    0.93635,
    0.45506,
    0.30526,
    0.47268,
    0.33805,
    0.3321
  ],
  "scale": [
    0.08455,
    0.27736,
    0.59466,
    0.22383,
    0.20177,
    0.65331,
    0.19465,
    0.24023,
    0.24034
  ],
  "weights": [
    -0.11177,
    0.2928,
    0.59927,
    0.80115,
    0.48145,
    -0.63327,
    0.41585,
    0.2947,
    0.41489
  ],
  "bias": 1.18955,
  "threshold": 0.3,
  "fitted": "scripts/fit-bead-acceptance.ts on 25 dev page pairs (151 beads) + 799 parallel-text beads; leave-one-pair-out strict / link F1 0.689 / 0.709 at threshold 0.3"
};
