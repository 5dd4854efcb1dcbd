export { beadType } from "./bead.js";
export type { Bead } from "./bead.js";
export type { PreparedScorer, PrepareOptions, SpanScorer } from "./span-scorer.js";
