import type { Bead } from "../bead.js";
import { textSkeleton } from "./text-skeleton.js";


/** Shortest skeleton (characters) treated as a repeat; shorter lines repeat by chance ("Foto", "Video"). */
const MIN_REPEAT_CHARS = 12;

/**
 * A repeat is a text of sentence size (4+ words, or 8+ Han characters): a lead printed
 * again, a caption twice. A short lead-in that recurs under each inter-title ("The Court
 * held:") is a new line each time, with its own counterpart on the other page.
 */
const sentenceSized = (text: string) => text.trim().split(/\s+/u).length >= 4 || (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8;

/**
 * A shorter copy counts as a repeat when it is at least this share of the longer one: a
 * summary line that stops where the lead goes on may keep only the lead's first clause
 * (the pages gold puts "all of it or its first half" in the lead's group), so a start needs
 * less than a copy found inside the longer sentence, behind a dateline or a wire credit.
 */
const MIN_PREFIX_SHARE = 0.35;
const MIN_INSIDE_SHARE = 0.5;

/**
 * For each sentence that repeats another on its side, the index of the copy that stays:
 * the same words up to case, spacing and punctuation (a lead printed again as a summary
 * line, a title repeated above the body, a caption printed twice), the start of a
 * longer sentence (a summary that stops where the lead goes on), or most of a longer one
 * (the lead again behind a dateline: "WASHINGTON (Sputnik) - " + the summary). The longer
 * copy stays, and of equal ones the first.
 */
export function findRepeats(sentences: readonly string[]): Map<number, number> {
  const keys = sentences.map(textSkeleton);
  const repeats = new Map<number, number>();
  keys.forEach((key, index) => {
    if (key.length < MIN_REPEAT_CHARS || repeats.has(index) || !sentenceSized(sentences[index]!)) return;
    keys.forEach((other, at) => {
      if (at === index || repeats.has(at) || other.length < key.length) return;
      const copy =
        other === key
          ? at > index
          : key.length >= MIN_PREFIX_SHARE * other.length &&
            (other.startsWith(key) || (key.length >= MIN_INSIDE_SHARE * other.length && other.includes(key)));
      if (copy) repeats.set(other === key ? at : index, other === key ? index : at);
    });
  });
  return repeats;
}

/**
 * Puts a repeated sentence that was left unaligned into the bead of its twin, or the twin
 * into the repeat's bead when the repeat is the copy that was paired (a summary line is
 * the closer match of a short counterpart): a page that prints its lead twice says the
 * same thing twice, and both copies translate the one sentence on the other page (the
 * convention of the pages gold as well). When both copies are unaligned, or each has a
 * counterpart of its own, they stay as they are.
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
      if (at < 0 || home < 0 || at === home || paired(out[at]!) === paired(out[home]!)) continue;
      // The copy left alone joins the one that found a counterpart, whichever it is.
      const [from, to, moved] = paired(out[home]!) ? [at, home, repeat] : [home, at, twin];
      out[to]![side].push(moved);
      out[to]![side].sort((a, b) => a - b);
      out[from]![side] = out[from]![side].filter((index) => index !== moved);
      if (out[from]!.source.length === 0 && out[from]!.target.length === 0) removed.add(from);
    }
  }
  return out.filter((_, k) => !removed.has(k));
}
