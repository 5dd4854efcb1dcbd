import type { Bead } from "../bead.js";
import type { PreparedScorer } from "../scoring/span-scorer.js";
import { acceptanceProbability, type BeadAcceptanceModel } from "./accept-beads.js";
import { beadSpan, sameUnit, signalOf, spanBead, type BeadSpan } from "./bead-competition.js";

/** Features {@link extensionFeatures} computes itself; the model may also name none other. */
export const EXTENSION_FEATURES = [
  "otherGain",
  "ownGain",
  "alone",
  "explained",
  "rival",
  "freeRival",
  "similarityBefore",
  "similarityGain",
  "lengthAfter",
  "lengthGain",
  "ratioBefore",
  "ratioFix",
  "numbersGain",
  "share",
  "sides",
  "join",
] as const;

/** One way a taken bead can grow: a free sentence next to it, or the taken bead touching it on both sides. */
export interface BeadExtension {
  /** Index (into the beads) of the bead that grows. */
  readonly bead: number;
  /** Index of the bead joined to it (a 2-2 from two 1-1s), or undefined for a free sentence. */
  readonly joined?: number;
  /** Index of the free sentence's own 1-0 / 0-1 bead, or undefined for a join. */
  readonly free?: number;
  /** The sides after the extension. */
  readonly span: BeadSpan;
  readonly features: Readonly<Record<string, number>>;
}

/** Options of {@link extendBeads}. */
export interface ExtendBeadsOptions {
  /** Longest side a bead may grow to. */
  readonly maxSpan: number;
  /** At most this many extensions in all (each one is a round of candidates). */
  readonly maxSteps?: number;
  /**
   * The segmenter's kind of each sentence (body, title, caption, …), when the caller knows
   * them: a bead's side grows only by a sentence of that side's kind, and two beads join only
   * when each side stays of one kind. A headline or a photo caption is a unit of its own, not
   * the rest of a body sentence (the seed pair en → nl had the deputy minister's caption
   * glued onto the body sentence above it; rousseff-reelection-en-es its first body sentence
   * onto the headline pair).
   */
  readonly kinds?: { readonly source: readonly string[]; readonly target: readonly string[] };
}

const charsOf = (texts: readonly string[], from: number, to: number) => {
  let total = 0;
  for (let k = from; k < to; k++) total += texts[k]?.length ?? 0;
  return total;
};

/**
 * The extensions open to `beads` (the acceptance's output: taken beads and 1-0 / 0-1
 * beads for what it left): for each taken bead with contiguous sides, the free sentence
 * right before and right after each side (in its own document), and each taken bead that
 * starts where it ends on both sides (a 1-1 then a 1-1 that are one 2-2). Each with the
 * features a fitted model judges ({@link EXTENSION_FEATURES}); for a change from sides P to
 * sides Q:
 *
 * - `otherGain`: how much more of the side that did not grow Q explains (its coverage
 *   after − before; a source sentence added explains target words); `ownGain`: the same
 *   for the side that grew (it falls when the added sentence brings unexplained words).
 *   For a join, the smaller and the larger of the two sides' gains over the stronger bead.
 * - `alone`: the added sentence's similarity with the other side of the bead (a join: the
 *   weaker cross similarity); `explained`: the share of the added sentence's words the
 *   other side explains (its own coverage against it; a join: the weaker of the two); `rival`: log((its best similarity with a single sentence
 *   outside the bead + 0.01) / (alone + 0.01)): a sentence with its own partner elsewhere
 *   is a neighbour, not the rest of this one (a join: the weaker bead's own similarity);
 *   `freeRival`: the same over the free sentences only (a partner nothing took).
 * - `similarityBefore`, `similarityGain`, `lengthAfter`, `lengthGain`, `numbersGain`: the
 *   scorer's similarity and signals before and after.
 * - `ratioBefore`: how far the bead's character ratio lies from the documents' (|log(its
 *   ratio / the documents' ratio)|), `ratioFix`: how much nearer the extension brings it
 *   (before − after): a sentence rendered as two leaves its 1-1 core lopsided.
 * - `share`: the added text's share of its side's characters after; `sides`: sentences in
 *   the bead after, beyond the first pair; `join`: 1 for a join.
 *
 * @example
 * extensionCandidates([{ source: [14], target: [5], score: 0.5 }, { source: [], target: [6], score: 0 }], prepared, texts, 20, 20, { maxSpan: 4 })
 * // [{ bead: 0, free: 1, span: { i0: 14, i1: 15, j0: 5, j1: 7 }, features: { otherGain: 0.3, … } }]
 */
export function extensionCandidates(
  beads: readonly Bead[],
  prepared: PreparedScorer,
  texts: { readonly source: readonly string[]; readonly target: readonly string[] },
  n: number,
  m: number,
  options: ExtendBeadsOptions,
): BeadExtension[] {
  const freeSource = new Map<number, number>();
  const freeTarget = new Map<number, number>();
  beads.forEach((bead, k) => {
    if (bead.target.length === 0 && bead.source.length === 1) freeSource.set(bead.source[0]!, k);
    if (bead.source.length === 0 && bead.target.length === 1) freeTarget.set(bead.target[0]!, k);
  });
  const spans = beads.map((bead) => (bead.moved ? undefined : beadSpan(bead)));
  const byStart = new Map<string, number>();
  spans.forEach((span, k) => span && byStart.set(`${span.i0}|${span.j0}`, k));
  const fits = ({ i0, i1, j0, j1 }: BeadSpan) => i1 - i0 <= options.maxSpan && j1 - j0 <= options.maxSpan;
  // Each side of the span of one kind (body sentences with body sentences), when known.
  const oneKind = ({ i0, i1, j0, j1 }: BeadSpan) => sameUnit(options.kinds?.source, i0, i1) && sameUnit(options.kinds?.target, j0, j1);
  // The documents' character ratio, and how far a bead's ratio lies from it.
  const documentRatio = Math.log((charsOf(texts.target, 0, m) + 1) / (charsOf(texts.source, 0, n) + 1));
  const skew = ({ i0, i1, j0, j1 }: BeadSpan) => Math.abs(Math.log((charsOf(texts.target, j0, j1) + 1) / (charsOf(texts.source, i0, i1) + 1)) - documentRatio);
  const out: BeadExtension[] = [];
  spans.forEach((span, k) => {
    if (!span) return;
    const ratioBefore = skew(span);
    const before = prepared.signals(span.i0, span.i1, span.j0, span.j1);
    const similarityBefore = prepared.similarity(span.i0, span.i1, span.j0, span.j1);
    const change = (after: BeadSpan, grewSource: boolean, alone: number, explained: number, outside: number, outsideFree: number, added: number) => {
      const signals = prepared.signals(after.i0, after.i1, after.j0, after.j1);
      const sourceGain = signalOf(signals, "sourceCoverage") - signalOf(before, "sourceCoverage");
      const targetGain = signalOf(signals, "targetCoverage") - signalOf(before, "targetCoverage");
      const sideChars = grewSource ? charsOf(texts.source, after.i0, after.i1) : charsOf(texts.target, after.j0, after.j1);
      return {
        otherGain: grewSource ? targetGain : sourceGain,
        ownGain: grewSource ? sourceGain : targetGain,
        alone,
        explained,
        rival: Math.log((outside + 0.01) / (alone + 0.01)),
        freeRival: Math.log((outsideFree + 0.01) / (alone + 0.01)),
        similarityBefore,
        similarityGain: prepared.similarity(after.i0, after.i1, after.j0, after.j1) - similarityBefore,
        lengthAfter: signalOf(signals, "length"),
        lengthGain: signalOf(signals, "length") - signalOf(before, "length"),
        ratioBefore,
        ratioFix: ratioBefore - skew(after),
        numbersGain: signalOf(signals, "numbers") - signalOf(before, "numbers"),
        share: sideChars > 0 ? added / sideChars : 0,
        sides: after.i1 - after.i0 + (after.j1 - after.j0) - 2,
        join: 0,
      };
    };
    // A free source sentence next to the bead: it explains target words or it does not.
    for (const i of [span.i0 - 1, span.i1]) {
      const free = freeSource.get(i);
      const after = { ...span, i0: Math.min(span.i0, i), i1: Math.max(span.i1, i + 1) };
      if (free === undefined || !fits(after) || !oneKind(after)) continue;
      let outside = 0;
      let outsideFree = 0;
      for (let j = 0; j < m; j++) {
        if (j >= span.j0 && j < span.j1) continue;
        const similarity = prepared.similarity(i, i + 1, j, j + 1);
        outside = Math.max(outside, similarity);
        if (freeTarget.has(j)) outsideFree = Math.max(outsideFree, similarity);
      }
      const alone = prepared.similarity(i, i + 1, span.j0, span.j1);
      const explained = signalOf(prepared.signals(i, i + 1, span.j0, span.j1), "sourceCoverage");
      out.push({ bead: k, free, span: after, features: change(after, true, alone, explained, outside, outsideFree, texts.source[i]?.length ?? 0) });
    }
    for (const j of [span.j0 - 1, span.j1]) {
      const free = freeTarget.get(j);
      const after = { ...span, j0: Math.min(span.j0, j), j1: Math.max(span.j1, j + 1) };
      if (free === undefined || !fits(after) || !oneKind(after)) continue;
      let outside = 0;
      let outsideFree = 0;
      for (let i = 0; i < n; i++) {
        if (i >= span.i0 && i < span.i1) continue;
        const similarity = prepared.similarity(i, i + 1, j, j + 1);
        outside = Math.max(outside, similarity);
        if (freeSource.has(i)) outsideFree = Math.max(outsideFree, similarity);
      }
      const alone = prepared.similarity(span.i0, span.i1, j, j + 1);
      const explained = signalOf(prepared.signals(span.i0, span.i1, j, j + 1), "targetCoverage");
      out.push({ bead: k, free, span: after, features: change(after, false, alone, explained, outside, outsideFree, texts.target[j]?.length ?? 0) });
    }
    // The taken bead right after it on both sides: two 1-1s that are one 2-2.
    const next = byStart.get(`${span.i1}|${span.j1}`);
    const second = next === undefined ? undefined : spans[next];
    if (next === undefined || !second) return;
    const after = { i0: span.i0, i1: second.i1, j0: span.j0, j1: second.j1 };
    if (!fits(after) || !oneKind(after)) return;
    const own = prepared.similarity(second.i0, second.i1, second.j0, second.j1);
    // Judged from the stronger of the two beads, so the figures do not depend on reading order.
    const [strong, weak, strongSim, weakSim] = own > similarityBefore ? [second, span, own, similarityBefore] : [span, second, similarityBefore, own];
    const strongSignals = prepared.signals(strong.i0, strong.i1, strong.j0, strong.j1);
    const signals = prepared.signals(after.i0, after.i1, after.j0, after.j1);
    const sourceGain = signalOf(signals, "sourceCoverage") - signalOf(strongSignals, "sourceCoverage");
    const targetGain = signalOf(signals, "targetCoverage") - signalOf(strongSignals, "targetCoverage");
    const alone = Math.min(prepared.similarity(weak.i0, weak.i1, strong.j0, strong.j1), prepared.similarity(strong.i0, strong.i1, weak.j0, weak.j1));
    const explained = Math.min(
      signalOf(prepared.signals(weak.i0, weak.i1, strong.j0, strong.j1), "sourceCoverage"),
      signalOf(prepared.signals(strong.i0, strong.i1, weak.j0, weak.j1), "targetCoverage"),
    );
    const chars = charsOf(texts.source, after.i0, after.i1) + charsOf(texts.target, after.j0, after.j1);
    out.push({
      bead: k,
      joined: next,
      span: after,
      features: {
        otherGain: Math.min(sourceGain, targetGain),
        ownGain: Math.max(sourceGain, targetGain),
        alone,
        explained,
        rival: Math.log((weakSim + 0.01) / (alone + 0.01)),
        freeRival: Math.log((weakSim + 0.01) / (alone + 0.01)),
        similarityBefore: strongSim,
        similarityGain: prepared.similarity(after.i0, after.i1, after.j0, after.j1) - strongSim,
        lengthAfter: signalOf(signals, "length"),
        lengthGain: signalOf(signals, "length") - signalOf(strongSignals, "length"),
        ratioBefore: skew(strong),
        ratioFix: skew(strong) - skew(after),
        numbersGain: signalOf(signals, "numbers") - signalOf(strongSignals, "numbers"),
        share: chars > 0 ? (charsOf(texts.source, weak.i0, weak.i1) + charsOf(texts.target, weak.j0, weak.j1)) / chars : 0,
        sides: after.i1 - after.i0 + (after.j1 - after.j0) - 2,
        join: 1,
      },
    });
  });
  return out;
}

/** `beads` with `extension` applied: the bead grown in place, the free sentence's or the joined bead's entry gone. */
export function applyExtension(beads: readonly Bead[], extension: BeadExtension, prepared: PreparedScorer): Bead[] {
  const grown = spanBead(prepared, extension.span);
  const gone = extension.joined ?? extension.free;
  return beads.flatMap((bead, k) => (k === extension.bead ? [grown] : k === gone ? [] : [bead]));
}

/**
 * The second, fitted decision after the bead acceptance: a taken bead grows by a free
 * sentence next to it (a long sentence rendered as two or three: s15 ↔ t06,t07, taken as
 * s15-t06 with t07 left over), or two taken beads touching on both sides become one (two
 * 1-1s that are a 2-2), when `model` gives the extension a probability of at least its
 * threshold. One extension at a time, the most probable first, then the candidates again,
 * so a bead can grow by two or three sentences; at most `maxSteps`. A plain yes/no per
 * extension, labelled by whether the added sentence belongs to the bead's gold group
 * (scripts/fit-bead-extension.ts), separate from the competition that chose the beads.
 * Moved beads and beads with gaps do not grow.
 *
 * @example
 * extendBeads([{ source: [14], target: [5], score: 0.5 }, { source: [], target: [6], score: 0 }], prepared, texts, BEAD_EXTENSION_MODEL!, { maxSpan: 4 })
 * // [{ source: [14], target: [5, 6], … }]
 */
export function extendBeads(
  beads: readonly Bead[],
  prepared: PreparedScorer,
  texts: { readonly source: readonly string[]; readonly target: readonly string[] },
  model: BeadAcceptanceModel,
  options: ExtendBeadsOptions,
): Bead[] {
  const n = texts.source.length;
  const m = texts.target.length;
  let current = [...beads];
  const steps = options.maxSteps ?? n + m;
  for (let step = 0; step < steps; step++) {
    let best: { extension: BeadExtension; p: number } | undefined;
    for (const extension of extensionCandidates(current, prepared, texts, n, m, options)) {
      const p = acceptanceProbability(extension.features, model);
      if (p >= model.threshold && (!best || p > best.p)) best = { extension, p };
    }
    if (!best) break;
    current = applyExtension(current, best.extension, prepared);
  }
  return current;
}
