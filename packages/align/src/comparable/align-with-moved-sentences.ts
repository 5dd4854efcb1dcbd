import { alignSentences, type AlignOptions, type AlignResult } from "../dp/align-sentences.js";
import type { Bead } from "../bead.js";
import { findMovedPairs } from "./find-moved-pairs.js";
import { recoverMovedBeads, type RecoverMovedOptions } from "./recover-moved.js";
import { trimBeadEdges } from "./trim-bead-edges.js";
import { attachRepeats } from "./attach-repeats.js";
import { dropCopiedBeads } from "./drop-copied-beads.js";
import { dropWeakBeads } from "./drop-weak-beads.js";

/**
 * The monotone aligner plus the moved-sentence recovery for comparable articles:
 *
 * 1. align with the DP;
 * 2. find pairs the DP could not link because they sit at different places
 *    ({@link findMovedPairs}: mutual best, ratio margin, clear lead over runner-ups);
 * 3. if there are any, take those sentences out and align the rest again, so they no
 *    longer distort the beads they were swallowed into, and put them back as
 *    `moved: true` 1-1 beads;
 * 4. take unrelated sentences off the ends of merged beads ({@link trimBeadEdges});
 * 5. pair what is still left unaligned out of order ({@link recoverMovedBeads});
 * 6. dissolve beads that some outside sentence competes with ({@link dropWeakBeads}) and
 *    pairs of identical, untranslated lines ({@link dropCopiedBeads});
 * 7. put a sentence printed twice on one page into the bead of its first copy
 *    ({@link attachRepeats}).
 *
 * Meant for comparable articles. On parallel text (Text+Berg test, lexical scorer) they
 * are about neutral (strict F1 0.880 → 0.881, lax 0.986 → 0.969; docs/align-command.md),
 * so `tandem align` skips them for --presegmented input unless asked.
 *
 * Beads index the full input lists; `prepared` is the scorer bound to the full lists.
 *
 * @example
 * const { beads } = await alignWithMovedSentences(nlSentences, enSentences, { scorer });
 * beads.filter((bead) => bead.moved) // [{ source: [17], target: [1], score: 0.51, moved: true, … }]
 */
export async function alignWithMovedSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions & { readonly recover?: RecoverMovedOptions },
): Promise<AlignResult> {
  const first = await alignSentences(source, target, options);
  const moved = findMovedPairs(first.beads, first.prepared, options.recover);
  let beads = trimBeadEdges(first.beads, first.prepared);
  if (moved.length > 0) {
    const movedSource = new Set(moved.map((pair) => pair.source));
    const movedTarget = new Set(moved.map((pair) => pair.target));
    const keptSource = source.map((_, i) => i).filter((i) => !movedSource.has(i));
    const keptTarget = target.map((_, j) => j).filter((j) => !movedTarget.has(j));
    const second = await alignSentences(
      keptSource.map((i) => source[i]!),
      keptTarget.map((j) => target[j]!),
      options,
    );
    // Back to indices of the full lists; scores stay those of the second pass, whose
    // scorer saw the same sentences minus the moved ones.
    beads = trimBeadEdges(second.beads, second.prepared).map((bead) => ({
      ...bead,
      source: bead.source.map((k) => keptSource[k]!),
      target: bead.target.map((k) => keptTarget[k]!),
    }));
    for (const pair of moved) {
      const signals = first.prepared.signals(pair.source, pair.source + 1, pair.target, pair.target + 1);
      beads = insertBySource(beads, {
        source: [pair.source],
        target: [pair.target],
        score: pair.similarity,
        moved: true,
        signals: { ...signals, margin: pair.margin },
      });
    }
  }
  const recovered = recoverMovedBeads(beads, first.prepared, options.recover);
  const kept = dropCopiedBeads(dropWeakBeads(recovered, first.prepared), source, target);
  return { beads: attachRepeats(kept, source, target), prepared: first.prepared, notes: first.notes };
}

/** Puts a bead before the first bead that starts after it on the source side. */
function insertBySource(beads: Bead[], bead: Bead): Bead[] {
  const at = bead.source[0]!;
  const index = beads.findIndex((other) => other.source.length > 0 && other.source[0]! > at);
  return index < 0 ? [...beads, bead] : [...beads.slice(0, index), bead, ...beads.slice(index)];
}
