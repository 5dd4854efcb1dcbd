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
    0.08746,
    0.59979,
    0.02028,
    0.92161,
    0.45268,
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
    0.20161,
    0.64531,
    0.1967,
    0.2401,
    0.24005
  ],
  "weights": [
    -0.36418,
    0.25262,
    0.65162,
    0.74184,
    0.55107,
    -0.68143,
    0.16172,
    0.30982,
    0.73906
  ],
  "bias": 1.03653,
  "threshold": 0.3,
  "fitted": "scripts/fit-bead-acceptance.ts on 37 dev page pairs (197 beads) + 799 parallel-text beads; leave-one-pair-out strict / link F1 0.594 / 0.591 at threshold 0.3"
};
