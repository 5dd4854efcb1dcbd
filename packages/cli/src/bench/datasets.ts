import { bible } from "./bible.js";
import type { Dataset } from "./dataset.js";
import { parice } from "./parice.js";
import { textberg } from "./textberg.js";

/** The gold sets `tandem bench` knows, by the name given on the command line. */
export const DATASETS: Record<string, Dataset> = { textberg, bible, parice };
