import { anchoredLengthRatio } from "./anchored-length-ratio.js";
import { buildCandidates } from "./build-candidates.js";
import { mergeCandidates, soundCandidates } from "./sound-candidates.js";
import { buildTokenSide } from "./build-token-side.js";
import type { Lexicon } from "../lexicon/create-lexicon.js";
import { createPairMasks } from "./create-pair-masks.js";
import { lengthProbability } from "./length-probability.js";
import { lexicalEvidence } from "./lexical-evidence.js";
import { DEFAULT_LEXICAL_SETTINGS, type LexicalScorerSettings } from "./lexical-scorer-settings.js";
import { lexiconStemIndex, stemToken, SYLLABLE_LANGS, type LexiconStemIndex } from "../lexicon/lexicon-stem-index.js";
import { matchableMass } from "./matchable-mass.js";
import { punctuationCounts } from "./punctuation-counts.js";
import { createSpanCoverage } from "./span-coverage.js";
import { targetStemsOf } from "../lexicon/target-stems.js";
import { rootLookupForm, translationStems } from "../lexicon/translation-stems.js";
import { hasWordRoots, wordRoot } from "../lexicon/word-root.js";
import type { PreparedScorer, SpanScorer } from "./span-scorer.js";
import { hanReadingLang, type HanReadings } from "../lexicon/han-readings.js";
import { readingCandidates } from "./reading-candidates.js";
import { pinyinNameSides } from "./pinyin-names.js";
import { splitHanWords } from "../lexicon/split-han-words.js";
import { runningSums, spanSum } from "./span-sums.js";


/** The length scorer's DP prices (create-length-scorer.ts), where weak-evidence mode starts from. */
const LENGTH_DELETION = 1.2;
const LENGTH_MERGE = 0.7;
/** The DP's default prices (DEFAULT_ALIGN_COSTS in dp/), which the lexicon-led mode keeps. */
const STRICT_COSTS = { deletion: 0.6, merge: 0.15, floor: 0.1, floorWeight: 4, debrisDeletion: 1 };

// Slots of the per-bead scratch array in the prepared scorer.
const SOURCE_COVERAGE = 0;
const TARGET_COVERAGE = 1;
const SPAN_KNOWN = 2;
const SOURCE_ANCHORED = 3;
const TARGET_ANCHORED = 4;
const LENGTH = 5;
const NUMBERS = 6;

/** 0 below `from`, 1 from `at` on, linear between (a step at `from` when `at` ≤ `from`). */
function ramp(x: number, from: number, at: number): number {
  if (at <= from) return x >= from ? 1 : 0;
  return Math.min(1, Math.max(0, (x - from) / (at - from)));
}

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
 * hands the DP length-scorer-like prices (`alignCosts`); it says so in `notes` too. With a
 * lexicon that finds little (a thin dictionary such as FreeDict isl-eng, whose absence of a
 * match says little), it slides from the lexicon-led mode to that weak-evidence mode as the
 * evidence falls through `lexiconTrust`, blending the similarities and the DP's prices.
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
  /**
   * Readings of Chinese characters in the pair's Vietnamese or Korean side (Unihan's
   * kVietnamese, kHangul; see `parseUnihanReadings`), used when the other side writes them
   * (Chinese, Japanese): 习近平 meets "Tập Cận Bình", 外交部 meets "외교부".
   */
  hanReadings?: HanReadings;
  /**
   * Mandarin readings of Chinese characters (Unihan kMandarin, see `PINYIN`), used when the pair
   * is Chinese and a language that writes names in Latin letters (see `pinyinNameSides`): 北京
   * meets "Beijing", 华春莹 "Hua Chunying", 拜登 "Biden".
   */
  pinyin?: HanReadings;
}): SpanScorer {
  const settings = { ...DEFAULT_LEXICAL_SETTINGS, ...options.settings };
  const lexicon = options.lexicon;
  const usable = lexicon !== undefined && (lexicon.forward.size > 0 || lexicon.backward.size > 0);
  return {
    name: "lexical",
    async prepare(sourceSentences, targetSentences, prepareOptions): Promise<PreparedScorer> {
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
      // Readings apply when one side is their language and the other writes Chinese characters.
      const readings = options.hanReadings;
      const readingLang = readings ? hanReadingLang(options.sourceLang, options.targetLang) : undefined;
      const hanIsSource = readings !== undefined && readingLang === readings.lang && readingLang === options.targetLang;
      const hanIsTarget = readings !== undefined && readingLang === readings.lang && readingLang === options.sourceLang;
      // Without a Chinese dictionary to cut them, runs of characters are cut by ICU, so that a
      // word read in Vietnamese or Korean is matched, not the whole clause around it.
      const splitToken = index?.splitToken ?? (hanIsSource || hanIsTarget ? splitHanWords : undefined);
      // Whether the lexicon knows a word (its stem) on either side.
      // A word of a language whose roots six letters miss (id, ms, tr) is known by its root too (see `wordRoot`).
      const inStems = (stems: ReadonlySet<string> | ReadonlyMap<string, unknown>, lang: string) => (word: string) => {
        if (stems.has(stemToken(word, settings.stemLength))) return true;
        const root = wordRoot(word, lang);
        return root !== undefined && stems.has(stemToken(root, settings.stemLength));
      };
      // A source word of those languages is known as translationStems looks it up: as written
      // when it is a headword, else by its root alone (its six letters are a prefix's).
      const sourceInLexicon = !index
        ? undefined
        : hasWordRoots(options.sourceLang)
          ? (word: string) => index.stems.has(stemToken(rootLookupForm(word, index, options.sourceLang), settings.stemLength))
          : inStems(index.stems, options.sourceLang);
      const targetInLexicon = index ? inStems(targetStemsOf(index), options.targetLang) : undefined;
      // Vietnamese syllables the lexicon knows joined as one word ("chinh phu").
      const sourceJoin = SYLLABLE_LANGS.has(options.sourceLang) ? sourceInLexicon : undefined;
      const targetJoin = SYLLABLE_LANGS.has(options.targetLang) ? targetInLexicon : undefined;
      // Chinese characters that spell a name of the other document in pinyin carry it as a token.
      const names = options.pinyin ? pinyinNameSides(options, options.pinyin, sourceSentences, targetSentences) : {};
      const source = buildTokenSide(sourceSentences, settings.idfPower, splitToken, options.sourceLang, sourceJoin, names.source);
      const target = buildTokenSide(targetSentences, settings.idfPower, splitToken, options.targetLang, targetJoin, names.target);
      // Names across scripts (Путин / Putin) join the identical, translated and cognate tokens.
      let candidates = mergeCandidates(buildCandidates(source, target, index, settings, { source: options.sourceLang, target: options.targetLang }), soundCandidates(source, target, {
        source: options.sourceLang,
        target: options.targetLang,
        // Words the lexicon knows are ordinary words: they meet a name by sound only with the same key.
        ...(sourceInLexicon && targetInLexicon ? { sourceOrdinary: sourceInLexicon, targetOrdinary: targetInLexicon } : {}),
      }));
      if (readings && (hanIsSource || hanIsTarget)) {
        candidates = mergeCandidates(candidates, readingCandidates(source, target, readings, hanIsSource, hanIsSource ? targetSentences : sourceSentences));
      }
      const evidence = lexicalEvidence(source, target, candidates);
      // Per sentence, the weight of tokens that have some counterpart in the other document:
      // in weak-evidence mode only these can show that two spans do not belong together.
      const sourceMatchable = matchableMass(source, (t) => candidates[t]!.length > 0);
      const targetHit = new Uint8Array(target.words.length);
      for (const list of candidates) for (const type of list) targetHit[type] = 1;
      const targetMatchable = matchableMass(target, (t) => targetHit[t] === 1);
      // Per sentence, the weight of tokens the lexicon knows at all, or that match anyway (names,
      // numbers, cognates): where it is small, finding no shared word says little.
      const sourceKnown = index
        ? matchableMass(source, (t) => candidates[t]!.length > 0 || translationStems(source.words[t]!, index!, settings.stemLength, options.sourceLang).size > 0)
        : sourceMatchable;
      const targetKnown = index
        ? matchableMass(target, (t) => targetHit[t] === 1 || targetInLexicon!(target.words[t]!))
        : targetMatchable;
      const share = (part: Float64Array, whole: Float64Array) => {
        let a = 0, b = 0;
        for (let k = 0; k < part.length; k++) { a += part[k]!; b += whole[k]!; }
        return b > 0 ? a / b : 0;
      };
      // The share of both documents' token weight the lexicon knows: high for a full dictionary,
      // where low evidence means unrelated texts, not missing words.
      const known = (share(sourceKnown, source.mass) + share(targetKnown, target.mass)) / 2;
      const [knownFrom, knownAt] = settings.lexiconKnown;
      // How far "no shared word → not a translation" can be trusted (1) or length must lead (0).
      // Without a lexicon: only above `weakEvidence`. With one, a low share means either a thin
      // dictionary that misses most words of true pairs (ParIce is–en with 8k Icelandic
      // headwords: 0.29–0.45; Text+Berg de–fr: 0.76–0.87) or unrelated texts; pages in a pair
      // with a good dictionary sit above 0.5. Between `lexiconTrust` the two modes are blended,
      // so a thinner dictionary slides towards the weak-evidence mode instead of falling off a cliff.
      const [trustFrom, trustAt] = settings.lexiconTrust;
      const strictness = !index ? (evidence < settings.weakEvidence ? 0 : 1) : Math.max(ramp(evidence, trustFrom, trustAt), ramp(known, knownFrom, knownAt));
      const weak = strictness < 1;
      // How far the pair is from pure length (0) towards the tuned weak-evidence point (1).
      const reach = Math.min(1, evidence / settings.weakReference);
      // Names, numbers and dates that do match are as telling with few of them as with many.
      const weakWeight = Math.max(settings.weakAnchorWeight, reach * settings.weakLexicalWeight);
      const weakDeletion = LENGTH_DELETION + reach * (settings.weakDeletion - LENGTH_DELETION);
      const weakMerge = LENGTH_MERGE + reach * (settings.weakMerge - LENGTH_MERGE);
      const blend = (strictValue: number, weakValue: number) => strictness * strictValue + (1 - strictness) * weakValue;
      const weakCosts = {
        deletion: blend(STRICT_COSTS.deletion, weakDeletion),
        merge: blend(STRICT_COSTS.merge, weakMerge),
        floor: blend(STRICT_COSTS.floor, 0),
        floorWeight: blend(STRICT_COSTS.floorWeight, 0),
        ...(strictness > 0 ? { margin: strictness * settings.margin, debrisDeletion: blend(settings.debrisDeletion, STRICT_COSTS.debrisDeletion) } : {}),
      };
      if (weak) {
        // One wording per pair (no per-document figure), so callers that collect notes say it once.
        notes.push(`little lexical evidence for ${options.sourceLang}-${options.targetLang}: length leads, names/numbers/cognates adjust`);
      }
      const documentRatio =
        source.chars[sourceSentences.length]! > 0 && target.chars[targetSentences.length]! > 0
          ? target.chars[targetSentences.length]! / source.chars[sourceSentences.length]!
          : 1;

      const masks = createPairMasks(source, target, candidates);
      const depth = Math.max(1, Math.floor(prepareOptions?.maxBead ?? 4));
      const spans = createSpanCoverage(source, target, masks, depth);
      const ratio = anchoredLengthRatio(spans, source, target, documentRatio, settings.anchoredRatio);
      // Per-sentence weights summed over the spans of up to `depth` sentences, in the order
      // a loop over the span adds them (so the sums are the loop's, bit for bit).
      const sourceMassSums = runningSums(source.mass, depth);
      const sourceOpenSums = runningSums(sourceMatchable, depth);
      const sourceKnownSums = runningSums(sourceKnown, depth);
      const targetMassSums = runningSums(target.mass, depth);
      const targetOpenSums = runningSums(targetMatchable, depth);
      const targetKnownSums = runningSums(targetKnown, depth);

      // Written by coverage(), read right after: no object per call in the DP's inner loop, and
      // no number in a closure variable either (each write of a fraction there is a new heap
      // number: 13 M beads × 6 a run at 10k sentences). Anchored: weak-evidence mode's matched
      // weight over matchable weight, -1 when a side has none.
      const span = new Float64Array(7);
      let orphans = 0;
      // The bead's matched weights, both sides, written by spans.match.
      const matchedOut = new Float64Array(2);
      const coverage = (i0: number, i1: number, j0: number, j1: number): void => {
        // Merged sentences with not one word matched (see `orphanFactor`).
        orphans = spans.match(i0, i1, j0, j1, matchedOut);
        const sourceMatched = matchedOut[0]!;
        const targetMatched = matchedOut[1]!;
        const a = i1 - i0;
        const b = j1 - j0;
        const sourceAt = i0 * depth + a - 1;
        const targetAt = j0 * depth + b - 1;
        const short = a > 0 && a <= depth && b > 0 && b <= depth;
        const sourceMass = short ? sourceMassSums[sourceAt]! : spanSum(source.mass, i0, i1);
        const targetMass = short ? targetMassSums[targetAt]! : spanSum(target.mass, j0, j1);
        span[SOURCE_COVERAGE] = sourceMass > 0 ? sourceMatched / sourceMass : -1;
        span[TARGET_COVERAGE] = targetMass > 0 ? targetMatched / targetMass : -1;
        span[SPAN_KNOWN] =
          sourceMass > 0 && targetMass > 0
            ? ((short ? sourceKnownSums[sourceAt]! : spanSum(sourceKnown, i0, i1)) / sourceMass +
                (short ? targetKnownSums[targetAt]! : spanSum(targetKnown, j0, j1)) / targetMass) /
              2
            : 1;
      };
      // Weak-evidence mode's anchored shares, for the bead coverage() saw last: only the
      // weak-evidence blend reads them (about 1 % of Text+Berg ×10's beads), so they are
      // not worked out for every bead.
      const measureAnchored = (i0: number, i1: number, j0: number, j1: number): void => {
        const a = i1 - i0;
        const b = j1 - j0;
        const short = a > 0 && a <= depth && b > 0 && b <= depth;
        const sourceOpen = short ? sourceOpenSums[i0 * depth + a - 1]! : spanSum(sourceMatchable, i0, i1);
        const targetOpen = short ? targetOpenSums[j0 * depth + b - 1]! : spanSum(targetMatchable, j0, j1);
        span[SOURCE_ANCHORED] = sourceOpen > 0 ? Math.min(1, matchedOut[0]! / sourceOpen) : -1;
        span[TARGET_ANCHORED] = targetOpen > 0 ? Math.min(1, matchedOut[1]! / targetOpen) : -1;
      };
      const lengthOf = (i0: number, i1: number, j0: number, j1: number) =>
        lengthProbability(source.chars[i1]! - source.chars[i0]!, target.chars[j1]! - target.chars[j0]!, ratio);
      // Jaccard of the number sets of the two spans; 1 when neither has a number. Numbers are
      // integer ids and the sets marks in two arrays (a stamp a call), not two Sets per bead: the
      // DP asks for millions of beads.
      const numberIds = new Map<string, number>();
      const idsOf = (sets: Set<string>[]) =>
        sets.map((set) =>
          Int32Array.from(set, (x) => {
            let id = numberIds.get(x);
            if (id === undefined) numberIds.set(x, (id = numberIds.size));
            return id;
          }),
        );
      const sourceNumbers = idsOf(source.numbers);
      const targetNumbers = idsOf(target.numbers);
      const inSource = new Int32Array(numberIds.size);
      const inTarget = new Int32Array(numberIds.size);
      let stamp = 0;
      const numberAgreement = (i0: number, i1: number, j0: number, j1: number): number => {
        let any = false;
        for (let i = i0; i < i1 && !any; i++) any = sourceNumbers[i]!.length > 0;
        for (let j = j0; j < j1 && !any; j++) any = targetNumbers[j]!.length > 0;
        if (!any) return 1;
        stamp++;
        let sourceCount = 0, targetCount = 0, shared = 0;
        for (let i = i0; i < i1; i++) {
          for (const id of sourceNumbers[i]!) {
            if (inSource[id] !== stamp) {
              inSource[id] = stamp;
              sourceCount++;
            }
          }
        }
        for (let j = j0; j < j1; j++) {
          for (const id of targetNumbers[j]!) {
            if (inTarget[id] !== stamp) {
              inTarget[id] = stamp;
              targetCount++;
              if (inSource[id] === stamp) shared++;
            }
          }
        }
        return shared / (sourceCount + targetCount - shared);
      };
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
        measureAnchored(i0, i1, j0, j1);
        const sourceAnchored = span[SOURCE_ANCHORED]!;
        const targetAnchored = span[TARGET_ANCHORED]!;
        if (sourceAnchored < 0 && targetAnchored < 0) return shape;
        // Both sides must be explained, as in the coverage F: with the average, one matched
        // name on one side was worth half the evidence and length lifted the bead over the
        // real pair (`weakAnchorHarmonic`).
        const anchored =
          sourceAnchored < 0
            ? targetAnchored
            : targetAnchored < 0
              ? sourceAnchored
              : settings.weakAnchorHarmonic
                ? sourceAnchored + targetAnchored > 0
                  ? (2 * sourceAnchored * targetAnchored) / (sourceAnchored + targetAnchored)
                  : 0
                : (sourceAnchored + targetAnchored) / 2;
        return (1 - weakWeight) * shape + weakWeight * anchored;
      };
      // The span's length probability, computed only when the similarity needs it (spans that
      // share no word score 0 without it).
      // It is left in `span[LENGTH]`, not returned: a fraction returned from a call that is not
      // inlined is a new heap number, millions of them at 10k sentences.
      const measureLength = (): void => {
        if (span[LENGTH]! < 0) span[LENGTH] = lengthOf(spanI0, spanI1, spanJ0, spanJ1);
      };
      const [coverFrom, coverAt] = settings.lexiconCover;
      const combine = (sourceCoverage: number, targetCoverage: number) => {
        if (strictness === 0) return combineWeak((measureLength(), span[LENGTH]!), spanI0, spanI1, spanJ0, spanJ1);
        const strict = combineStrict(sourceCoverage, targetCoverage);
        // How much of these spans the lexicon can cover at all decides, with the document's
        // strictness, how far "no shared word" counts against them.
        const covered = index ? ramp(span[SPAN_KNOWN]!, coverFrom, coverAt) : 1;
        const trust = strictness * covered;
        return trust === 1 ? strict : trust * strict + (1 - trust) * combineWeak((measureLength(), span[LENGTH]!), spanI0, spanI1, spanJ0, spanJ1);
      };
      const combineStrict = (sourceCoverage: number, targetCoverage: number) => {
        // A span of punctuation only ("!", "...") has no tokens: judge it by length alone.
        if (sourceCoverage < 0 || targetCoverage < 0) return (1 - settings.lexicalWeight) * (measureLength(), span[LENGTH]!);
        const f = sourceCoverage + targetCoverage > 0 ? (2 * sourceCoverage * targetCoverage) / (sourceCoverage + targetCoverage) : 0;
        // Two spans with words and not one shared, translated or cognate word are not a
        // translation, however well their lengths agree.
        if (f === 0 && settings.requireEvidence) return 0;
        const similarity = settings.lexicalWeight * f + (1 - settings.lexicalWeight) * (measureLength(), span[LENGTH]!);
        const scaled = orphans > 0 ? similarity * settings.orphanFactor : similarity;
        const numbersAgree = span[NUMBERS]!;
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
          span[NUMBERS] = settings.numberWeight > 0 ? numberAgreement(i0, i1, j0, j1) : 1;
          spanI0 = i0; spanI1 = i1; spanJ0 = j0; spanJ1 = j1;
          span[LENGTH] = -1;
          return combine(span[SOURCE_COVERAGE]!, span[TARGET_COVERAGE]!);
        },
        signals(i0, i1, j0, j1) {
          coverage(i0, i1, j0, j1);
          const length = lengthOf(i0, i1, j0, j1);
          return {
            sourceCoverage: Math.max(0, span[SOURCE_COVERAGE]!),
            targetCoverage: Math.max(0, span[TARGET_COVERAGE]!),
            length,
            numbers: numberAgreement(i0, i1, j0, j1),
          };
        },
      };
    },
  };
}

