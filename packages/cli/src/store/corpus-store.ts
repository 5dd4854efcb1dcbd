import type { PairFeatures } from "@tandem/align";
import type { Sentence } from "@tandem/segment";

/** A corpus document as the enqueuer names it: the hash of its bytes, its path, its place in the file order. */
export interface CorpusDocumentInput {
  readonly hash: string;
  readonly path: string;
  readonly ord: number;
}

/** What an ingest job made of one text: a segmented document with its anchors, or the problem that left it out. */
export type IngestResult =
  | {
      readonly lang: string;
      readonly sentences: readonly Sentence[];
      /** Anchor key, the text it was first seen as, relative position of that first mention. */
      readonly anchors: readonly (readonly [string, string, number])[];
    }
  | { readonly problem: { readonly code: string; readonly message: string } };

/** An enqueued corpus as the store keeps it. */
export interface CorpusRecord {
  readonly id: string;
  readonly parameters: CorpusSettings;
  readonly documents: number;
  readonly createdAt: string;
  readonly pairedAt: string | null;
  readonly pairCount: number | null;
  readonly pairFailure: string | null;
}

/** The options every job of a corpus is run with; part of the corpus id. */
export interface CorpusSettings {
  readonly threshold: number;
  /** The pairing's second chance below the threshold (`--mutual-margin`); absent: the default, 0: none. */
  readonly mutualMargin?: number;
  readonly sourceLang?: string;
  readonly scorerArgs: Record<string, unknown>;
  readonly recover: boolean;
  readonly tandem: string;
}

/** One pair chosen by the pairing stage, in export order (`ord`). */
export interface CorpusPairRecord {
  readonly ord: number;
  readonly sourceHash: string;
  readonly targetHash: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly score: number;
  readonly signals: Readonly<Record<string, number>>;
  readonly reasons: readonly unknown[];
  /** The align job's key: a hash of everything that makes two runs of this pair interchangeable. */
  readonly jobKey: string;
  /** Set when the align job failed for good. */
  readonly failure?: { readonly code: string; readonly message: string } | null;
}

/** A pair as listed back: its record, both paths in this corpus, and its run once aligned. */
export interface ListedCorpusPair extends CorpusPairRecord {
  readonly sourcePath: string;
  readonly targetPath: string;
  readonly runId: number | null;
}

/** A document of a corpus ready to align: what `alignPair` needs, read back from the store. */
export interface StoredCorpusDocument {
  readonly path: string;
  readonly hash: string;
  readonly bytes: number;
  readonly lang: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** Counts per stage, as `tandem corpus status` shows them. */
export interface CorpusProgress {
  readonly corpus: CorpusRecord;
  readonly ingested: number;
  readonly skipped: number;
  readonly ingestFailed: number;
  readonly aligned: number;
  readonly alignFailed: number;
  readonly problems: readonly { readonly path: string; readonly code: string; readonly message: string }[];
  readonly failures: readonly { readonly source: string; readonly target: string; readonly code: string; readonly message: string }[];
  /** First and last `finished_at` of the corpus's runs (ISO), for the throughput. */
  readonly firstAligned: string | null;
  readonly lastAligned: string | null;
  /** Runs finished in the last 60 seconds. */
  readonly alignedLastMinute: number;
}

/**
 * The tables of the distributed corpus. Every write is idempotent (a repeated call with
 * the same arguments changes nothing) and atomic, because BullMQ delivers each job at
 * least once: a job killed after its write and run again must find its work done.
 */
export interface CorpusStore {
  /** Stores decoded texts by hash; texts already there are left as they are. */
  putTexts(texts: readonly { hash: string; bytes: number; text: string }[]): Promise<void>;
  /** Creates the corpus and its document list unless it exists; true when it was new. */
  createCorpus(id: string, settings: CorpusSettings, documents: readonly CorpusDocumentInput[]): Promise<boolean>;
  loadCorpus(id: string): Promise<CorpusRecord | undefined>;
  /** The newest corpus, for `corpus status` and `corpus export` without --corpus. */
  latestCorpusId(): Promise<string | undefined>;
  /** Hashes of the corpus not yet ingested (neither a document nor a problem stored). */
  pendingIngests(corpus: string): Promise<string[]>;
  /** Whether an ingest result (document or problem) is stored for the text. */
  isIngested(hash: string): Promise<boolean>;
  loadText(hash: string): Promise<{ text: string; bytes: number } | undefined>;
  /** Stores an ingest result with its anchors in one transaction; a hash ingested before is kept. */
  saveIngested(hash: string, result: IngestResult): Promise<void>;
  /** Marks a text whose ingest job failed for good, in every corpus that holds it, so they can go on without it. */
  markIngestFailed(hash: string, message: string): Promise<void>;
  /** How many documents of the corpus have no ingest outcome yet. */
  countIngestsLeft(corpus: string): Promise<number>;
  /** The corpus's ingested documents in file order, with the features pairing needs. */
  loadFeaturedDocuments(corpus: string): Promise<{ hash: string; path: string; lang: string; features: PairFeatures }[]>;
  /** Number of the corpus's documents that hold each anchor key (one GROUP BY over the index). */
  anchorDocumentCounts(corpus: string): Promise<Map<string, number>>;
  /**
   * Document pairs (hashes) that share an anchor held by at most `maxHolders` documents
   * of the corpus: a self-join of the anchor index, never a scan of all pairs.
   */
  candidatePairs(corpus: string, maxHolders: number): Promise<[string, string][]>;
  /** Writes the pairs and marks the corpus paired, in one transaction; a corpus paired before keeps its pairs. */
  savePairs(corpus: string, pairs: readonly CorpusPairRecord[], unpaired: readonly unknown[]): Promise<void>;
  markPairingFailed(corpus: string, message: string): Promise<void>;
  /** Pairs in export order, a page at a time (`afterOrd`, `limit`), so an export never holds them all. */
  listPairs(corpus: string, options?: { afterOrd?: number; limit?: number }): Promise<ListedCorpusPair[]>;
  loadCorpusDocument(corpus: string, hash: string): Promise<StoredCorpusDocument>;
  /** The run saved under an align job's key, if any. */
  runIdOfJob(jobKey: string): Promise<number | undefined>;
  markAlignFailed(jobKey: string, failure: { code: string; message: string }): Promise<void>;
  /** Corpora that hold `hash`, not yet paired, with no document left to ingest: ready for the pairing job. */
  corporaReadyToPair(hash: string): Promise<string[]>;
  /** Distinct source languages of the corpus's aligned pairs (TMX needs them before the first unit). */
  pairSourceLanguages(corpus: string): Promise<string[]>;
  progress(corpus: string): Promise<CorpusProgress>;
}
