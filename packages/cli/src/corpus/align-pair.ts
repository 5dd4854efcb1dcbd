import type { Bead, EncoderSummary, SpanScorer } from "@tandem/align";
import { alignLoadedSides } from "../pipeline/align-loaded-sides.js";
import type { Document, Sentence } from "@tandem/segment";
import { loadSide, sideFromDocument, type LoadedSide } from "../pipeline/load-side.js";
import { createScorer, maxBeadOf } from "../options/scorer-options.js";

/** One document pair to align, as sent to a worker: plain data only. */
export interface AlignJob {
  readonly index: number;
  readonly source: string;
  readonly target: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** The scorer options of `tandem align` (--method, --lexicon, --max-bead…), as parsed. */
  readonly scorerArgs: Record<string, unknown>;
  readonly recover: boolean;
  /** The SQLite store that caches embeddings (neural, hybrid), when the corpus has one. */
  readonly embeddingCacheFile?: string;
  /**
   * Both articles as pairing already read and segmented them, so they are not read and
   * segmented a second time (segmenting is a third of a corpus run). Plain data: it
   * crosses to a worker by structured clone.
   */
  readonly sides?: { readonly source: ReadSide; readonly target: ReadSide };
}

/** An article already read and segmented (without a language hint: detection gave `document.lang`). */
export interface ReadSide {
  readonly path: string;
  readonly hash: string;
  readonly bytes: number;
  readonly document: Document;
}

/** One side of an aligned pair: what the store and the exporters need. */
export interface AlignedSide {
  readonly path: string;
  readonly hash: string;
  readonly lang: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Sentences the aligner saw (title, body, caption). */
  readonly alignable: number;
}

export interface AlignedPair {
  readonly source: AlignedSide;
  readonly target: AlignedSide;
  /** Beads in document sentence ids, 1-0 and 0-1 included. */
  readonly beads: Bead[];
  readonly scorer: string;
  readonly notes: readonly string[];
  /** Neural and hybrid: what went through the embedding model for this pair. */
  readonly encoder?: EncoderSummary;
  /** Seconds this pair took in its lane, the scorer's loading included when it was the lane's first of its languages. */
  readonly seconds: number;
}

/**
 * Aligns one pair with the same steps as `tandem align`: read and segment both
 * articles (or take them as pairing read them), build the scorer from the same
 * options, align with the moved-sentence pass, map to document ids. Scorers are cached per language pair, because loading a
 * FreeDict lexicon or a model costs more than aligning one article.
 *
 * @example
 * const aligned = await alignPair({ index: 0, source: "a.nl.txt", target: "a.en.txt",
 *   sourceLang: "nl", targetLang: "en", scorerArgs: {}, recover: true });
 */
export async function alignPair(
  job: AlignJob,
  cache: Map<string, Promise<{ scorer: SpanScorer; notes: string[]; encoder?: () => EncoderSummary }>> = new Map(),
): Promise<AlignedPair> {
  const started = performance.now();
  const source = job.sides ? fromReadSide(job.sides.source) : await loadSide(job.source, { lang: job.sourceLang, presegmented: false });
  const target = job.sides ? fromReadSide(job.sides.target) : await loadSide(job.target, { lang: job.targetLang, presegmented: false });
  const key = `${job.sourceLang}-${job.targetLang}`;
  let made = cache.get(key);
  if (!made) {
    const args = { ...job.scorerArgs, ...(job.embeddingCacheFile ? { embeddingCacheFile: job.embeddingCacheFile } : {}) };
    made = createScorer(args as Parameters<typeof createScorer>[0], { sourceLang: job.sourceLang, targetLang: job.targetLang });
    cache.set(key, made);
    // A failed scorer (missing lexicon) must not stay cached as a rejected promise
    // for pairs of other runs of this worker; the next pair tries again.
    made.catch(() => cache.delete(key));
  }
  const { scorer, notes, encoder } = await made;
  const before = encoder?.();
  const result = await alignLoadedSides(source, target, {
    scorer,
    maxBead: maxBeadOf(job.scorerArgs as Parameters<typeof maxBeadOf>[0]),
    recover: job.recover,
  });
  return {
    source: side(source),
    target: side(target),
    beads: result.beads,
    scorer: scorer.name,
    notes: [...notes, ...result.notes],
    ...(encoder && before ? { encoder: subtractEncoder(encoder(), before) } : {}),
    seconds: (performance.now() - started) / 1000,
  };
}

/** What loadSide would give for an article that pairing has read and segmented already. */
function fromReadSide(read: ReadSide): LoadedSide {
  return sideFromDocument(read.path, { text: read.document.text, bytes: read.bytes, hash: read.hash }, read.document);
}

function side(loaded: LoadedSide): AlignedSide {
  return {
    path: loaded.path,
    hash: loaded.file.hash,
    lang: loaded.document.lang,
    text: loaded.document.text,
    sentences: loaded.document.sentences,
    alignable: loaded.alignable.length,
  };
}

/** The encoder's work between two snapshots of its running totals (one lane aligns one pair at a time). */
function subtractEncoder(after: EncoderSummary, before: EncoderSummary): EncoderSummary {
  return {
    ...after,
    texts: after.texts - before.texts,
    tokens: after.tokens - before.tokens,
    paddedTokens: after.paddedTokens - before.paddedTokens,
    cachedTexts: after.cachedTexts - before.cachedTexts,
    seconds: Math.round((after.seconds - before.seconds) * 1000) / 1000,
  };
}
