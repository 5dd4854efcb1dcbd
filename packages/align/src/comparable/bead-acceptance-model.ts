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
    0.13718,
    0.40561,
    0.02894,
    0.36875,
    -0.25646,
    0.42859,
    -0.01263,
    0.00731,
    0.81806,
    0.41765,
    0.79933,
    0.42337,
    0.34002,
    0.33174
  ],
  "scale": [
    0.14433,
    0.68974,
    0.05188,
    0.48247,
    0.47949,
    0.36018,
    0.62337,
    0.08517,
    0.36621,
    0.49317,
    0.91067,
    0.19268,
    0.22215,
    0.22459
  ],
  "weights": [
    -0.19867,
    -0.11245,
    0.1861,
    -0.24591,
    0.2571,
    -0.24651,
    0.81637,
    -0.07904,
    0.55552,
    -0.43355,
    -0.50019,
    0.33811,
    0.37877,
    0.17477
  ],
  "bias": -0.24665,
  "threshold": 0.5,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (978 beads) + 801 parallel-text beads; leave-one-pair-out strict / link F1 0.677 / 0.702 at threshold 0.5, weights tuned on the decision's strict + link F1 (--tune --ensemble)"
};
