import { alignSentences, alignWithMovedSentences, type BeadAcceptanceModel, type Bead, type PreparedScorer, type SpanScorer } from "@tandem/align";
import type { Sentence } from "@tandem/segment";
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
  options: {
    scorer: SpanScorer;
    maxBead: number;
    recover: boolean;
    onProgress?: (done: number, total: number) => void;
    disable?: ReadonlySet<string>;
    acceptance?: BeadAcceptanceModel;
    /** A bead-extension model in place of the committed one (scripts/fit-bead-extension.ts --check). */
    extension?: BeadAcceptanceModel;
  },
): Promise<{ beads: Bead[]; notes: string[]; aligned?: { prepared: PreparedScorer; source: readonly Sentence[]; target: readonly Sentence[]; title?: Bead } }> {
  const common = { scorer: options.scorer, maxBead: options.maxBead, onProgress: options.onProgress };
  if (!options.recover) {
    const result = await alignSentences(texts(source.alignable), texts(target.alignable), common);
    return { beads: mapBeadIds(result.beads, source.alignable, target.alignable), notes: result.notes };
  }
  // A page cut off inside its last sentence: the fragment helps find its counterpart,
  // then leaves with it (see alignWithMovedSentences' cutEnd).
  const sourceSentences = withCutEnd(source);
  const targetSentences = withCutEnd(target);
  // The moved-sentence pass may align twice (see alignWithMovedSentences).
  const result = await alignWithMovedSentences(texts(sourceSentences), texts(targetSentences), {
    ...common,
    titles: headlines(source, target),
    kinds: { source: sourceSentences.map((sentence) => sentence.kind), target: targetSentences.map((sentence) => sentence.kind) },
    paragraphs: { source: sourceSentences.map((sentence) => sentence.paragraph), target: targetSentences.map((sentence) => sentence.paragraph) },
    cutEnd: { source: sourceSentences.length > source.alignable.length, target: targetSentences.length > target.alignable.length },
    ...(options.disable ? { disable: options.disable } : {}),
    ...(options.acceptance ? { acceptance: options.acceptance } : {}),
    ...(options.extension ? { extension: options.extension } : {}),
  });
  // What the aligner saw, for scripts that study its beads (scripts/fit-bead-acceptance.ts).
  // The headline pair in aligner indices, when the headline pass made one.
  const aligned = { prepared: result.prepared, source: sourceSentences, target: targetSentences, ...(result.title ? { title: result.title } : {}) };
  return { beads: mapBeadIds(result.beads, sourceSentences, targetSentences), notes: result.notes, aligned };
}

const texts = (sentences: readonly Sentence[]) => sentences.map((sentence) => sentence.text);

/** The alignable sentences, plus the document's cut-off last sentence when it has one: what the aligner sees (scripts/fit-title-similarity.ts reads them too). */
export function withCutEnd(side: LoadedSide): readonly Sentence[] {
  const last = side.document.sentences.at(-1);
  return last?.kind === "cut" ? [...side.alignable, last] : side.alignable;
}

/** The headlines of two articles when both open with one (kind `title`), as aligner indices. */
export function headlines(source: LoadedSide, target: LoadedSide): { source: number; target: number } | undefined {
  return source.alignable[0]?.kind === "title" && target.alignable[0]?.kind === "title" ? { source: 0, target: 0 } : undefined;
}
