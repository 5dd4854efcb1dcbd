import { alignSentences, type AlignOptions, type AlignResult } from "../dp/align-sentences.js";
import type { Bead } from "../bead.js";
import { findMovedPairs } from "./find-moved-pairs.js";
import { recoverMovedBeads, type RecoverMovedOptions } from "./recover-moved.js";
import { trimBeadEdges } from "./trim-bead-edges.js";
import { attachRepeats, findRepeats } from "./attach-repeats.js";
import { dropCopiedBeads } from "./drop-copied-beads.js";
import { dropCutCounterparts } from "./drop-cut-counterparts.js";
import { dropWeakBeads } from "./drop-weak-beads.js";
import { COMPARABLE_DEFAULTS } from "./comparable-defaults.js";
import { acceptanceFits, acceptBeads, type BeadAcceptanceModel } from "./accept-beads.js";
import { BEAD_ACCEPTANCE_MODEL } from "./bead-acceptance-model.js";
import { extendBeads } from "./extend-beads.js";
import { keepBead } from "./keep-bead.js";
import { BEAD_EXTENSION_MODEL } from "./bead-extension-model.js";

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
 * 5. with the learned acceptance ({@link acceptBeads}, after step 7): let the beads and
 *    every mutual-best span pair anywhere in the documents compete, and keep the winners
 *    the model accepts; without it (a scorer it was not fitted on), pair what is left
 *    unaligned out of order ({@link recoverMovedBeads}) and dissolve beads some outside
 *    sentence competes with ({@link dropWeakBeads});
 * 6. dissolve pairs of identical, untranslated lines ({@link dropCopiedBeads});
 *    after the acceptance, let a taken bead grow by a free sentence next to it, or join
 *    a taken bead touching it on both sides, where a fitted model says so ({@link extendBeads});
 * 7. a sentence printed twice on one page (a lead repeated as a summary, a title above
 *    the body) is kept out of steps 1-6, so the two copies do not compete for one
 *    counterpart or get merged with a neighbour, and then joins the bead of its first
 *    copy ({@link attachRepeats}).
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
/** Options of {@link alignWithMovedSentences}. */
export interface AlignComparableOptions extends AlignOptions {
  readonly recover?: RecoverMovedOptions;
  /**
   * The headline of each article (an index into `source` / `target`), when the caller
   * knows it. Two reports of one event pair their headlines even when the wording is
   * free, so the pair is linked before the DP unless their similarity is below
   * `minTitleSimilarity` (default `COMPARABLE_DEFAULTS.minTitleSimilarity`, 0.28), kept
   * out of the DP, where a short headline would otherwise be merged into the lead, and kept
   * by the learned acceptance: that bound is a fitted decision of its own, and a headline
   * pair's free wording gives it a weak margin over the lead below it.
   */
  readonly titles?: { readonly source: number; readonly target: number };
  readonly minTitleSimilarity?: number;
  /** The segmenter's kind of each sentence (body, title, caption, …): no candidate of the acceptance and no extension mixes kinds on a side (see `ProposeBeadsOptions.kinds`, `ExtendBeadsOptions.kinds`). */
  readonly kinds?: { readonly source: readonly string[]; readonly target: readonly string[] };
  /** The paragraph of each sentence: a DP bead spanning paragraphs also competes by its one-paragraph pieces (see `ProposeBeadsOptions.paragraphs`). */
  readonly paragraphs?: { readonly source: readonly number[]; readonly target: readonly number[] };
  /**
   * Sides whose last sentence is a fragment (the page was cut off inside it). The
   * fragment is aligned, then its bead is dissolved and the fragment dropped from the
   * beads ({@link dropCutCounterparts}).
   */
  readonly cutEnd?: { readonly source?: boolean; readonly target?: boolean };
  /** Pass ids (COMPARABLE_PASSES) to switch off, to measure what each is worth. */
  readonly disable?: ReadonlySet<string>;
  /**
   * The learned bead acceptance (default: the fitted BEAD_ACCEPTANCE_MODEL). When there
   * is one, the pass `bead-acceptance` is on and the scorer gives the signals it was
   * fitted on, it decides which beads stay, in place of the hand-set `weak-beads` ratio.
   */
  readonly acceptance?: BeadAcceptanceModel;
  /**
   * The fitted bead extension after the acceptance: a free sentence next to a taken bead
   * joins it, two taken beads touching on both sides become one. Runs with the acceptance
   * only, while the pass `bead-extension` is on, with this model, or BEAD_EXTENSION_MODEL
   * when `COMPARABLE_DEFAULTS.extend.on` (off by default).
   */
  readonly extension?: BeadAcceptanceModel;
}

/**
 * The DP's bead-size exponent for comparable articles (`AlignCosts.sizeExponent`; 1 for
 * parallel text): reports of one event that were written apart pair single sentences
 * far more often than they merge three or four, and a merged bead there mostly glues an
 * untranslated neighbour on. On pages-dev (dev pairs) 1.2 raised strict F1 0.730 → 0.762
 * with the seed pair unchanged; 1.3 and more cost the seed pair a bead.
 */
const COMPARABLE_SIZE_EXPONENT = COMPARABLE_DEFAULTS.sizeExponent;

const passOn = (options: AlignComparableOptions, pass: string) => !options.disable?.has(pass);

/** What {@link alignWithMovedSentences} returns: the alignment, and the headline pair the headline pass paired, if it did. */
export interface ComparableAlignResult extends AlignResult {
  /** The bead the headline pass made of `titles` (their similarity reached `minTitleSimilarity`), kept whatever the acceptance says. */
  readonly title?: Bead;
}

export async function alignWithMovedSentences(
  source: readonly string[],
  target: readonly string[],
  comparable: AlignComparableOptions,
): Promise<ComparableAlignResult> {
  const model = passOn(comparable, "bead-acceptance") ? (comparable.acceptance ?? BEAD_ACCEPTANCE_MODEL) : undefined;
  // One learned decision replaces the weak-bead ratio (alignComparable skips it when the
  // model fits the scorer); it runs on the full lists, after the repeats are back.
  const held = await alignHeldOut(source, target, { ...comparable, ...(model ? { acceptance: model } : {}) });
  const fits = model !== undefined && acceptanceFits(held.prepared, model, source.length, target.length);
  // A repeat whose twin's bead was taken apart competes on its own; afterwards it joins
  // its twin's bead again, as before the acceptance.
  const accepted = (beads: Bead[]) => (passOn(comparable, "repeats") ? attachRepeats(beads, source, target) : beads);
  const extension = !passOn(comparable, "bead-extension") ? undefined : (comparable.extension ?? (COMPARABLE_DEFAULTS.extend.on ? BEAD_EXTENSION_MODEL : undefined));
  // A long sentence rendered as two: the acceptance took its core, the extension adds the rest.
  // The segmenter's units: no bead side mixes kinds; a bead across a paragraph end also competes by its pieces.
  const kinds = comparable.kinds ? { kinds: comparable.kinds } : {};
  const paragraphs = comparable.paragraphs ? { paragraphs: comparable.paragraphs } : {};
  const extended = (beads: Bead[]) => (extension ? extendBeads(beads, held.prepared, { source, target }, extension, { ...COMPARABLE_DEFAULTS.extend, ...kinds }) : beads);
  // The headlines the headline pass paired (at minTitleSimilarity or more, a bound fitted on
  // its own) stay paired whatever the acceptance says: free wording is what titles have.
  const keepTitle = (beads: Bead[]) => (held.title ? keepBead(beads, held.title) : beads);
  const result = fits ? { ...held, beads: accepted(extended(keepTitle(acceptBeads(held.beads, held.prepared, model, { ...kinds, ...paragraphs })))) } : held;
  const cut = {
    ...(comparable.cutEnd?.source && source.length > 0 ? { source: source.length - 1 } : {}),
    ...(comparable.cutEnd?.target && target.length > 0 ? { target: target.length - 1 } : {}),
  };
  if (!passOn(comparable, "cut-counterparts")) return result;
  return cut.source === undefined && cut.target === undefined ? result : { ...result, beads: dropCutCounterparts(result.beads, cut) };
}

/** Headlines and repeats held out of steps 1-6, then put back. */
async function alignHeldOut(
  source: readonly string[],
  target: readonly string[],
  comparable: AlignComparableOptions,
): Promise<ComparableAlignResult> {
  const options = { ...comparable, costs: { sizeExponent: COMPARABLE_SIZE_EXPONENT, ...comparable.costs } };
  const sourceRepeats = passOn(options, "repeats") ? findRepeats(source) : new Map<number, number>();
  const targetRepeats = passOn(options, "repeats") ? findRepeats(target) : new Map<number, number>();
  const titles = passOn(options, "headlines") ? options.titles : undefined;
  if (sourceRepeats.size === 0 && targetRepeats.size === 0 && !titles) return alignComparable(source, target, options);
  // The caller gets a scorer bound to the lists it passed, all sentences included.
  const prepared = await options.scorer.prepare(source, target, { maxBead: Math.max(1, Math.floor(options.maxBead ?? 4)) });
  const titleSimilarity = titles ? prepared.similarity(titles.source, titles.source + 1, titles.target, titles.target + 1) : 0;
  const title =
    titles && !sourceRepeats.has(titles.source) && !targetRepeats.has(titles.target) && titleSimilarity >= (options.minTitleSimilarity ?? COMPARABLE_DEFAULTS.minTitleSimilarity)
      ? titles
      : undefined;
  const keptSource = source.map((_, i) => i).filter((i) => !sourceRepeats.has(i) && i !== title?.source);
  const keptTarget = target.map((_, j) => j).filter((j) => !targetRepeats.has(j) && j !== title?.target);
  const inner = await alignComparable(
    keptSource.map((i) => source[i]!),
    keptTarget.map((j) => target[j]!),
    options,
  );
  let beads: Bead[] = inner.beads.map((bead) => ({
    ...bead,
    source: bead.source.map((k) => keptSource[k]!),
    target: bead.target.map((k) => keptTarget[k]!),
  }));
  const titleBead = title
    ? { source: [title.source], target: [title.target], score: titleSimilarity, signals: prepared.signals(title.source, title.source + 1, title.target, title.target + 1) }
    : undefined;
  if (titleBead) beads = insertBy("source", beads, titleBead);
  for (const i of sourceRepeats.keys()) beads = insertBy("source", beads, { source: [i], target: [], score: 0 });
  for (const j of targetRepeats.keys()) beads = insertBy("target", beads, { source: [], target: [j], score: 0 });
  // The full-list scorer spoke first (e.g. what it embedded); the inner passes add the rest.
  return {
    beads: passOn(options, "repeats") ? attachRepeats(beads, source, target) : beads,
    prepared,
    notes: [...new Set([...(prepared.notes ?? []), ...inner.notes])],
    ...(titleBead ? { title: titleBead } : {}),
  };
}

/** Steps 1-6 of {@link alignWithMovedSentences}, on lists without repeated sentences. */
async function alignComparable(
  source: readonly string[],
  target: readonly string[],
  options: AlignComparableOptions,
): Promise<AlignResult> {
  const first = await alignSentences(source, target, options);
  // The learned acceptance, when it fits the scorer, replaces three hand-set passes: its
  // candidates include every mutual-best span pair (what recover-moved paired among the
  // leftovers, and the trimmed cores trim-edges cut out of merged beads), and its one
  // decision replaces the weak-bead ratio.
  const learned = options.acceptance !== undefined && acceptanceFits(first.prepared, options.acceptance, source.length, target.length);
  const moved = passOn(options, "moved-pairs") ? findMovedPairs(first.beads, first.prepared, options.recover) : [];
  const trim = (beads: Bead[], prepared: typeof first.prepared) => (passOn(options, "trim-edges") && !learned ? trimBeadEdges(beads, prepared) : beads);
  let beads = trim(first.beads, first.prepared);
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
    beads = trim(second.beads, second.prepared).map((bead) => ({
      ...bead,
      source: bead.source.map((k) => keptSource[k]!),
      target: bead.target.map((k) => keptTarget[k]!),
    }));
    for (const pair of moved) {
      const signals = first.prepared.signals(pair.source, pair.source + 1, pair.target, pair.target + 1);
      beads = insertBy("source", beads, {
        source: [pair.source],
        target: [pair.target],
        score: pair.similarity,
        moved: true,
        signals: { ...signals, margin: pair.margin },
      });
    }
  }
  const recovered = passOn(options, "recover-moved") && !learned ? recoverMovedBeads(beads, first.prepared, options.recover) : beads;
  const strong = passOn(options, "weak-beads") && !learned ? dropWeakBeads(recovered, first.prepared) : recovered;
  const kept = passOn(options, "copied-beads") ? dropCopiedBeads(strong, source, target) : strong;
  return { beads: kept, prepared: first.prepared, notes: first.notes };
}

/** Puts a bead before the first bead that starts after it on `side`. */
function insertBy(side: "source" | "target", beads: Bead[], bead: Bead): Bead[] {
  const at = bead[side][0]!;
  const index = beads.findIndex((other) => other[side].length > 0 && other[side][0]! > at);
  return index < 0 ? [...beads, bead] : [...beads.slice(0, index), bead, ...beads.slice(index)];
}
