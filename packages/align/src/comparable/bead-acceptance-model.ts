import type { BeadAcceptanceModel } from "./accept-beads.js";

/** Written by scripts/fit-bead-acceptance.ts: re-run it after the scorer changes, do not edit by hand. */
export const BEAD_ACCEPTANCE_MODEL: BeadAcceptanceModel | undefined = {
  "features": [
    "diagonal",
    "edgeRival",
    "gain",
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
    0.11445,
    0.15461,
    0.01545,
    0.29214,
    0.5644,
    -0.01152,
    0.00749,
    0.86473,
    0.06411,
    0.29725,
    0.45164,
    0.32785,
    0.32697
  ],
  "scale": [
    0.1254,
    0.47695,
    0.04449,
    1.27919,
    0.31497,
    0.6702,
    0.08624,
    0.32424,
    0.24495,
    0.60863,
    0.19862,
    0.23453,
    0.23897
  ],
  "weights": [
    -0.26682,
    -0.05649,
    0.40499,
    0.14974,
    0.05213,
    0.83577,
    -0.06108,
    0.33546,
    -0.17706,
    -0.46015,
    0.6641,
    0.3102,
    -0.24514
  ],
  "bias": 0.84126,
  "threshold": 0.5,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (400 beads) + 801 parallel-text beads; leave-one-pair-out strict / link F1 0.724 / 0.731 at threshold 0.5"
};
