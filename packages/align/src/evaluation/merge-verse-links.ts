import type { AlignLink } from "../formats/parse-align-file.js";

/** The verse a side of a link belongs to: "" for an empty side, undefined when it spans several verses. */
function sideVerse(indices: readonly number[], verses: readonly string[]): string | undefined {
  if (indices.length === 0) return "";
  const first = verses[indices[0]!];
  for (const index of indices) if (verses[index] !== first) return undefined;
  return first;
}

/**
 * Scoring variant E of the bench README (Bertalign's Bible evaluation): the gold has one
 * link per verse while an aligner links sentences, so consecutive predicted links that lie
 * inside one and the same verse are merged (their index lists concatenated) before
 * scorer A ({@link evaluateAlignment}) is applied. A link gets a verse label only when both
 * sides lie in one verse and agree, or one side is empty and the other lies in one verse;
 * a link whose label equals the previous link's label joins it, any other starts a new link.
 * `sourceVerses[i]` is the verse ID of source sentence i (e.g. "Gen:1:2"), likewise target.
 *
 * @example
 * mergeVerseLinks([{ source: [1], target: [1] }, { source: [2], target: [2, 3] }], ["a", "b", "b"], ["a", "b", "b", "b"])
 * // [{ source: [1, 2], target: [1, 2, 3] }]
 */
export function mergeVerseLinks(
  links: readonly AlignLink[],
  sourceVerses: readonly string[],
  targetVerses: readonly string[],
): AlignLink[] {
  const merged: { source: number[]; target: number[] }[] = [];
  let previous: string | undefined;
  for (const link of links) {
    const s = sideVerse(link.source, sourceVerses);
    const t = sideVerse(link.target, targetVerses);
    let label: string | undefined;
    if (s !== undefined && t !== undefined) {
      if (s === "" && t === "") label = undefined;
      else if (s === "") label = t;
      else if (t === "" || s === t) label = s;
    }
    const last = merged.at(-1);
    if (label !== undefined && label === previous && last) {
      last.source.push(...link.source);
      last.target.push(...link.target);
    } else {
      merged.push({ source: [...link.source], target: [...link.target] });
    }
    previous = label;
  }
  return merged;
}
