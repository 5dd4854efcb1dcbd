import { promises as fs } from "node:fs";
import path from "node:path";
import type { Document } from "@tandem/segment";
import { ALIGNABLE_KINDS, TandemError, segmentDocument } from "@tandem/segment";
import { articleFromBytes } from "../files/article-from-bytes.js";
import { MAX_HTML_BYTES, type ArticleFile } from "../files/read-article-file.js";
import { readFileBytes } from "../files/read-text-file.js";
import { archiveKind, newWarcSkips, readWarcPages, warcNote } from "../files/read-warc.js";
import { timeStage, timeStageSync, type StageTimes } from "./stage-times.js";

/** An input file that could not take part, reported as one line and never a crash. */
export interface InputProblem {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

/** A readable article: its path as the user named it, its bytes' hash and its segmentation. */
export interface LoadedDocument {
  readonly path: string;
  readonly hash: string;
  /** Size of the file in bytes. */
  readonly bytes: number;
  readonly lang: string;
  readonly document: Document;
  /** The alignable sentences joined by line breaks: what pairing looks at. */
  readonly pairingText: string;
}

/**
 * Expands files and folders (recursively, skipping hidden entries) into a sorted list
 * of files. A path that does not exist is a problem, not an exception, so one typo
 * does not hide the rest of a corpus.
 *
 * @example
 * const { files, problems } = await collectInputFiles(["seeds", "extra.txt"]);
 */
export async function collectInputFiles(inputs: readonly string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  // Real paths of the folders already listed: a symlink back to a parent folder would
  // otherwise be walked again and again, each file turning up as its own duplicate.
  const seenFolders = new Set<string>();
  const walk = async (entry: string, explicit: boolean): Promise<void> => {
    const stat = await fs.stat(entry).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      problems.push({ file: entry, code: stat.code === "ENOENT" ? "INPUT_MISSING" : "INPUT_UNREADABLE", message: stat.code === "ENOENT" ? "no such file or folder" : `cannot read (${stat.code ?? stat.message})` });
      return;
    }
    if (stat.isDirectory()) {
      const real = await fs.realpath(entry).catch(() => entry);
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      const names = await fs.readdir(entry).catch((error: NodeJS.ErrnoException) => error);
      if (names instanceof Error) {
        problems.push({ file: entry, code: "INPUT_UNREADABLE", message: `cannot list folder (${names.code ?? names.message})` });
        return;
      }
      for (const name of names.sort()) if (!name.startsWith(".")) await walk(path.join(entry, name), false);
      return;
    }
    if (stat.isFile() || explicit) files.push(entry);
  };
  for (const input of inputs) await walk(input, true);
  return { files: [...new Set(files)], problems };
}

/**
 * Reads, identifies and segments each file. Unreadable, binary, empty and
 * undetectable files become problems; a file with the same bytes as an earlier one
 * is reported as a duplicate and left out, because pairing an article with its own
 * copy (or aligning it twice) is never what the user wants.
 *
 * @example
 * const { documents, problems } = await loadDocuments(files);
 * documents[0]?.lang; // "nl"
 */
export async function loadDocuments(
  files: readonly string[],
  onProgress: (done: number) => void = () => {},
  times?: StageTimes,
): Promise<{ documents: LoadedDocument[]; problems: InputProblem[] }> {
  const documents: LoadedDocument[] = [];
  const problems: InputProblem[] = [];
  const byHash = new Map<string, string>();
  const seenUris = new Set<string>();
  let done = 0;
  /** Segments one article, or counts it as a duplicate, or lists why it was left out. */
  const add = (name: string, read: () => ArticleFile, duplicates?: { count: number }): void => {
    try {
      const article = read();
      const first = byHash.get(article.hash);
      if (first !== undefined) {
        if (duplicates) duplicates.count++;
        else problems.push({ file: name, code: "INPUT_DUPLICATE", message: `same content as ${first}; skipped` });
        return;
      }
      byHash.set(article.hash, name);
      const document = timeStageSync(times, "segment", () => segmentDocument(article.text, article.blocks ? { blocks: article.blocks } : {}));
      if (!document.lang || document.lang === "und") {
        problems.push({ file: name, code: "LANG_UNKNOWN", message: "cannot tell the language; skipped" });
        return;
      }
      const alignable = document.sentences.filter((sentence) => ALIGNABLE_KINDS.includes(sentence.kind));
      const pairingText = (alignable.length > 0 ? alignable : document.sentences).map((sentence) => sentence.text).join("\n");
      documents.push({ path: name, hash: article.hash, bytes: article.bytes, lang: document.lang, document, pairingText });
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      problems.push({ file: error.at.file ?? name, code: error.code, message: error.message });
    }
  };
  for (const file of files) {
    try {
      const kind = await archiveKind(file);
      if (kind === "arc") {
        problems.push({ file, code: "INPUT_BINARY", message: "an ARC file (the format before WARC) is not supported; convert it to WARC first" });
        continue;
      }
      if (kind === "warc") {
        const skips = newWarcSkips();
        const duplicates = { count: 0 };
        let repeatedUris = 0;
        for await (const page of readWarcPages(file, skips, MAX_HTML_BYTES)) {
          // The same URL captured again (a crawl revisiting a page): the first capture stands.
          if (seenUris.has(page.uri)) {
            repeatedUris++;
            continue;
          }
          seenUris.add(page.uri);
          add(page.uri, () => articleFromBytes(page.bytes, page.uri, { html: true, ...(page.headerCharset ? { headerCharset: page.headerCharset } : {}) }), duplicates);
        }
        const repeats = [
          ...(repeatedUris ? [`${repeatedUris} repeated URLs skipped (first capture kept)`] : []),
          ...(duplicates.count ? [`${duplicates.count} pages with the same bytes as an earlier one skipped`] : []),
        ];
        problems.push({ file, code: skips.truncated.length || skips.partial.length || skips.stoppedAt ? "WARC_DAMAGED" : "WARC_READ", message: [warcNote(skips), ...repeats].join("; ") });
        continue;
      }
      const buffer = await timeStage(times, "read", () => readFileBytes(file, { maxBytes: MAX_HTML_BYTES })).catch((error: unknown) => error);
      if (buffer instanceof TandemError) {
        problems.push({ file: errorFile(buffer, file), code: buffer.code, message: buffer.message });
        continue;
      }
      if (!(buffer instanceof Buffer)) throw buffer;
      add(file, () => articleFromBytes(buffer, file, { htmlByName: HTML_NAME.test(file) }));
    } finally {
      onProgress(++done);
    }
  }
  return { documents, problems };
}

const HTML_NAME = /\.(?:x?html?|xht|shtml)$/iu;

function errorFile(error: TandemError, file: string): string {
  return error.at.file ?? file;
}

/**
 * One problem as the CLI prints it: `file: message [CODE]`, like every tandem error.
 *
 * @example
 * formatProblem({ file: "a.png", code: "INPUT_BINARY", message: "file looks binary" }); // "a.png: file looks binary [INPUT_BINARY]"
 */
export function formatProblem(problem: InputProblem): string {
  return `${problem.file}: ${problem.message} [${problem.code}]`;
}
