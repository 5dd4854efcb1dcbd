import { decodeHtml, readHtml, TandemError } from "@tandem/segment";
import { binaryFormat, looksLikeHtml, type ArticleFile } from "./read-article-file.js";
import { decodeTextBytes, hashBytes } from "./read-text-file.js";

/**
 * The article in some bytes; `name` is what errors name (a path, or a WARC record's URI).
 * With `headerCharset` (from an HTTP header) an HTML page is decoded by it unless it has
 * a BOM or is valid UTF-8.
 */
export function articleFromBytes(
  buffer: Buffer,
  name: string,
  options: { htmlByName?: boolean; headerCharset?: string; html?: boolean } = {},
): ArticleFile {
  const at = { file: name };
  const format = binaryFormat(buffer);
  if (format) throw new TandemError("INPUT_BINARY", format, at);
  const hash = hashBytes(buffer);
  if (!(options.html || options.htmlByName || looksLikeHtml(buffer))) {
    return { ...decodeTextBytes(buffer, name), bytes: buffer.length, hash, format: "text" };
  }
  const decoded = decodeHtml(buffer, options.headerCharset ? { headerCharset: options.headerCharset } : {});
  const page = readHtml(decoded.text);
  if (page.text.trim() === "") {
    throw new TandemError("INPUT_EMPTY", "the page has no visible text (only markup or scripts)", at);
  }
  return {
    text: page.text,
    bytes: buffer.length,
    hash,
    format: "html",
    blocks: page.blocks,
    charset: `${decoded.charset} (${decoded.source})`,
    declaredLang: page.declaredLang,
    titleAdded: page.titleAdded,
  };
}
