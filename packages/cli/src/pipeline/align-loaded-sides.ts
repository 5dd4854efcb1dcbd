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
  const texts = (side: LoadedSide) => side.alignable.map((sentence) => sentence.text);
  const common = { scorer: options.scorer, maxBead: options.maxBead, onProgress: options.onProgress };
  // The moved-sentence pass may align twice (see alignWithMovedSentences).
  const result = options.recover
    ? await alignWithMovedSentences(texts(source), texts(target), { ...common, titles: headlines(source, target) })
    : await alignSentences(texts(source), texts(target), common);
  return { beads: mapBeadIds(result.beads, source.alignable, target.alignable), notes: result.notes };
}

/** The headlines of two articles when both open with one (kind `title`), as aligner indices. */
function headlines(source: LoadedSide, target: LoadedSide): { source: number; target: number } | undefined {
  return source.alignable[0]?.kind === "title" && target.alignable[0]?.kind === "title" ? { source: 0, target: 0 } : undefined;
}
