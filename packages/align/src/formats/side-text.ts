import type { ExportSide } from "./export-meta.js";

// Scripts written without spaces between words: joining their sentences with a
// space would put a space into the middle of running text.
const NO_SPACE_LANGS = new Set(["zh", "ja", "th", "lo", "km", "my"]);

/**
 * The text of one side of a bead: its sentences joined in index order, white space
 * collapsed to single spaces and trimmed, so exports never carry tabs or newlines.
 *
 * @example
 * sideText(meta.source, [3, 4]) // "Eerste zin. Tweede zin."
 */
export function sideText(side: ExportSide, indices: readonly number[]): string {
  const glue = NO_SPACE_LANGS.has(side.lang.toLowerCase()) ? "" : " ";
  return indices
    .map((index) => {
      const sentence = side.sentences[index];
      if (!sentence) throw new RangeError(`bead index ${index} is outside the ${side.sentences.length} sentences of ${side.path}`);
      return sentence.text;
    })
    .join(glue)
    .replace(/\s+/gu, " ")
    .trim();
}

