import { alignSentences, alignWithMovedSentences, type Bead, type SpanScorer } from "@tandem/align";
import type { LoadedSide } from "./load-side.js";
import { mapBeadIds } from "./map-bead-ids.js";

/**
 * The alignment step of `tandem align` and `tandem corpus`: align the sides'
 * alignable sentences, with the comparable-article passes (moved sentences, trimmed
 * merges) when `recover`, and return beads in document sentence ids.
 */
export async function alignLoadedSides(
  source: LoadedSide,
  target: LoadedSide,
  options: { scorer: SpanScorer; maxBead: number; recover: boolean; onProgress?: (done: number, total: number) => void },
): Promise<{ beads: Bead[]; notes: string[] }> {
  // The moved-sentence pass may align twice (see alignWithMovedSentences).
  const result = await (options.recover ? alignWithMovedSentences : alignSentences)(
    source.alignable.map((sentence) => sentence.text),
    target.alignable.map((sentence) => sentence.text),
    { scorer: options.scorer, maxBead: options.maxBead, onProgress: options.onProgress },
  );
  return { beads: mapBeadIds(result.beads, source.alignable, target.alignable), notes: result.notes };
}
