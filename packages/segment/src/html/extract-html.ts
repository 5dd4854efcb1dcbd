import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What a block of a page is, from its element: this decides the line's kind before cleaning. */
export type HtmlBlockKind = "title" | "heading" | "body" | "item" | "caption" | "quote" | "row" | "code";

/** One block of a page's main content: a paragraph, heading, list item, caption… as one line of text. */
export interface HtmlBlock {
  readonly text: string;
  readonly kind: HtmlBlockKind;
  /** Most of its text (over half of the letters) sits inside links. */
  readonly linked: boolean;
}

/** A page's main content as blocks, and what the page says about itself. */
export interface ExtractedHtml {
  /** The page title (og:title, else the first h1, else the extractor's title, else `<title>`); "" when none. */
  readonly title: string;
  /** The main content, in page order; the title is not among them unless the content repeats it. */
  readonly blocks: readonly HtmlBlock[];
  /** `<html lang>` (or og:locale), lowercased; "" when absent. A hint only: pages lie. */
  readonly declaredLang: string;
  /** "readability" when the extractor found the article; "page" when it gave up and the whole visible page was taken. */
  readonly extractor: "readability" | "page";
}

/** Elements whose text is never content: code that would run, styling, hidden and interactive parts, ruby readings. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
  "button", "select", "option", "input", "textarea", "rt", "rp", "head", "title", "meta", "link",
]);
/** Page furniture the whole-page fallback leaves out. */
const FURNITURE = new Set(["nav", "header", "footer", "aside", "menu"]);
/** Elements that start a new line. */
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "figure", "figcaption", "pre", "table", "tr", "caption", "br", "hr", "address",
  "header", "footer", "nav", "aside", "details", "summary", "center", "body", "html",
]);

/** Largest number of elements the extractor scores; beyond it the page is read as whole-page text (bounded time on huge pages). */
const MAX_ELEMENTS = 60_000;
/**
 * Deepest nesting the extractor walks. Readability recurses over the tree and rescans
 * ancestors, so a page nested thousands deep (broken or hostile markup) would overflow
 * the stack or take minutes; real pages nest a few dozen levels.
 */
const MAX_DEPTH = 300;

/**
 * Finds a page's main content with Mozilla Readability on a linkedom DOM (no script is
 * run, nothing is fetched: linkedom has no script engine and no network) and turns it
 * into blocks whose kind comes from the element: `h2`–`h6` headings, `li` items,
 * `figcaption`/`caption` captions, `blockquote` quotes, table rows (one line per `tr`),
 * `pre` code, the rest body. When Readability finds no article, or the page is too large to score, the
 * page's visible text outside `nav`/`header`/`footer`/`aside` is taken instead, so a
 * short page still yields its text.
 *
 * @example
 * extractHtml("<html lang=fr><h1>Titre</h1><article><p>Un texte.</p></article></html>").title; // "Titre"
 */
export function extractHtml(html: string): ExtractedHtml {
  const document = parseDocument(html);
  const declaredLang = (document.documentElement?.getAttribute?.("lang") ?? metaContent(document, "og:locale") ?? "").trim().toLowerCase();
  const title = pageTitle(document);
  let content: DomNode | null = null;
  if (withinLimits(document)) {
    try {
      const reader = new Readability(document as never, { serializer: (node: unknown) => node, charThreshold: 300 } as never);
      content = ((reader.parse() as { content?: unknown } | null)?.content ?? null) as DomNode | null;
    } catch {
      content = null; // a page Readability cannot walk is read as a whole below
    }
  }
  if (content) {
    return { title: title || "", blocks: blocksOf(content, false), declaredLang, extractor: "readability" };
  }
  // Readability mutated the tree while trying: parse again for the whole-page reading.
  const fresh = parseDocument(html);
  const body = fresh.body ?? fresh.documentElement;
  return { title, blocks: body ? blocksOf(body, true) : [], declaredLang, extractor: "page" };
}

/**
 * linkedom builds the tree as the tags say and adds no implied `<html>`/`<body>`: a
 * fragment (a page saved without them) would have its first element as the root.
 * Such a page is parsed again inside a proper skeleton.
 */
function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  if (document.documentElement?.nodeName.toLowerCase() === "html") return document;
  return (parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: DomDocument }).document;
}

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

interface DomDocument {
  readonly documentElement: DomNode | null;
  readonly body: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/** Whether the page is small and shallow enough for Readability (counted without recursion, stopping early). */
function withinLimits(document: DomDocument): boolean {
  const root = document.documentElement;
  if (!root) return false;
  const stack: [DomNode, number][] = [[root, 1]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return true;
}

function metaContent(document: DomDocument, property: string): string | undefined {
  const meta = document.querySelector(`meta[property="${property}"]`) ?? document.querySelector(`meta[name="${property}"]`);
  const content = meta?.getAttribute?.("content")?.trim();
  return content ? content : undefined;
}

/**
 * The headline: the first `h1` when og:title agrees with it (og:title often carries
 * " | Site name"), else og:title, else the `h1`, else `<title>`.
 */
function pageTitle(document: DomDocument): string {
  const og = collapse(metaContent(document, "og:title") ?? "");
  const h1 = document.querySelector("h1");
  const h1Text = h1 ? collapse(visibleText(h1)) : "";
  if (h1Text && og && (og.includes(h1Text) || h1Text.includes(og))) return h1Text;
  if (og) return og;
  if (h1Text) return h1Text;
  const title = document.querySelector("title");
  return title ? collapse(title.textContent ?? "") : "";
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** The text of a node without skipped elements. Iterative: a 10,000-deep page must not overflow the stack. */
function visibleText(root: DomNode): string {
  let out = "";
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.textContent ?? "";
    else if (node.nodeType === 1 && !SKIPPED.has(node.nodeName.toLowerCase())) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return out;
}

/**
 * The blocks of an element: text is gathered until a block element starts or ends, and
 * each run becomes one block of the innermost block element's kind. Iterative, with an
 * explicit stack of enter/leave steps.
 */
export function blocksOf(root: DomNode, skipFurniture: boolean): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const kinds: HtmlBlockKind[] = ["body"];
  let text = "";
  let linkedChars = 0;
  let anchors = 0;
  const flush = () => {
    const line = collapse(text);
    const letters = text.replace(/\s+/gu, "").length;
    text = "";
    const linked = linkedChars * 2 > letters;
    linkedChars = 0;
    if (line) blocks.push({ text: line, kind: kinds[kinds.length - 1]!, linked });
  };
  type Step = { node: DomNode; leave: boolean };
  const stack: Step[] = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (node.nodeType === 3) {
      const piece = node.textContent ?? "";
      text += piece;
      if (anchors > 0) linkedChars += piece.replace(/\s+/gu, "").length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toLowerCase();
    // A table row is one line, its cells separated by spaces (as the page shows them).
    if (name === "td" || name === "th") text += " ";
    if (leave) {
      if (name === "a") anchors--;
      if (BLOCKS.has(name)) {
        flush();
        if (blockKind(name)) kinds.pop();
      }
      continue;
    }
    if (SKIPPED.has(name) || (skipFurniture && FURNITURE.has(name))) continue;
    if (node.getAttribute?.("hidden") !== null && node.getAttribute?.("hidden") !== undefined) continue;
    if (BLOCKS.has(name)) {
      flush();
      const kind = blockKind(name);
      if (kind) kinds.push(kind === "body" ? kinds[kinds.length - 1]! : kind);
    } else if (name === "img") {
      continue;
    }
    if (name === "a") anchors++;
    stack.push({ node, leave: true });
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, leave: false });
  }
  flush();
  return blocks;
}

/** The kind a block element gives its text; undefined for elements that only break lines. "body" inherits the enclosing kind. */
function blockKind(name: string): HtmlBlockKind | undefined {
  if (name === "h1") return "title";
  if (/^h[2-6]$/u.test(name)) return "heading";
  if (name === "li" || name === "dt" || name === "dd") return "item";
  if (name === "figcaption" || name === "caption") return "caption";
  if (name === "blockquote") return "quote";
  if (name === "tr") return "row";
  if (name === "pre") return "code";
  if (name === "br" || name === "hr") return undefined;
  return "body";
}
