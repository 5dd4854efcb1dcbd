import { beadType, type Bead } from "../bead.js";
import type { ExportMeta, ExportSide } from "./export-meta.js";
import { sideText } from "./side-text.js";

/** Options of {@link toJsonl}. */
export interface JsonlOptions {
  /** Also write 1-0 and 0-1 beads (sentences the aligner left unpaired). Default false. */
  readonly keepUnaligned?: boolean;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function sideRecord(side: ExportSide, indices: readonly number[]) {
  return {
    doc: side.path,
    lang: side.lang.toLowerCase(),
    ids: [...indices],
    // One [start, end) pair per sentence: a 2-1 bead's sentences need not touch in the file.
    offsets: indices.map((index) => [side.sentences[index]!.start, side.sentences[index]!.end]),
    text: sideText(side, indices),
  };
}

/**
 * One JSON object per bead and line: sentence ids, character offsets into the original
 * files, texts, score, bead type, `moved`, and the per-signal scores. Without
 * `keepUnaligned` only beads with both sides are written.
 *
 * @example
 * toJsonl(beads, meta, { keepUnaligned: true }).split("\n")[0]
 * // {"type":"1-1","moved":false,"score":0.91,"signals":{"lexical":0.8},"source":{"doc":"a.txt",…},"target":{…}}
 */
export function toJsonl(beads: readonly Bead[], meta: ExportMeta, options: JsonlOptions = {}): string {
  let out = "";
  for (const bead of beads) {
    const unaligned = bead.source.length === 0 || bead.target.length === 0;
    if (unaligned && !options.keepUnaligned) continue;
    const signals: Record<string, number> = {};
    for (const [name, value] of Object.entries(bead.signals ?? {})) signals[name] = round(value);
    const record = {
      type: beadType(bead),
      moved: bead.moved === true,
      score: round(bead.score),
      signals,
      source: sideRecord(meta.source, bead.source),
      target: sideRecord(meta.target, bead.target),
    };
    out += `${JSON.stringify(record)}\n`;
  }
  return out;
}
