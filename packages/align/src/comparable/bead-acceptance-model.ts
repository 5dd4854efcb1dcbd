import type { BeadAcceptanceModel } from "./accept-beads.js";

/** Written by scripts/fit-bead-acceptance.ts: re-run it after the scorer changes, do not edit by hand. */
export const BEAD_ACCEPTANCE_MODEL: BeadAcceptanceModel | undefined = {
  "features": [
    "diagonal",
    "length",
    "margin",
    "numbers",
    "sides",
    "similarity",
    "sourceCoverage",
    "targetCoverage"
  ],
  "mean": [
    0.08746,
    0.59979,
    0.02028,
    0.92161,
    0.30924,
    0.46989,
    0.33445,
    0.32949
  ],
  "scale": [
    0.0864,
    0.28393,
    0.59527,
    0.24819,
    0.64531,
    0.1967,
    0.2401,
    0.24005
  ],
  "weights": [
    -0.37296,
    0.23805,
    0.29127,
    0.73964,
    -0.70132,
    0.59322,
    0.20503,
    0.68502
  ],
  "bias": 0.9838,
  "threshold": 0.4,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (197 beads) + 799 parallel-text beads; leave-one-pair-out strict / link F1 0.606 / 0.592 at threshold 0.4"
};
