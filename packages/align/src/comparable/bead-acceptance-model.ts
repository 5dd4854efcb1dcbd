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
    "support",
    "targetCoverage"
  ],
  "mean": [
    0.13266,
    0.12935,
    0.01308,
    -0.06281,
    0.50253,
    -0.18535,
    0.00634,
    0.83329,
    0.20845,
    0.25423,
    0.40957,
    0.30385,
    0.4497,
    0.29755
  ],
  "scale": [
    0.14025,
    0.45365,
    0.04124,
    1.16128,
    0.33925,
    0.81146,
    0.07936,
    0.35711,
    0.4062,
    0.57238,
    0.21409,
    0.23108,
    0.22432,
    0.23621
  ],
  "weights": [
    -0.22057,
    -0.0678,
    0.35766,
    0.2201,
    -0.04559,
    0.7294,
    -0.00921,
    0.29646,
    -0.15825,
    -0.40657,
    0.51868,
    0.08495,
    0.8328,
    0.05258
  ],
  "bias": 0.67169,
  "threshold": 0.45,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (619 beads) + 801 parallel-text beads; leave-one-pair-out strict / link F1 0.732 / 0.778 at threshold 0.45"
};
