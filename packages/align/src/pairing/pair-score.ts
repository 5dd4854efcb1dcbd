import type { PairFeatureKind, PairFeatures } from "./pair-features.js";

/** One piece of shared evidence behind a pair's score, strongest first in {@link PairScore.reasons}. */
export interface PairReason {
  /** An anchor both texts share, or `url`: the two addresses differ only in a language code (set by callers that know URLs). */
  readonly kind: PairFeatureKind | "url";
  /** How the source document writes it ("Phan Anh Sơn", "8 juli"). */
  readonly source: string;
  /** How the target document writes it ("Phan Anh Son", "July 8"). */
  readonly target: string;
  readonly weight: number;
}

export interface PairScore {
  /** In [0, 1]; comparable across language pairs and document lengths. */
  readonly score: number;
  /** Signal values behind `score`: `anchors`, `order`, and `lexical` / `neural` when used. */
  readonly signals: Readonly<Record<string, number>>;
  readonly reasons: readonly PairReason[];
}

/** Unmatched anchor weight every document is assumed to have on top of its own. */
export const ANCHOR_PRIOR_WEIGHT = 4;

/** Shared weight below which a pair's score is scaled down in proportion. */
export const MIN_EVIDENCE_WEIGHT = 5;

/** How much one shared anchor of each kind says that two articles report the same event. */
const KIND_WEIGHTS: Record<PairFeatureKind, number> = {
  // A day and month shared by two articles is rare by chance; a year is not.
  date: 3,
  year: 1,
  number: 1,
  name: 1,
  acronym: 2,
  sound: 1,
};

const SOUND = "sound:";
const CASED = /[\p{Lu}\p{Ll}]/u;
const soundScripts = new WeakMap<PairFeatures, "cased" | "caseless" | "none">();

/**
 * Whether most of a document's sound keys come from capitalised names (Latin, Cyrillic, Greek …),
 * or from the words of a script without capitals (Arabic, Devanagari, Thai …), or there are none.
 */
function soundScript(features: PairFeatures): "cased" | "caseless" | "none" {
  let script = soundScripts.get(features);
  if (script === undefined) {
    let cased = 0;
    let caseless = 0;
    for (const [key, surface] of features.anchors) if (key.startsWith(SOUND)) CASED.test(surface) ? cased++ : caseless++;
    script = cased + caseless === 0 ? "none" : cased >= caseless ? "cased" : "caseless";
    soundScripts.set(features, script);
  }
  return script;
}

/**
 * Whether two documents' `sound:` anchors count: only between a text in a script with capitals,
 * whose sound keys are its names', and one without, whose every word has one. Two cased texts'
 * names already meet by spelling or transliteration (a sound key would count them twice and raise
 * same-topic texts: a Russian and a Serbian article that both name Putin and Moscow); two
 * caseless texts (Korean, Japanese) would meet on common words.
 */
export function soundCounts(a: PairFeatures, b: PairFeatures): boolean {
  const x = soundScript(a);
  const y = soundScript(b);
  return x !== "none" && y !== "none" && x !== y;
}

/** Whether a key both documents hold counts as shared: a `sound:` key only when {@link soundCounts} says so. */
export function sharedKeyCounts(key: string, withSound: boolean): boolean {
  return withSound || !key.startsWith(SOUND);
}

/**
 * The weight of a document's anchors, without its `sound:` keys and of them alone: a text in
 * a caseless script gives every word a sound key, as a possible name, so its sound weight says
 * nothing of how many names it holds.
 */
export function anchorTotals(features: PairFeatures, weightOf: (key: string) => number): { plain: number; sound: number } {
  let plain = 0;
  let sound = 0;
  for (const key of features.anchors.keys()) {
    if (key.startsWith(SOUND)) sound += weightOf(key);
    else plain += weightOf(key);
  }
  return { plain, sound };
}

/**
 * The anchor weight that sets a pair's scale: the smaller document's, where sound keys (when
 * they count) weigh at most as much as the other document's do; a caseless text's sound keys
 * stand for the names the other text has.
 */
export function pairScale(a: { plain: number; sound: number }, b: { plain: number; sound: number }, withSound: boolean): number {
  const sound = withSound ? Math.min(a.sound, b.sound) : 0;
  return Math.min(a.plain, b.plain) + sound;
}

/**
 * Weight of an anchor key in a collection where `documentCount` documents have it.
 * Two-word names count double (a full name is rarer than either part). An anchor in
 * more than two documents cannot single out one pair, so its weight shrinks as 2/df:
 * in a corpus of article pairs, event-specific anchors sit in exactly two documents,
 * and a two-document collection is not penalised at all (unlike IDF, which would make
 * scores depend on the corpus size).
 */
export function anchorWeight(key: string, documentCount: number): number {
  const kind = key.slice(0, key.indexOf(":")) as PairFeatureKind;
  const words = kind === "name" ? key.split(" ").length : 1;
  // The three-word form adds little beyond its two two-word parts; it is kept mostly
  // so reasons can show the whole name.
  const base = (KIND_WEIGHTS[kind] ?? 1) * (words === 2 ? 2 : 1);
  return base * Math.min(1, 2 / Math.max(1, documentCount));
}

/**
 * Scores how likely two documents (in different languages) report the same event.
 *
 * `anchors` is the weight of the shared anchors over the smaller document's total
 * (plus a prior of 4, so that sharing 2 of 2 anchors is not a sure thing), so
 * a short article fully contained in a long one scores high, and the score does not
 * depend on how many anchors a language's writing conventions produce (German
 * capitalises every noun; only the document with fewer anchors sets the scale).
 * `order` is the share of that weight that appears in the same order in both texts
 * (a weighted longest increasing subsequence of first mentions): a translation keeps
 * the order, an article on the same topic does not. The score is
 * `anchors × √order × min(1, shared weight / 5)`, averaged with the optional `lexical`
 * and `neural` similarities when the caller supplies them. The square root lets a news
 * translation that drops the lead paragraph (order ≈ 0.5) keep most of its score while
 * a same-topic text (order ≈ 0.2) loses more than half.
 *
 * @example
 * const s = scorePair(extractPairFeatures(nl), extractPairFeatures(en), (key) => anchorWeight(key, 2));
 * s.score; // e.g. 0.24
 */
export function scorePair(
  source: PairFeatures,
  target: PairFeatures,
  weightOf: (key: string) => number,
  extra: { lexical?: number; neural?: number } = {},
): PairScore {
  const withSound = soundCounts(source, target);
  const shared = [...source.anchors.keys()].filter((key) => target.anchors.has(key) && sharedKeyCounts(key, withSound));
  const sharedWeight = shared.reduce((sum, key) => sum + weightOf(key), 0);
  const scale = pairScale(anchorTotals(source, weightOf), anchorTotals(target, weightOf), withSound);
  // The prior weight keeps two anchor-poor documents (a short Chinese note sharing one
  // date and one number with an English one) from scoring like a full translation.
  const anchors = sharedWeight / (scale + ANCHOR_PRIOR_WEIGHT);
  const order = sharedWeight > 0 ? orderedWeight(shared, source, target, weightOf) / sharedWeight : 0;

  const signals: Record<string, number> = { anchors: round(anchors), order: round(order) };
  // Less than MIN_EVIDENCE_WEIGHT shared (a year, a number and a name) is what two
  // unrelated texts share by chance, however few anchors they have in all.
  const evidence = Math.min(1, sharedWeight / MIN_EVIDENCE_WEIGHT);
  const parts = [anchors * Math.sqrt(order) * evidence];
  if (extra.lexical !== undefined) {
    signals.lexical = round(extra.lexical);
    parts.push(extra.lexical);
  }
  if (extra.neural !== undefined) {
    signals.neural = round(extra.neural);
    parts.push(extra.neural);
  }
  const reasons = shared
    .map((key) => ({
      kind: key.slice(0, key.indexOf(":")) as PairFeatureKind,
      source: source.anchors.get(key)!,
      target: target.anchors.get(key)!,
      weight: round(weightOf(key)),
    }))
    // "Phan Anh" says nothing once "Phan Anh Son" is listed.
    .filter((reason, _, all) => !all.some((other) => other !== reason && other.source.length > reason.source.length && other.source.includes(reason.source)))
    .sort((a, b) => b.weight - a.weight || b.source.length - a.source.length || a.source.localeCompare(b.source));
  const score = parts.reduce((sum, part) => sum + part, 0) / parts.length;
  return { score: round(Math.min(1, score)), signals, reasons };
}

/** Weight of the heaviest subset of shared anchors first mentioned in the same order in both documents. */
function orderedWeight(
  keys: readonly string[],
  source: PairFeatures,
  target: PairFeatures,
  weightOf: (key: string) => number,
): number {
  const sorted = [...keys].sort((a, b) => source.positions.get(a)! - source.positions.get(b)!);
  const best: number[] = [];
  let max = 0;
  // Quadratic, but over shared anchors only: a few hundred at most for one article pair.
  for (let i = 0; i < sorted.length; i++) {
    const weight = weightOf(sorted[i]!);
    const at = target.positions.get(sorted[i]!)!;
    let value = weight;
    for (let j = 0; j < i; j++) {
      if (target.positions.get(sorted[j]!)! <= at && best[j]! + weight > value) value = best[j]! + weight;
    }
    best.push(value);
    if (value > max) max = value;
  }
  return max;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
