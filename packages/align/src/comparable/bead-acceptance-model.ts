import type { BeadAcceptanceModel } from "./accept-beads.js";

/** Written by scripts/fit-bead-acceptance.ts: re-run it after the scorer changes, do not edit by hand. */
export const BEAD_ACCEPTANCE_MODEL: BeadAcceptanceModel | undefined = {
  "features": [
    "diagonal",
    "edgeRival",
    "gain",
    "grown",
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
    0.13752,
    0.40636,
    0.02894,
    0.36768,
    -0.25894,
    0.42901,
    -0.01332,
    0.00676,
    0.82001,
    0.41723,
    0.79955,
    0.42369,
    0.34026,
    0.33207
  ],
  "scale": [
    0.14457,
    0.69028,
    0.05193,
    0.48217,
    0.46969,
    0.36019,
    0.62456,
    0.08192,
    0.36448,
    0.4931,
    0.91368,
    0.1927,
    0.22235,
    0.22465
  ],
  "weights": [
    -0.2238,
    -0.30616,
    0.18533,
    -0.24977,
    0.28758,
    -0.05334,
    0.87382,
    -0.09905,
    0.69396,
    -0.57646,
    -0.49021,
    0.4633,
    0.45707,
    0.10543
  ],
  "bias": -0.21174,
  "threshold": 0.5,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (975 beads) + 801 parallel-text beads; leave-one-pair-out strict / link F1 0.673 / 0.696 at threshold 0.5, weights tuned on the decision's strict + link F1 (--tune --ensemble)"
};
