import type { BeadAcceptanceModel } from "./accept-beads.js";

/** Written by scripts/fit-bead-extension.ts: re-run it after the scorer or the acceptance changes, do not edit by hand. */
export const BEAD_EXTENSION_MODEL: BeadAcceptanceModel | undefined = undefined;
