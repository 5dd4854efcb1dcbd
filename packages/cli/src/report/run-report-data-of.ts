import type { StoredRun } from "../store/index.js";
import type { RunReportData, SimilarityGrid } from "./run-report-data.js";

/** Kinds the aligner sees unless a run was presegmented (segment's ALIGNABLE_KINDS). */
const ALIGNED_KINDS = new Set(["title", "body", "caption"]);

/**
 * The sentences of one side the aligner saw, as document ids in order: the alignable kinds
 * (every line of a presegmented file), plus any other sentence a bead holds (a page's cut-off
 * last sentence, which the comparable passes align to find its counterpart).
 */
export function alignedSentenceIds(run: StoredRun, side: "source" | "target"): number[] {
  const doc = run[side];
  const ids = new Set(doc.sentences.filter((sentence) => doc.presegmented || ALIGNED_KINDS.has(sentence.kind)).map((sentence) => sentence.id));
  for (const bead of run.beads) for (const id of bead[side]) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/** A stored run and its similarity grid as the report shows them. */
export function runReportDataOf(run: StoredRun, grid: SimilarityGrid | undefined, notes: readonly string[], tool: string): RunReportData {
  const side = (doc: StoredRun["source"]) => ({
    path: doc.path,
    lang: doc.lang,
    sentences: doc.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, kind: sentence.kind })),
  });
  return {
    run: {
      id: run.run.id,
      command: run.run.command,
      startedAt: run.run.startedAt,
      scorer: String(run.run.parameters.scorer ?? run.run.parameters.method ?? "?"),
    },
    source: side(run.source),
    target: side(run.target),
    beads: run.beads.map((bead) => ({ source: bead.source, target: bead.target, score: bead.score, moved: bead.moved === true })),
    ...(grid ? { grid } : {}),
    notes,
    tool,
  };
}
