import type { TextBlock } from "@tandem/segment";
import { sniffHtml, TandemError } from "@tandem/segment/core";
import { decodeTextBytes, hashBytes, readFileBytes, type TextFile } from "./read-text-file.js";

/** An article read from a file or a WARC record: text or an HTML page turned into text. */
export interface ArticleFile extends TextFile {
  /**
   * For "html", `text` is the page's extracted text (title line, one block per line,
   * blank lines between): sentence offsets refer to it, and `tandem segment page.html
   * --text` prints it. For "text", `text` is the decoded file.
   */
  readonly format: "text" | "html";
  /** The page's blocks and their kinds (HTML only), for segmentDocument. */
  readonly blocks?: readonly TextBlock[];
  /** The charset the page was decoded with and why (HTML only), e.g. "gbk (meta)". */
  readonly charset?: string;
  /** The language the page declares (`<html lang>`), lowercased; a hint only. */
  readonly declaredLang?: string;
  /** HTML only: the first line is the page's headline taken from og:title/h1/`<title>`, not from the extracted content. */
  readonly titleAdded?: boolean;
}

/** Largest HTML page read: pages are larger than their text (markup, inline scripts and styles). */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;

const HTML_EXTENSION = /\.(?:x?html?|xht|shtml)$/iu;

/**
 * Reads an article file: plain text as {@link readTextFile} does, an HTML page (by its
 * first bytes, or an .html/.htm name) decoded and reduced to its main content, and
 * other document formats refused in one line naming the format.
 *
 * @example
 * const page = await readArticleFile("fixtures/html/w3c-en/input.html");
 * page.format; // "html"
 */
export async function readArticleFile(path: string): Promise<ArticleFile> {
  const buffer = await readFileBytes(path, { maxBytes: MAX_HTML_BYTES });
  const htmlByName = HTML_EXTENSION.test(path);
  const format = binaryFormat(buffer);
  if (format) throw new TandemError("INPUT_BINARY", format, { file: path });
  // A text file never loads the HTML parser and extractor (about 0.4 s and 70 MB of start-up).
  if (!htmlByName && !looksLikeHtml(buffer)) {
    return { ...decodeTextBytes(buffer, path), bytes: buffer.length, hash: hashBytes(buffer), format: "text" };
  }
  const { articleFromBytes } = await import("./article-from-bytes.js");
  return articleFromBytes(buffer, path, { htmlByName });
}

/** Whether a file's first bytes look like an HTML page. */
export function looksLikeHtml(buffer: Uint8Array): boolean {
  return sniffHtml(new TextDecoder("latin1").decode(buffer.subarray(0, 4096)));
}

/**
 * What a file is when it is a document format tandem does not read, as the one line to
 * print; undefined for anything else. Decided by magic bytes, never by the name.
 */
export function binaryFormat(bytes: Uint8Array): string | undefined {
  const ascii = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const unsupported = (what: string) => `${what} is not supported; convert it to text or HTML first`;
  if (ascii.startsWith("%PDF-")) return unsupported("PDF");
  if (ascii.startsWith("{\\rtf")) return unsupported("RTF");
  if (ascii.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) return unsupported("A Word 97-2003 (OLE) document");
  if (ascii.startsWith("PK\x03\x04")) {
    if (ascii.slice(30, 38) === "mimetype") {
      if (ascii.includes("application/epub+zip")) return unsupported("EPUB");
      if (ascii.includes("application/vnd.oasis.opendocument.text")) return unsupported("ODT");
      if (ascii.includes("application/vnd.oasis.opendocument")) return unsupported("An OpenDocument file");
    }
    if (ascii.includes("word/") || ascii.includes("[Content_Types].xml")) return unsupported("DOCX");
    return unsupported("A ZIP archive");
  }
  if (ascii.startsWith("\x1f\x8b")) return "gzip-compressed data is not an article; give a .warc.gz crawl to tandem pair or tandem corpus";
  if (/^WARC\/\d/u.test(ascii)) return "a WARC crawl holds many pages; give it to tandem pair or tandem corpus";
  return undefined;
}
