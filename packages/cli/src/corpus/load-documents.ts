import { promises as fs } from "node:fs";
import path from "node:path";
import type { Document } from "@tandem/segment";
import { ALIGNABLE_KINDS, TandemError, segmentDocument } from "@tandem/segment";
import { readArticleFile } from "../files/read-article-file.js";

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
): Promise<{ documents: LoadedDocument[]; problems: InputProblem[] }> {
  const documents: LoadedDocument[] = [];
  const problems: InputProblem[] = [];
  const byHash = new Map<string, string>();
  let done = 0;
  for (const file of files) {
    try {
      const { text, hash, bytes, blocks } = await readArticleFile(file);
      const first = byHash.get(hash);
      if (first !== undefined) {
        problems.push({ file, code: "INPUT_DUPLICATE", message: `same content as ${first}; skipped` });
        continue;
      }
      byHash.set(hash, file);
      const document = segmentDocument(text, blocks ? { blocks } : {});
      if (!document.lang || document.lang === "und") {
        problems.push({ file, code: "LANG_UNKNOWN", message: "cannot tell the language; skipped" });
        continue;
      }
      const alignable = document.sentences.filter((sentence) => ALIGNABLE_KINDS.includes(sentence.kind));
      const pairingText = (alignable.length > 0 ? alignable : document.sentences).map((sentence) => sentence.text).join("\n");
      documents.push({ path: file, hash, bytes, lang: document.lang, document, pairingText });
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      problems.push({ file: error.at.file ?? file, code: error.code, message: error.message });
    } finally {
      onProgress(++done);
    }
  }
  return { documents, problems };
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
