import { ALIGNABLE_KINDS, TandemError, type Document, type Sentence } from "@tandem/segment/core";
import { readArticleFile, type ArticleFile } from "../files/read-article-file.js";
import type { TextFile } from "../files/read-text-file.js";

/** One input of `tandem align`, read and segmented. */
export interface LoadedSide {
  readonly path: string;
  readonly file: TextFile;
  readonly document: Document;
  /** The sentences the aligner sees; `alignable[k].id` maps aligner index k to a document sentence id. */
  readonly alignable: readonly Sentence[];
  readonly presegmented: boolean;
}

/** Enough text for language identification; more only costs time. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

/**
 * Reads an article and splits it into sentences, or, with `presegmented`, takes it as
 * one sentence per line with no cleaning (line k is sentence k, so `.align` output
 * uses line numbers). Fails with DOC_NO_SENTENCES when nothing alignable is left
 * (an empty or all-boilerplate article), naming the file.
 *
 * @example
 * const side = await loadSide("seeds/000_a2c988d880e43a81.txt", { lang: undefined, presegmented: false });
 * side.document.lang // "nl"
 */
export async function loadSide(path: string, options: { lang?: string; presegmented: boolean; disable?: ReadonlySet<string> }): Promise<LoadedSide> {
  const file = await readArticleFile(path);
  // The segmenter loads eld's n-gram table, the cleaner, the sentence splitter and the HTML
  // reader: only when there is an article to clean; language identification alone when a
  // presegmented file's language is to be found.
  const document = options.presegmented
    ? linesDocument(file.text, path, options.lang ?? (await import("@tandem/segment/identify")).identifyLanguage)
    : segmentArticle((await import("@tandem/segment")).segmentDocument, file, path, options.lang, options.disable);
  return sideFromDocument(path, file, document, options.presegmented);
}

/**
 * The side of an article already read and segmented. Fails with DOC_NO_SENTENCES,
 * naming the file, when nothing alignable is left.
 */
export function sideFromDocument(path: string, file: TextFile, document: Document, presegmented = false): LoadedSide {
  const alignable = presegmented
    ? document.sentences
    : document.sentences.filter((sentence) => ALIGNABLE_KINDS.includes(sentence.kind));
  if (!alignable.some((sentence) => sentence.text.trim() !== "")) {
    // Most of the text read as one other language: the language given for the file is likely wrong.
    const foreign = new Map<string, number>();
    for (const sentence of document.sentences) if (sentence.kind === "foreign") foreign.set(sentence.lang, (foreign.get(sentence.lang) ?? 0) + sentence.text.length);
    const [other, size] = [...foreign].sort((a, b) => b[1] - a[1])[0] ?? [];
    const total = document.sentences.reduce((sum, sentence) => sum + sentence.text.length, 0);
    const wrongLanguage = other !== undefined && size! * 2 > total;
    throw new TandemError(
      "DOC_NO_SENTENCES",
      presegmented
        ? "no sentences in file"
        : wrongLanguage
          ? `no ${document.lang} sentences left: the text reads as ${other}; check the language given for this file`
          : "no title, body or caption sentences left after cleaning (all boilerplate?)",
      { file: path },
    );
  }
  return { path, file, document, alignable, presegmented };
}

/** segmentDocument, with the file named in its errors (the library does not know the path); an HTML page's blocks give their kinds. */
function segmentArticle(
  segmentDocument: typeof import("@tandem/segment").segmentDocument,
  file: Pick<ArticleFile, "text" | "blocks">,
  path: string,
  lang: string | undefined,
  disable?: ReadonlySet<string>,
): Document {
  try {
    return segmentDocument(file.text, { lang, ...(disable ? { disable } : {}), ...(file.blocks ? { blocks: file.blocks } : {}) });
  } catch (error) {
    if (error instanceof TandemError && error.at.file === undefined) {
      const hint = error.code === "LANG_UNKNOWN" ? "; pass --source-lang / --target-lang" : "";
      throw new TandemError(error.code, `${error.message}${hint}`, { file: path }, { cause: error });
    }
    throw error;
  }
}

/**
 * A presegmented file as a Document: one sentence per line, offsets into the text,
 * nothing dropped. Per-line work is kept to a slice, since the scale benchmark feeds
 * this path files of many thousand lines.
 */
function linesDocument(text: string, path: string, lang: string | ((text: string) => string | undefined)): Document {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const detected = typeof lang === "string" ? lang : lang(body.slice(0, LANGUAGE_SAMPLE_CHARS));
  if (!detected) {
    throw new TandemError("LANG_UNKNOWN", "cannot tell the language; pass --source-lang / --target-lang", { file: path });
  }
  const sentences: Sentence[] = [];
  let start = 0;
  for (const line of body.split("\n")) {
    const id = sentences.length;
    sentences.push({ id, text: line, start, end: start + line.length, paragraph: id, lang: detected, kind: "body" });
    start += line.length + 1;
  }
  return { lang: detected, text, sentences };
}
