import type { SentenceKind } from "../document.js";
import type { ExtractedHtml, HtmlBlockKind } from "./extract-html.js";

/** Where one block of a page sits in the extracted text, and what its element made it. */
export interface TextBlock {
  readonly start: number;
  readonly end: number;
  readonly kind: HtmlBlockKind;
  /** Most of the block's text is link text (a related list, a share row, a tag cloud). */
  readonly linked: boolean;
  /** Share of the block's characters inside tags written as text (`<meta charset="utf-8">` in a code sample), 0–1. */
  readonly markup: number;
}

/**
 * A page as text: the title line, then each content block on its own line, blocks
 * separated by a blank line. This string is what sentence offsets of an HTML input
 * refer to (`tandem segment page.html --text` prints it).
 */
export interface HtmlText {
  readonly text: string;
  readonly blocks: readonly TextBlock[];
  readonly declaredLang: string;
  readonly extractor: ExtractedHtml["extractor"];
  /** The title line was added from og:title/h1/`<title>`, not found as the content's first block. */
  readonly titleAdded: boolean;
}

/** A tag written out as text: `<meta …>`, `</p>`, `<br/>`. */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu;

function markupShare(text: string): number {
  let tags = 0;
  for (const match of text.matchAll(MARKUP)) tags += match[0].length;
  return text.length ? tags / text.length : 0;
}

/**
 * Lays the extracted blocks out as text: the page title first (unless the content
 * starts with it already), one block per line, a blank line between blocks so that no
 * two blocks are ever joined into one paragraph.
 *
 * @example
 * htmlText({ title: "T", blocks: [{ text: "Body.", kind: "body", linked: false }], declaredLang: "", extractor: "readability" }).text; // "T\n\nBody.\n"
 */
export function htmlText(extracted: ExtractedHtml): HtmlText {
  const lines = [...extracted.blocks];
  const first = lines[0];
  let titleAdded = false;
  // Readability turns the article's h1 into an h2: a first block that is the title is the title.
  if (first && extracted.title && (first.text === extracted.title || (first.kind === "title" && first.text.includes(extracted.title)))) {
    lines[0] = { ...first, kind: "title" };
  } else if (extracted.title) {
    lines.unshift({ text: extracted.title, kind: "title", linked: false });
    titleAdded = true;
  }
  let text = "";
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    // A line break inside a block would split it in two for the cleaning; blocks are one line each.
    const clean = line.text.replace(/[\n\r\u2028\u2029]+/gu, " ");
    if (text) text += "\n\n";
    blocks.push({ start: text.length, end: text.length + clean.length, kind: line.kind, linked: line.linked, markup: markupShare(clean) });
    text += clean;
  }
  return { text: text ? `${text}\n` : "", blocks, declaredLang: extracted.declaredLang, extractor: extracted.extractor, titleAdded };
}

/**
 * Cleaning verdicts that rest only on a line's shape (short, unpunctuated, among other
 * short lines, near the end). An HTML element says more than the shape: a heading, a
 * list item or a table row that is not a link is the article's own text.
 */
const SHAPE_ONLY = new Set(["short-line", "single-word", "short-run", "tail", "related-block", "related-teasers", "glued-headlines"]);
/** Verdicts from a line's place above the first paragraph: a list item or table row there is still the article's list. */
const PLACE_ONLY = new Set(["header"]);

/** The part of a cleaned line that the structure looks at. */
interface KindedLine {
  readonly start: number;
  readonly kind: SentenceKind;
  /** The cleaning rule's id (see clean/clean-defaults.ts). */
  readonly rule: string;
  readonly reason: string;
}

/**
 * The page's structure over the cleaning's verdict, line by line: the title block is
 * the title and no other line is; a caption element's text is a caption; a code sample
 * (`pre`) is not prose; a heading, list item, quote or paragraph the cleaning dropped
 * only for its shape, and that is not mostly link text, is content. Every other verdict stands, so furniture inside
 * the article (share rows, newsletter boxes, related links) is still dropped by the same
 * rules as in text.
 *
 * @example
 * applyStructure([{ start: 0, kind: "boilerplate", rule: "single-word", reason: "a single word is no sentence" }], [{ start: 0, end: 12, kind: "heading", linked: false, markup: 0 }])[0].kind; // "body"
 */
export function applyStructure<T extends KindedLine>(lines: readonly T[], blocks: readonly TextBlock[]): T[] {
  let b = 0;
  return lines.map((line) => {
    while (b < blocks.length - 1 && blocks[b]!.end <= line.start) b++;
    const block = blocks[b];
    if (!block || line.start < block.start || line.start >= block.end) return line;
    const [kind, rule, reason] = structuralKind(line, block, b === 0);
    return kind === line.kind ? line : { ...line, kind, rule, reason };
  });
}

/** Kind, rule id and reason of a line given its block; the rule ids `html-*` name the element that decided. */
function structuralKind(line: KindedLine, block: TextBlock, firstBlock: boolean): [SentenceKind, string, string] {
  const keep: [SentenceKind, string, string] = [line.kind, line.rule, line.reason];
  if (line.kind === "foreign") return keep;
  if (block.kind === "title" && firstBlock) return ["title", "html-title", "the page's headline (h1, og:title)"];
  if (line.kind === "title") return ["body", "html-not-title", "not the page's headline"];
  if (block.kind === "caption" && line.kind === "body") return ["caption", "html-caption", "a caption element"];
  // A sample of markup (a `pre` holding tags, or a block that is mostly tags) is no prose and would
  // put markup in an aligned sentence; prose that mentions `<b>` stays.
  if ((block.kind === "code" && block.markup > 0) || block.markup >= 0.5) return ["boilerplate", "html-code", "a markup sample (tags written out)"];
  const listed = block.kind === "item" || block.kind === "row";
  if (line.kind === "boilerplate" && !block.linked && (SHAPE_ONLY.has(line.rule) || (listed && PLACE_ONLY.has(line.rule)))) {
    return [block.kind === "caption" ? "caption" : "body", "html-element", `a ${block.kind} element, not a link`];
  }
  return keep;
}
