import type { Queue } from "bullmq";
import { TandemError } from "@tandem/segment/core";
import { readTextFile } from "../files/read-text-file.js";
import { collectInputFiles, type InputProblem } from "../corpus/load-documents.js";
import type { CorpusDocumentInput, CorpusSettings, PostgresStore } from "../store/index.js";
import { addCorpusJobs } from "./corpus-queue.js";
import { corpusId } from "./corpus-id.js";

/** Texts sent to the store per batch while reading, so memory holds one batch of files. */
const TEXT_BATCH = 500;

export interface EnqueuedCorpus {
  readonly corpus: string;
  /** True when this call created the corpus; false when the same folder and options were enqueued before. */
  readonly created: boolean;
  readonly documents: number;
  readonly problems: readonly InputProblem[];
  /** Jobs this call asked for (a job that exists already is not added again). */
  readonly ingestJobs: number;
  readonly pairJobs: number;
  readonly alignJobs: number;
}

/**
 * Enqueues a corpus: the one step that needs the files. It reads and decodes each file
 * (unreadable, binary and duplicate files become problems, as on one machine), stores
 * the texts by hash, records the corpus and its document list, and adds an ingest job
 * for every text the store has not ingested yet. Enqueueing the same folder again finds
 * the same corpus id and the work already done, and adds only what is still missing:
 * the pairing job when every document is in, align jobs for pairs without a run.
 */
export async function enqueueCorpus(
  inputs: readonly string[],
  settings: CorpusSettings,
  context: { store: PostgresStore; queue: Queue; onRead?: (done: number, total: number) => void },
): Promise<EnqueuedCorpus> {
  const { store, queue } = context;
  const collected = await collectInputFiles(inputs);
  const problems: InputProblem[] = [...collected.problems];
  const documents: CorpusDocumentInput[] = [];
  const firstPath = new Map<string, string>();
  let batch: { hash: string; bytes: number; text: string }[] = [];
  let done = 0;
  for (const file of collected.files) {
    try {
      const { text, hash, bytes } = await readTextFile(file);
      const first = firstPath.get(hash);
      if (first !== undefined) {
        problems.push({ file, code: "INPUT_DUPLICATE", message: `same content as ${first}; skipped` });
        continue;
      }
      firstPath.set(hash, file);
      documents.push({ hash, path: file, ord: documents.length });
      batch.push({ hash, bytes, text });
      if (batch.length >= TEXT_BATCH) {
        await store.putTexts(batch);
        batch = [];
      }
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      problems.push({ file: error.at.file ?? file, code: error.code, message: error.message });
    } finally {
      context.onRead?.(++done, collected.files.length);
    }
  }
  await store.putTexts(batch);
  if (documents.length === 0) {
    throw new TandemError("PAIR_NONE", "no readable documents to enqueue", { file: inputs.join(" ") });
  }
  const corpus = corpusId(settings, documents);
  const created = await store.createCorpus(corpus, settings, documents);

  const pending = await store.pendingIngests(corpus);
  await addCorpusJobs(queue, "ingest", pending.map((hash) => ({ hash })));
  let pairJobs = 0;
  let alignJobs = 0;
  const record = await store.loadCorpus(corpus);
  if (pending.length === 0 && record && !record.pairedAt) {
    // Every text was ingested before (by another corpus): no ingest job will ask for the pairing.
    await addCorpusJobs(queue, "pair", [{ corpus }]);
    pairJobs = 1;
  } else if (record?.pairedAt) {
    const missing = (await store.listPairs(corpus)).filter((pair) => pair.runId === null && !pair.failure);
    await addCorpusJobs(queue, "align", missing.map((pair) => ({ corpus, ord: pair.ord, jobKey: pair.jobKey })));
    alignJobs = missing.length;
  }
  return { corpus, created, documents: documents.length, problems, ingestJobs: pending.length, pairJobs, alignJobs };
}
