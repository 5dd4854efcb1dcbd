import { distance } from "fastest-levenshtein";
import type { Lexicon } from "./create-lexicon.js";
import { lengthProbability } from "./length-probability.js";
import { lexiconStemIndex, stemToken, type LexiconStemIndex } from "./lexicon-stem-index.js";
import { prefixLengths } from "./prefix-lengths.js";
import { punctuationCounts } from "./punctuation-counts.js";
import type { PreparedScorer, SpanScorer } from "./span-scorer.js";
import { tokenizeForMatching } from "./tokenize-for-matching.js";

/** Knobs of the lexical scorer; the defaults were tuned on Text+Berg dev only. */
export interface LexicalScorerSettings {
  /** Weight of the lexical coverage in the similarity; the rest goes to the length probability. */
  readonly lexicalWeight: number;
  /** Characters kept of a folded token when matching through the lexicon. */
  readonly stemLength: number;
  /** Smallest normalised Levenshtein similarity for two tokens to count as cognates. */
  readonly cognateThreshold: number;
  /** Shortest token (characters) tried as a cognate; shorter ones must be identical. */
  readonly cognateMinLength: number;
  /** Similarity 0 for spans that share no word at all, whatever their lengths. */
  readonly requireEvidence: boolean;
  /** Factor on the similarity of a bead that merges a sentence with no matched word at all. */
  readonly orphanFactor: number;
  /** How much disagreeing numbers lower the similarity: × (1 − w·(1 − Jaccard of the number sets)). */
  readonly numberWeight: number;
  /** Token weight is IDF to this power: above 1 leans harder on rare words (names, numbers). */
  readonly idfPower: number;
  /**
   * With no lexicon for the pair and lexical evidence below this (the IDF-weighted share of
   * tokens with any counterpart in the other document; see `lexicalEvidence`), the scorer
   * switches to its weak-evidence mode:
   * the length probability carries the similarity and shared tokens (names, numbers,
   * cognates) only adjust it. Text+Berg de–fr with FreeDict is at 0.76–0.87, English–
   * Icelandic without a lexicon at 0.02–0.15, English–Chinese at 0.
   */
  readonly weakEvidence: number;
  /**
   * Weak-evidence mode at evidence `weakReference` (tuned on Text+Berg dev without a
   * lexicon, evidence 0.29): the weight of the matched share of matchable tokens (the rest
   * is length), and the DP's deletion and merge prices. Below `weakReference` all three slide
   * linearly towards the length scorer (weight 0, deletion 1.2, merge 0.7), which is what a
   * pair with nothing matchable (English–Chinese) is.
   */
  readonly weakLexicalWeight: number;
  readonly weakDeletion: number;
  readonly weakMerge: number;
  readonly weakReference: number;
  /** Weak-evidence mode: weight of the agreement of clause punctuation counts (",:;、"), Gale-Church style. */
  readonly weakPauseWeight: number;
  /** Variance of that agreement (per pause, as s² in {@link lengthProbability}). */
  readonly pauseVariance: number;
  /** Weak-evidence mode: weight of the agreement of "?" and "!" counts, when a span has any. */
  readonly weakMarkWeight: number;
  /**
   * Bertalign-style margin the scorer asks the DP for (`AlignCosts.margin`) when it has
   * lexical evidence (dev: see `debrisDeletion`). Not in
   * weak-evidence mode, where length-led similarities have no hubs to discount (Bible and
   * ParIce lost 0.003 with it).
   */
  readonly margin: number;
  /**
   * Factor on the DP's deletion price for OCR debris (`AlignCosts.debrisDeletion`), asked for
   * with the margin, outside weak-evidence mode. Alone it and the margin each gain under
   * 0.005 on Text+Berg dev; together strict F1 0.881 → 0.893, lax 0.993 → 0.995 (0.887–0.893
   * for margin 0.5–1 and this factor 0.4–0.6).
   */
  readonly debrisDeletion: number;
}

export const DEFAULT_LEXICAL_SETTINGS: LexicalScorerSettings = {
  lexicalWeight: 0.9,
  stemLength: 6,
  cognateThreshold: 0.8,
  cognateMinLength: 4,
  requireEvidence: true,
  orphanFactor: 0.8,
  numberWeight: 0,
  idfPower: 1,
  weakEvidence: 0.4,
  weakLexicalWeight: 0.5,
  weakDeletion: 1.0,
  weakMerge: 0.4,
  weakReference: 0.3,
  weakPauseWeight: 0.3,
  pauseVariance: 1,
  weakMarkWeight: 0,
  margin: 0.5,
  debrisDeletion: 0.5,
};

/** The length scorer's DP prices (create-length-scorer.ts), where weak-evidence mode starts from. */
const LENGTH_DELETION = 1.2;
const LENGTH_MERGE = 0.7;

// German-, Dutch- and French-style inflection endings, tried when a word is not in the
// lexicon as written. Stems (first few letters) do most of the work; this catches short
// words ("Berge" → "berg") whose stem is the whole word.
const ENDINGS = ["en", "e", "n", "s", "es", "er", "em", "ern", "x", "nen"];
// Fugen elements between the parts of a German or Dutch compound ("Arbeitsweg").
const LINKS = ["", "s", "es", "n", "en", "e"];

interface Side {
  readonly words: string[];
  /** Unique token types of each sentence, in order of first occurrence. */
  readonly types: Int32Array[];
  /** IDF weight of each token type. */
  readonly weights: Float64Array;
  /** Per sentence, the weight behind each of 64 mask bits (types beyond 64 share bits). */
  readonly bitWeights: Float64Array[];
  readonly mass: Float64Array;
  readonly chars: Float64Array;
  readonly numbers: Set<string>[];
}

function buildSide(sentences: readonly string[], idfPower: number): Side {
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const frequency: number[] = [];
  const types: Int32Array[] = [];
  const numbers: Set<string>[] = [];
  for (const sentence of sentences) {
    const unique: number[] = [];
    const numeric = new Set<string>();
    for (const token of tokenizeForMatching(sentence)) {
      let id = vocabulary.get(token);
      if (id === undefined) {
        id = words.length;
        vocabulary.set(token, id);
        words.push(token);
        frequency.push(0);
      }
      if (!unique.includes(id)) {
        unique.push(id);
        frequency[id]!++;
      }
      if (/^\d/.test(token)) numeric.add(token);
    }
    types.push(Int32Array.from(unique));
    numbers.push(numeric);
  }
  const count = Math.max(1, sentences.length);
  const weights = new Float64Array(words.length);
  for (let t = 0; t < words.length; t++) {
    // IDF within the document pair: function words that are in most sentences weigh
    // almost nothing; one-letter tokens (l', d', m) weigh little whatever their count.
    const idf = Math.log((count + 1) / (frequency[t]! + 0.5));
    weights[t] = Math.pow(Math.max(0.05, idf), idfPower) * (words[t]!.length === 1 && !/\d/.test(words[t]!) ? 0.2 : 1);
  }
  const bitWeights: Float64Array[] = [];
  const mass = new Float64Array(sentences.length);
  types.forEach((list, s) => {
    const bits = new Float64Array(Math.min(64, list.length));
    let total = 0;
    list.forEach((type, position) => {
      bits[position & 63]! += weights[type]!;
      total += weights[type]!;
    });
    bitWeights.push(bits);
    mass[s] = total;
  });
  return { words, types, weights, bitWeights, mass, chars: prefixLengths(sentences), numbers };
}

/** The lexicon translations' stems of one folded source word, trying inflections and compound splits. */
function translationStems(word: string, index: LexiconStemIndex, stemLength: number): Set<string> {
  const found = new Set<string>();
  const look = (form: string) => {
    const hits = index.stems.get(stemToken(form, stemLength));
    if (hits) for (const hit of hits) found.add(hit);
    return hits !== undefined;
  };
  let hit = look(word);
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) hit = look(word.slice(0, -ending.length)) || hit;
  }
  if (hit || word.length < 7 || /\d/.test(word)) return found;
  // A compound the lexicon lacks: take the longest known head and a known modifier,
  // so "nordostwand" finds "wand" (paroi, face) and "nordost".
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const head = word.slice(cut);
    if (!index.words.has(head) && !ENDINGS.some((e) => head.endsWith(e) && index.words.has(head.slice(0, -e.length)))) continue;
    const modifier = word.slice(0, cut);
    const link = LINKS.find((l) => modifier.length - l.length >= 3 && modifier.endsWith(l) && index.words.has(modifier.slice(0, modifier.length - l.length)));
    look(head);
    if (link !== undefined) look(modifier.slice(0, modifier.length - link.length));
    for (const e of ENDINGS) if (head.endsWith(e) && head.length - e.length >= 3) look(head.slice(0, -e.length));
    break;
  }
  return found;
}

function isWordy(token: string): boolean {
  return !/\d/.test(token);
}

/**
 * For each source type, the target types it may translate to: identical tokens (names,
 * numbers, acronyms), lexicon translations in either direction (by stem), and
 * orthographic cognates (normalised Levenshtein on folded tokens).
 */
function buildCandidates(source: Side, target: Side, index: LexiconStemIndex | undefined, settings: LexicalScorerSettings): Int32Array[] {
  const targetIds = new Map<string, number>();
  const targetByStem = new Map<string, number[]>();
  const targetByInitial = new Map<string, number[]>();
  target.words.forEach((word, id) => {
    targetIds.set(word, id);
    const stem = stemToken(word, settings.stemLength);
    const list = targetByStem.get(stem);
    if (list) list.push(id);
    else targetByStem.set(stem, [id]);
    if (word.length >= settings.cognateMinLength && isWordy(word)) {
      const key = word.slice(0, 2);
      const bucket = targetByInitial.get(key);
      if (bucket) bucket.push(id);
      else targetByInitial.set(key, [id]);
    }
  });
  return source.words.map((word) => {
    const candidates = new Set<number>();
    const same = targetIds.get(word);
    if (same !== undefined) candidates.add(same);
    if (index && isWordy(word)) {
      for (const stem of translationStems(word, index, settings.stemLength)) {
        for (const id of targetByStem.get(stem) ?? []) candidates.add(id);
      }
    }
    if (word.length >= settings.cognateMinLength && isWordy(word)) {
      for (const id of targetByInitial.get(word.slice(0, 2)) ?? []) {
        const other = target.words[id]!;
        const longer = Math.max(word.length, other.length);
        // The epsilon keeps 1 − 0.8 from rounding below 0.2: 4 vs 5 letters must pass at 0.8.
        if (Math.abs(word.length - other.length) > longer * (1 - settings.cognateThreshold) + 1e-9) continue;
        if (1 - distance(word, other) / longer >= settings.cognateThreshold - 1e-9) candidates.add(id);
      }
    }
    return Int32Array.from(candidates);
  });
}

/**
 * How much lexical evidence the document pair offers at all: the IDF-weighted share of
 * tokens, on both sides, that have some counterpart (identical, lexicon, cognate) anywhere
 * in the other document; the mean of the two sides. Text+Berg de–fr with FreeDict is at
 * 0.76–0.87 (0.29 without), ParIce en–is without a lexicon 0.02–0.15, English–Chinese 0.
 */
function lexicalEvidence(source: Side, target: Side, candidates: Int32Array[]): number {
  const targetMatched = new Uint8Array(target.words.length);
  for (const list of candidates) for (const type of list) targetMatched[type] = 1;
  const share = (side: Side, matched: (type: number) => boolean) => {
    let total = 0, hit = 0;
    for (const list of side.types) {
      for (const type of list) {
        total += side.weights[type]!;
        if (matched(type)) hit += side.weights[type]!;
      }
    }
    return total > 0 ? hit / total : 0;
  };
  return (share(source, (t) => candidates[t]!.length > 0) + share(target, (t) => targetMatched[t] === 1)) / 2;
}

function matchableMass(side: Side, matchable: (type: number) => boolean): Float64Array {
  const out = new Float64Array(side.types.length);
  side.types.forEach((list, s) => {
    let sum = 0;
    for (const type of list) if (matchable(type)) sum += side.weights[type]!;
    out[s] = sum;
  });
  return out;
}

function maskWeight(bits: Float64Array, low: number, high: number): number {
  let sum = 0;
  let x = low;
  while (x !== 0) {
    const lowest = x & -x;
    sum += bits[31 - Math.clz32(lowest)]!;
    x ^= lowest;
  }
  x = high;
  while (x !== 0) {
    const lowest = x & -x;
    sum += bits[63 - Math.clz32(lowest)]!;
    x ^= lowest;
  }
  return sum;
}

/** Keep at most this many sentence pairs' mask slots (16 bytes each); beyond it the cache starts again (bounded memory). */
const PAIR_CACHE_LIMIT = 8_000_000;

/**
 * The offline multilingual scorer: how much of each span's vocabulary the other span
 * explains, through a bilingual lexicon (both directions, inflections by stem, German-style
 * compounds split), identical tokens (names, numbers, acronyms) and orthographic cognates
 * ("coördinatie"/"coordination" after diacritic folding), plus the Gale-Church length probability.
 *
 * similarity = w·F + (1 − w)·P_len, where F is the harmonic mean of the IDF-weighted
 * coverage of source tokens by the target span and of target tokens by the source span.
 *
 * Normalisation so that merging is not free: we do not use Vecalign's neighbour
 * subtraction, because coverage is already relative to the spans.
 * Adding an untranslated sentence to a bead adds unmatched tokens and lowers that side's
 * coverage, so F drops; and the DP prices a bead as (sentences in it / 2) · (1 − similarity)
 * plus a per-extra-sentence merge cost, so one 2-2 bead costs as much as two 1-1 beads of the
 * same similarity. (Vecalign needs its neighbour term because cosine similarity of summed
 * embeddings does not fall when a span grows; coverage does.) Two guards complete it: a
 * merged sentence with no matched word at all multiplies the similarity by `orphanFactor`,
 * and spans that share no word score 0 (`requireEvidence`), which with the DP's similarity
 * floor turns unrelated neighbours into deletions rather than a bad 1-1 or 2-2. The scorer
 * also asks the DP (`alignCosts`) for Bertalign's margin, against sentences that match
 * everything a little, and for cheap deletion of OCR debris (see `margin`, `debrisDeletion`).
 *
 * Without a lexicon for the pair it falls back to identical tokens, cognates, numbers and
 * length, and says so once in `notes`. If moreover the document pair has little lexical
 * evidence (see `weakEvidence`: other scripts, unrelated languages), "share no word → 0"
 * would make every bead lose to deletions; the scorer then lets the length probability lead
 * (plus clause-punctuation counts), with matched names/numbers/cognates adjusting it, and
 * hands the DP length-scorer-like prices (`alignCosts`); it says so in `notes` too.
 *
 * @example
 * const scorer = createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon });
 * const prepared = await scorer.prepare(["Der Berg ."], ["La montagne ."], { maxBead: 4 });
 * prepared.similarity(0, 1, 0, 1) // ≈ 0.8
 */
export function createLexicalScorer(options: {
  sourceLang: string;
  targetLang: string;
  lexicon?: Lexicon;
  settings?: Partial<LexicalScorerSettings>;
}): SpanScorer {
  const settings = { ...DEFAULT_LEXICAL_SETTINGS, ...options.settings };
  const lexicon = options.lexicon;
  const usable = lexicon !== undefined && (lexicon.forward.size > 0 || lexicon.backward.size > 0);
  return {
    name: "lexical",
    async prepare(sourceSentences, targetSentences): Promise<PreparedScorer> {
      const notes: string[] = [];
      let index: LexiconStemIndex | undefined;
      if (usable) {
        const reversed = lexicon.sourceLang === options.targetLang && lexicon.targetLang === options.sourceLang;
        const aligned = lexicon.sourceLang === options.sourceLang && lexicon.targetLang === options.targetLang;
        const oriented = reversed
          ? { ...lexicon, sourceLang: lexicon.targetLang, targetLang: lexicon.sourceLang, forward: lexicon.backward, backward: lexicon.forward }
          : lexicon;
        if (aligned || reversed) index = lexiconStemIndex(oriented, settings.stemLength);
      }
      if (!index) {
        notes.push(`no lexicon for ${options.sourceLang}-${options.targetLang}: orthographic + numbers + length only`);
      }
      const source = buildSide(sourceSentences, settings.idfPower);
      const target = buildSide(targetSentences, settings.idfPower);
      const candidates = buildCandidates(source, target, index, settings);
      const evidence = lexicalEvidence(source, target, candidates);
      // Only without a lexicon: with one, a low share means unrelated texts (or a tiny
      // input), and scoring them 0 so that they become deletions is the right answer.
      const weak = !index && evidence < settings.weakEvidence;
      // How far the pair is from pure length (0) towards the tuned weak-evidence point (1).
      const reach = Math.min(1, evidence / settings.weakReference);
      const weakWeight = reach * settings.weakLexicalWeight;
      const weakCosts = {
        deletion: LENGTH_DELETION + reach * (settings.weakDeletion - LENGTH_DELETION),
        merge: LENGTH_MERGE + reach * (settings.weakMerge - LENGTH_MERGE),
        floor: 0,
        floorWeight: 0,
      };
      if (weak) {
        // One wording per pair (no per-document figure), so callers that collect notes say it once.
        notes.push(`little lexical evidence for ${options.sourceLang}-${options.targetLang}: length leads, names/numbers/cognates adjust`);
      }
      // Per sentence, the weight of tokens that have some counterpart in the other document:
      // in weak-evidence mode only these can show that two spans do not belong together.
      const sourceMatchable = matchableMass(source, (t) => candidates[t]!.length > 0);
      const targetHit = new Uint8Array(target.words.length);
      for (const list of candidates) for (const type of list) targetHit[type] = 1;
      const targetMatchable = matchableMass(target, (t) => targetHit[t] === 1);
      const ratio =
        source.chars[sourceSentences.length]! > 0 && target.chars[targetSentences.length]! > 0
          ? target.chars[targetSentences.length]! / source.chars[sourceSentences.length]!
          : 1;

      // Masks of matched type positions, per sentence pair: [srcLow, srcHigh, tgtLow, tgtHigh],
      // kept per source row in a window of target indices (the DP asks for a band, so a
      // row's window stays narrow; a Map keyed by pair was a third of the run time).
      const rowBase = new Int32Array(sourceSentences.length);
      const rowSlots: (Int32Array | undefined)[] = new Array(sourceSentences.length);
      let stored = 0;
      let pool = new Int32Array(4 * 4096);
      let used = 0;
      const targetMark = new Uint8Array(target.words.length);
      const targetPosition = new Int32Array(target.words.length);
      const compute = (i: number, j: number): number => {
        if (4 * (used + 1) > pool.length) {
          const bigger = new Int32Array(pool.length * 2);
          bigger.set(pool);
          pool = bigger;
        }
        const targetTypes = target.types[j]!;
        for (let p = 0; p < targetTypes.length; p++) {
          targetMark[targetTypes[p]!] = 1;
          targetPosition[targetTypes[p]!] = p;
        }
        let sLow = 0, sHigh = 0, tLow = 0, tHigh = 0;
        const sourceTypes = source.types[i]!;
        for (let p = 0; p < sourceTypes.length; p++) {
          const list = candidates[sourceTypes[p]!]!;
          for (let c = 0; c < list.length; c++) {
            const type = list[c]!;
            if (targetMark[type] === 0) continue;
            const bit = p & 63;
            if (bit < 32) sLow |= 1 << bit;
            else sHigh |= 1 << (bit - 32);
            const tBit = targetPosition[type]! & 63;
            if (tBit < 32) tLow |= 1 << tBit;
            else tHigh |= 1 << (tBit - 32);
          }
        }
        for (let p = 0; p < targetTypes.length; p++) targetMark[targetTypes[p]!] = 0;
        const at = used++;
        pool[4 * at] = sLow;
        pool[4 * at + 1] = sHigh;
        pool[4 * at + 2] = tLow;
        pool[4 * at + 3] = tHigh;
        return at;
      };
      const pair = (i: number, j: number): number => {
        let slots = rowSlots[i];
        let base = rowBase[i]!;
        if (slots === undefined || j < base || j >= base + slots.length) {
          if (stored > PAIR_CACHE_LIMIT) {
            // Bounded memory whatever the caller asks: forget everything and recompute.
            rowSlots.fill(undefined);
            stored = 0;
            used = 0;
            slots = undefined;
          }
          const from = slots === undefined ? Math.max(0, j - 16) : Math.max(0, Math.min(base, j - 16));
          const to = slots === undefined ? j + 17 : Math.max(base + slots.length, j + 17);
          const grown = new Int32Array(to - from).fill(-1);
          if (slots !== undefined) grown.set(slots, base - from);
          stored += grown.length - (slots?.length ?? 0);
          rowSlots[i] = slots = grown;
          rowBase[i] = base = from;
        }
        const slot = slots[j - base]!;
        if (slot >= 0) return slot;
        return (slots[j - base] = compute(i, j));
      };

      // Written by coverage(), read right after: no object per call in the DP's inner loop.
      let sourceCoverage = 0;
      let targetCoverage = 0;
      let orphans = 0;
      // Weak-evidence mode: matched weight over matchable weight, -1 when a side has none.
      let sourceAnchored = -1;
      let targetAnchored = -1;
      const coverage = (i0: number, i1: number, j0: number, j1: number): void => {
        let sourceMass = 0, sourceMatched = 0, targetMass = 0, targetMatched = 0;
        let sourceOpen = 0, targetOpen = 0;
        orphans = 0;
        for (let i = i0; i < i1; i++) {
          let low = 0, high = 0;
          for (let j = j0; j < j1; j++) {
            const at = pair(i, j);
            low |= pool[4 * at]!;
            high |= pool[4 * at + 1]!;
          }
          const matched = maskWeight(source.bitWeights[i]!, low, high);
          // A sentence merged into a bead with not one word matched on the other side is
          // probably not part of the translation (see `orphanFactor`).
          if (matched === 0 && i1 - i0 > 1 && source.types[i]!.length > 0) orphans++;
          sourceMass += source.mass[i]!;
          sourceOpen += sourceMatchable[i]!;
          sourceMatched += matched;
        }
        for (let j = j0; j < j1; j++) {
          let low = 0, high = 0;
          for (let i = i0; i < i1; i++) {
            const at = pair(i, j);
            low |= pool[4 * at + 2]!;
            high |= pool[4 * at + 3]!;
          }
          const matched = maskWeight(target.bitWeights[j]!, low, high);
          if (matched === 0 && j1 - j0 > 1 && target.types[j]!.length > 0) orphans++;
          targetMass += target.mass[j]!;
          targetOpen += targetMatchable[j]!;
          targetMatched += matched;
        }
        sourceCoverage = sourceMass > 0 ? sourceMatched / sourceMass : -1;
        targetCoverage = targetMass > 0 ? targetMatched / targetMass : -1;
        sourceAnchored = sourceOpen > 0 ? Math.min(1, sourceMatched / sourceOpen) : -1;
        targetAnchored = targetOpen > 0 ? Math.min(1, targetMatched / targetOpen) : -1;
      };
      const lengthOf = (i0: number, i1: number, j0: number, j1: number) =>
        lengthProbability(source.chars[i1]! - source.chars[i0]!, target.chars[j1]! - target.chars[j0]!, ratio);
      // Jaccard of the number sets of the two spans; 1 when neither has a number.
      const numberAgreement = (i0: number, i1: number, j0: number, j1: number): number => {
        let any = false;
        for (let i = i0; i < i1 && !any; i++) any = source.numbers[i]!.size > 0;
        for (let j = j0; j < j1 && !any; j++) any = target.numbers[j]!.size > 0;
        if (!any) return 1;
        const sourceNumbers = new Set<string>();
        const targetNumbers = new Set<string>();
        for (let i = i0; i < i1; i++) for (const x of source.numbers[i]!) sourceNumbers.add(x);
        for (let j = j0; j < j1; j++) for (const x of target.numbers[j]!) targetNumbers.add(x);
        let shared = 0;
        for (const x of sourceNumbers) if (targetNumbers.has(x)) shared++;
        return shared / (sourceNumbers.size + targetNumbers.size - shared);
      };
      let numbersAgree = 1;
      let spanI0 = 0, spanI1 = 0, spanJ0 = 0, spanJ1 = 0;
      const sourcePunctuation = punctuationCounts(sourceSentences);
      const targetPunctuation = punctuationCounts(targetSentences);
      const sourcePauses = sourcePunctuation.pauses[sourceSentences.length]!;
      const targetPauses = targetPunctuation.pauses[targetSentences.length]!;
      const pauseRatio = sourcePauses > 0 && targetPauses > 0 ? targetPauses / sourcePauses : 0;
      const combineWeak = (length: number, i0: number, i1: number, j0: number, j1: number) => {
        // Few tokens have a counterpart anywhere (no lexicon, different scripts): length
        // decides, as in Gale-Church, helped by how well the counts of clause punctuation
        // agree (a second length, in pauses), and the tokens that could match (names,
        // numbers, cognates) raise the similarity when they do and lower it when they do not.
        // Never 0 for lack of shared words, or every bead would lose to deletions.
        let shape = length;
        let weight = 1;
        if (pauseRatio > 0 && settings.weakPauseWeight > 0) {
          const pauses = lengthProbability(
            sourcePunctuation.pauses[i1]! - sourcePunctuation.pauses[i0]!,
            targetPunctuation.pauses[j1]! - targetPunctuation.pauses[j0]!,
            pauseRatio,
            settings.pauseVariance,
          );
          shape += settings.weakPauseWeight * pauses;
          weight += settings.weakPauseWeight;
        }
        const sourceMarks = sourcePunctuation.marks[i1]! - sourcePunctuation.marks[i0]!;
        const targetMarks = targetPunctuation.marks[j1]! - targetPunctuation.marks[j0]!;
        if (settings.weakMarkWeight > 0 && sourceMarks + targetMarks > 0) {
          shape += (settings.weakMarkWeight * Math.min(sourceMarks, targetMarks)) / Math.max(sourceMarks, targetMarks);
          weight += settings.weakMarkWeight;
        }
        shape /= weight;
        // Spans with nothing matchable are judged by their shape alone.
        if (sourceAnchored < 0 && targetAnchored < 0) return shape;
        const anchored =
          sourceAnchored < 0 ? targetAnchored : targetAnchored < 0 ? sourceAnchored : (sourceAnchored + targetAnchored) / 2;
        return (1 - weakWeight) * shape + weakWeight * anchored;
      };
      const combine = (sourceCoverage: number, targetCoverage: number, length: number) => {
        if (weak) return combineWeak(length, spanI0, spanI1, spanJ0, spanJ1);
        // A span of punctuation only ("!", "...") has no tokens: judge it by length alone.
        if (sourceCoverage < 0 || targetCoverage < 0) return (1 - settings.lexicalWeight) * length;
        const f = sourceCoverage + targetCoverage > 0 ? (2 * sourceCoverage * targetCoverage) / (sourceCoverage + targetCoverage) : 0;
        // Two spans with words and not one shared, translated or cognate word are not a
        // translation, however well their lengths agree.
        if (f === 0 && settings.requireEvidence) return 0;
        const similarity = settings.lexicalWeight * f + (1 - settings.lexicalWeight) * length;
        const scaled = orphans > 0 ? similarity * settings.orphanFactor : similarity;
        return numbersAgree < 1 ? scaled * (1 - settings.numberWeight * (1 - numbersAgree)) : scaled;
      };
      return {
        notes,
        // Weak-evidence mode: length-led similarities sit near 1 for every plausible bead, as the length
        // scorer's do: price deletions and merges like it, moving towards the weak-evidence
        // prices as the evidence grows (see `weakReference`).
        // Otherwise ask for Bertalign's margin (coverage has hubs: a short sentence of names
        // and numbers covers well against many candidates, and the margin discounts them) and
        // for cheap deletion of OCR debris, which adds no unmatched words to a bead it joins.
        alignCosts: weak ? weakCosts : { margin: settings.margin, debrisDeletion: settings.debrisDeletion },
        similarity(i0, i1, j0, j1) {
          coverage(i0, i1, j0, j1);
          numbersAgree = settings.numberWeight > 0 ? numberAgreement(i0, i1, j0, j1) : 1;
          spanI0 = i0; spanI1 = i1; spanJ0 = j0; spanJ1 = j1;
          return combine(sourceCoverage, targetCoverage, lengthOf(i0, i1, j0, j1));
        },
        signals(i0, i1, j0, j1) {
          coverage(i0, i1, j0, j1);
          const length = lengthOf(i0, i1, j0, j1);
          return {
            sourceCoverage: Math.max(0, sourceCoverage),
            targetCoverage: Math.max(0, targetCoverage),
            length,
            numbers: numberAgreement(i0, i1, j0, j1),
          };
        },
      };
    },
  };
}
