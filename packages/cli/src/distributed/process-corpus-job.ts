import { UnrecoverableError, type Queue } from "bullmq";
import { MAX_ANCHOR_HOLDERS, pairFeaturedDocuments, type SpanScorer } from "@tandem/align";
import { mutualOf } from "../corpus/mutual-of.js";
import { TandemError } from "@tandem/segment/core";
import { alignPair, type AlignJob } from "../corpus/align-pair.js";
import { corpusRunInput } from "../corpus/save-run.js";
import type { CorpusPairRecord, PostgresStore } from "../store/index.js";
import { addCorpusJobs, type CorpusJobData, type CorpusJobName } from "./corpus-queue.js";
import { alignJobKey } from "./corpus-id.js";
import { ingestText } from "./ingest-text.js";

/** What a job handler needs: the store, the queue for follow-up jobs, and scorers kept between jobs. */
export interface CorpusJobContext {
  readonly store: PostgresStore;
  readonly queue: Queue;
  readonly scorers: Map<string, Promise<{ scorer: SpanScorer; notes: string[] }>>;
  /** `tandem worker --embeddings-url`: this machine's embeddings server, in place of the one the corpus named. */
  readonly embeddingsUrl?: string;
}

/** The part of a BullMQ job a handler reads (a sandboxed job is a plain copy of it). */
export interface CorpusJobLike {
  readonly name: string;
  readonly data: unknown;
}

/**
 * Runs one job of a distributed corpus. Every stage first looks in the store for its
 * own result and stops there if it is present, and writes its result in one
 * transaction keyed by content hashes: a job delivered twice (a worker killed after
 * the write, a stalled job taken over) does its work once. Follow-up jobs are added
 * after the write, under content-derived ids, so adding them twice adds them once.
 * Input that cannot be processed (no language, a missing lexicon) is stored as a
 * problem and fails the job for good, without retries.
 */
export async function processCorpusJob(job: CorpusJobLike, context: CorpusJobContext): Promise<unknown> {
  switch (job.name as CorpusJobName) {
    case "ingest":
      return ingest(job.data as CorpusJobData["ingest"], context);
    case "pair":
      return pair(job.data as CorpusJobData["pair"], context);
    case "align":
      return align(job.data as CorpusJobData["align"], context);
    default:
      throw new UnrecoverableError(`unknown job ${job.name}`);
  }
}

async function ingest({ hash }: CorpusJobData["ingest"], { store, queue }: CorpusJobContext): Promise<unknown> {
  if (await store.isIngested(hash)) {
    await enqueueReadyPairings(hash, { store, queue });
    return { reused: true };
  }
  const text = await store.loadText(hash);
  if (!text) throw new UnrecoverableError(`text ${hash} is not in the store`);
  const result = ingestText(text.text);
  await store.saveIngested(hash, result);
  await enqueueReadyPairings(hash, { store, queue });
  return "problem" in result ? { problem: result.problem.code } : { lang: result.lang, anchors: result.anchors.length };
}

/** After the last document of a corpus is ingested (or failed for good), its pairing job. */
export async function enqueueReadyPairings(hash: string, { store, queue }: Pick<CorpusJobContext, "store" | "queue">): Promise<void> {
  const ready = await store.corporaReadyToPair(hash);
  if (ready.length > 0) await addCorpusJobs(queue, "pair", ready.map((corpus) => ({ corpus })));
}

async function pair({ corpus }: CorpusJobData["pair"], { store, queue }: CorpusJobContext): Promise<unknown> {
  const record = await store.loadCorpus(corpus);
  if (!record) throw new UnrecoverableError(`no corpus ${corpus} in the store`);
  if (!record.pairedAt) {
    const documents = await store.loadFeaturedDocuments(corpus);
    const indexOf = new Map(documents.map((document, index) => [document.hash, index]));
    const candidates = (await store.candidatePairs(corpus, MAX_ANCHOR_HOLDERS)).map(([a, b]) => [indexOf.get(a)!, indexOf.get(b)!] as const);
    const result = pairFeaturedDocuments(
      documents.map((document) => ({ id: document.path, lang: document.lang, features: document.features })),
      {
        threshold: record.parameters.threshold,
        ...(record.parameters.mutualMargin === undefined ? {} : { mutual: mutualOf(record.parameters.mutualMargin) }),
        ...(record.parameters.sourceLang ? { sourceLang: record.parameters.sourceLang } : {}),
        documentCount: await store.anchorDocumentCounts(corpus),
        candidates,
        skipHopeless: true,
      },
    );
    const hashOf = new Map(documents.map((document) => [document.path, document.hash]));
    const pairs: CorpusPairRecord[] = result.pairs.map((found, ord) => {
      const sourceHash = hashOf.get(found.source)!;
      const targetHash = hashOf.get(found.target)!;
      return {
        ord,
        sourceHash,
        targetHash,
        sourceLang: found.sourceLang,
        targetLang: found.targetLang,
        score: found.score,
        signals: found.signals,
        reasons: found.reasons,
        jobKey: alignJobKey(found, sourceHash, targetHash, record.parameters).key,
      };
    });
    await store.savePairs(corpus, pairs, result.unpaired);
  }
  const pending = (await store.listPairs(corpus)).filter((listed) => listed.runId === null && !listed.failure);
  await addCorpusJobs(queue, "align", pending.map((listed) => ({ corpus, ord: listed.ord, jobKey: listed.jobKey })));
  return { pairs: (await store.loadCorpus(corpus))?.pairCount, enqueued: pending.length };
}

async function align({ corpus, ord, jobKey }: CorpusJobData["align"], { store, scorers, embeddingsUrl }: CorpusJobContext): Promise<unknown> {
  const done = await store.runIdOfJob(jobKey);
  if (done !== undefined) return { runId: done, reused: true };
  const record = await store.loadCorpus(corpus);
  const listed = (await store.listPairs(corpus, { afterOrd: ord - 1, limit: 1 }))[0];
  if (!record || !listed || listed.ord !== ord) throw new UnrecoverableError(`pair ${ord} of corpus ${corpus} is not in the store`);
  const [source, target] = await Promise.all([store.loadCorpusDocument(corpus, listed.sourceHash), store.loadCorpusDocument(corpus, listed.targetHash)]);
  const side = (document: typeof source) => ({
    path: document.path,
    hash: document.hash,
    bytes: document.bytes,
    document: { lang: document.lang, text: document.text, sentences: document.sentences },
  });
  const job: AlignJob = {
    index: ord,
    source: source.path,
    target: target.path,
    sourceLang: listed.sourceLang,
    targetLang: listed.targetLang,
    scorerArgs: embeddingsUrl ? { ...record.parameters.scorerArgs, "embeddings-url": embeddingsUrl } : record.parameters.scorerArgs,
    recover: record.parameters.recover,
    sides: { source: side(source), target: side(target) },
  };
  let aligned;
  try {
    aligned = await alignPair(job, scorers);
  } catch (error) {
    // An embeddings server that is down or overloaded may be back soon: BullMQ retries the job.
    if (!(error instanceof TandemError) || error.code === "EMBEDDINGS_UNREACHABLE") throw error;
    // Bad input or a missing lexicon: the same on every retry.
    await store.markAlignFailed(jobKey, { code: error.code, message: error.message });
    throw new UnrecoverableError(`${error.message} [${error.code}]`);
  }
  const { parameters } = alignJobKey(listed, listed.sourceHash, listed.targetHash, record.parameters);
  const runId = await store.saveRun(corpusRunInput(aligned, parameters, { output: `corpus ${corpus}` }), { jobKey });
  return { runId };
}
