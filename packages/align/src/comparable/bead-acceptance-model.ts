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
    0.1109,
    0.35249,
    0.59738,
    0.04724,
    0.01648,
    0.89056,
    0.07234,
    0.34982,
    0.47355,
    0.33007,
    0.32505
  ],
  "scale": [
    0.1287,
    1.21853,
    0.29043,
    0.58212,
    0.12733,
    0.29298,
    0.25906,
    0.66875,
    0.19627,
    0.23903,
    0.23872
  ],
  "weights": [
    -0.39347,
    0.10453,
    -0.04887,
    0.53016,
    -0.10473,
    0.33344,
    -0.23523,
    -0.47371,
    0.34002,
    0.08567,
    0.52244
  ],
  "bias": 1.0228,
  "threshold": 0.55,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (293 beads) + 799 parallel-text beads; leave-one-pair-out strict / link F1 0.633 / 0.610 at threshold 0.55"
};
