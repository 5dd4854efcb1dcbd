import type { RunInput, Store } from "../store/index.js";
import { summarizeBeads } from "../pipeline/summarize-beads.js";
import { toolVersion } from "../terminal/tool-version.js";
import type { AlignedPair, AlignedSide } from "./align-pair.js";

/** Stores one aligned pair as a complete corpus run under `parameters`, for a later run to resume from; returns the run ID. */
export function saveRun(store: Store, aligned: AlignedPair, parameters: Record<string, unknown>, options: { output: string }): number {
  return store.saveRun(corpusRunInput(aligned, parameters, options));
}

/** The run `saveRun` writes for one aligned pair: the same record for the SQLite and the Postgres store. */
export function corpusRunInput(aligned: AlignedPair, parameters: Record<string, unknown>, options: { output: string }): RunInput {
  const now = new Date();
  const side = (value: AlignedSide) => ({ path: value.path, hash: value.hash, lang: value.lang, text: value.text, presegmented: false, sentences: value.sentences });
  return {
    command: "corpus",
    parameters,
    versions: { tandem: toolVersion(), node: process.versions.node },
    startedAt: now,
    finishedAt: now,
    summary: { ...summarizeBeads(aligned.beads, { source: aligned.source.alignable, target: aligned.target.alignable }), output: options.output },
    source: side(aligned.source),
    target: side(aligned.target),
    beads: aligned.beads,
  };
}
