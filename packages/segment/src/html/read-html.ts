import { extractHtml } from "./extract-html.js";
import { htmlText, type HtmlText } from "./html-text.js";

/**
 * An HTML page (already decoded, see decodeHtml) as text for segmentation: its main
 * content found by Readability, one block per line, the title first, each block's
 * kind kept. Pass `blocks` to segmentDocument with `text`.
 *
 * @example
 * const page = readHtml("<title>T</title><article><h1>Kop</h1><p>Een zin.</p></article>");
 * const doc = segmentDocument(page.text, { lang: "nl", blocks: page.blocks });
 */
export function readHtml(html: string): HtmlText {
  return htmlText(extractHtml(html));
}
