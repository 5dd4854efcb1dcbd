import type { Bead } from "../bead.js";

/** Text reduced to what a reprint keeps: letters and digits, lower case. */
const skeleton = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Shortest skeleton (characters) treated as a repeat; shorter lines repeat by chance ("Foto", "Video"). */
const MIN_REPEAT_CHARS = 12;

/**
 * For each sentence that repeats an earlier one on its side (same words, up to case,
 * spacing and punctuation: a lead printed again as a summary line, a title repeated
 * above the body, a caption printed twice), the index of its first occurrence.
 */
export function findRepeats(sentences: readonly string[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  sentences.forEach((sentence, index) => {
    const key = skeleton(sentence);
    if (key.length < MIN_REPEAT_CHARS) return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else repeats.set(index, earlier);
  });
  return repeats;
}

/**
 * Puts a repeated sentence that was left unaligned into the bead of its twin: a page
 * that prints its lead twice says the same thing twice, and both copies translate the
 * one sentence on the other page (the convention of the pages gold as well). A repeat
 * whose twin is unaligned too, or that the DP aligned elsewhere, stays as it is.
 *
 * @example
 * attachRepeats([{ source: [0], target: [0], score: 0.8 }, { source: [1], target: [], score: 0 }], ["Lead.", "Lead."], ["Lede."])
 * // [{ source: [0, 1], target: [0], score: 0.8 }]
 */
export function attachRepeats(beads: readonly Bead[], source: readonly string[], target: readonly string[]): Bead[] {
  const sourceRepeats = findRepeats(source);
  const targetRepeats = findRepeats(target);
  if (sourceRepeats.size === 0 && targetRepeats.size === 0) return [...beads];
  const out = beads.map((bead) => ({ ...bead, source: [...bead.source], target: [...bead.target] }));
  const beadOf = (side: "source" | "target", index: number) => out.findIndex((bead) => bead[side].includes(index));
  const paired = (bead: Bead) => bead.source.length > 0 && bead.target.length > 0;
  const removed = new Set<number>();
  for (const [side, repeats] of [["source", sourceRepeats], ["target", targetRepeats]] as const) {
    for (const [repeat, twin] of repeats) {
      const at = beadOf(side, repeat);
      const home = beadOf(side, twin);
      if (at < 0 || home < 0 || paired(out[at]!) || !paired(out[home]!)) continue;
      out[home]![side].push(repeat);
      out[home]![side].sort((a, b) => a - b);
      out[at]![side] = out[at]![side].filter((index) => index !== repeat);
      if (out[at]!.source.length === 0 && out[at]!.target.length === 0) removed.add(at);
    }
  }
  return out.filter((_, k) => !removed.has(k));
}
