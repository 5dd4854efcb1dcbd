import { TandemError } from "@tandem/segment/core";

/** One line of a `.align` file: source and target sentence indices, and an optional score. */
export interface AlignLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score?: number;
}

const LINE = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*(?::\s*(\S+)\s*)?$/;

function parseSide(text: string, at: { file?: string; line: number }): number[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => {
    const value = part.trim();
    if (!/^\d+$/.test(value)) {
      throw new TandemError("ALIGN_BAD_LINE", `"${value}" is not a sentence index (0, 1, 2, …)`, at);
    }
    return Number(value);
  });
}

/**
 * Reads a Vecalign-format alignment: one link a line, `[i, j]:[k]`, optionally
 * `:score` as a third field; `[]:[k]` and `[i]:[]` for sentences with no counterpart.
 * Blank lines are skipped. With `limits`, indices must be below the sentence counts.
 *
 * @throws TandemError ALIGN_EMPTY for a file with no links, ALIGN_BAD_LINE for a line
 *   that is not a link, ALIGN_BAD_INDEX for an index beyond `limits`; each names file and line.
 * @example
 * parseAlignFile("[0]:[0]\n[1, 2]:[1]:0.8\n[]:[2]\n", "gold.align")
 * // [{ source: [0], target: [0] }, { source: [1, 2], target: [1], score: 0.8 }, { source: [], target: [2] }]
 */
export function parseAlignFile(
  text: string,
  file?: string,
  limits?: { sourceCount: number; targetCount: number },
): AlignLink[] {
  const links: AlignLink[] = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const at = { file, line: n + 1 };
    const match = LINE.exec(line);
    if (!match) throw new TandemError("ALIGN_BAD_LINE", `expected "[i, j]:[k]" or "[i]:[k]:score", found "${line.slice(0, 60)}"`, at);
    const source = parseSide(match[1]!, at);
    const target = parseSide(match[2]!, at);
    if (limits) {
      const badSource = source.find((i) => i >= limits.sourceCount);
      const badTarget = target.find((j) => j >= limits.targetCount);
      if (badSource !== undefined) {
        throw new TandemError("ALIGN_BAD_INDEX", `source index ${badSource} is out of range: the source has ${limits.sourceCount} sentences`, at);
      }
      if (badTarget !== undefined) {
        throw new TandemError("ALIGN_BAD_INDEX", `target index ${badTarget} is out of range: the target has ${limits.targetCount} sentences`, at);
      }
    }
    if (match[3] !== undefined) {
      const score = Number(match[3]);
      if (!Number.isFinite(score)) throw new TandemError("ALIGN_BAD_LINE", `score "${match[3]}" is not a number`, at);
      links.push({ source, target, score });
    } else links.push({ source, target });
  }
  if (links.length === 0) throw new TandemError("ALIGN_EMPTY", "alignment file has no links", { file });
  return links;
}
