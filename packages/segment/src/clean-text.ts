import type { SentenceKind } from "./document.js";
import { foreignLanguageOf } from "./is-foreign-line.js";
import { computeLineFeatures, type LineFeatures } from "./line-features.js";

/** One non-empty line of an article, with what the cleaning decided it is. */
export interface CleanLine {
  /** Offset of the line's first non-space character in the text. */
  readonly start: number;
  /** Offset one past its last kept character (trailing spaces and "|" separators dropped). */
  readonly end: number;
  readonly text: string;
  /** Index among the non-empty lines, from 0: our articles put one paragraph per line. */
  readonly paragraph: number;
  readonly kind: SentenceKind;
  /** The document's language, or the line's own when it is `foreign`. */
  readonly lang: string;
  /** Which signal decided the kind, for `tandem segment --all` and for debugging rules. */
  readonly reason: string;
}

interface Draft {
  start: number;
  end: number;
  text: string;
  features: LineFeatures;
  kind?: SentenceKind;
  lang?: string;
  reason?: string;
}

/** Lines of this size or less without final punctuation are menu items and labels. */
const SHORT = 3;
/** Lines of this size or less without final punctuation read like headlines. */
const HEADLINE = 20;
/** How many content lines from the top the title may be found among. */
const TITLE_WINDOW = 3;

/**
 * Splits an article into lines and decides what each line is: `title`, `body`,
 * `caption`, `source`, `boilerplate` or `foreign`. The rules use only the shape and
 * position of lines, never a site's wording, so they carry over to new sites:
 *
 * - a trailing block of short or unpunctuated lines (related headlines, menus,
 *   "Comments (0)"), which may enclose single teaser sentences, is boilerplate;
 * - counters "(0)", datelines (a date with a few words), repeated lines, menus
 *   ("Home | World | Sport"), very short unpunctuated lines, a first-line site banner
 *   (a domain name or another language) and short unpunctuated lines between the top and
 *   the first paragraph (bylines, dates) are boilerplate;
 * - a short line with a URL is the source line;
 * - a line clearly in another language is foreign;
 * - a line ending in a "(Word: Name)" credit is a caption;
 * - the first unpunctuated line near the top (or a one-sentence line before the dateline) is the title.
 *
 * @example
 * cleanText("Vietnam.vn - Nền tảng\n\nDe conferentie begon.\nReactie (0)", { lang: "nl" })
 *   .map((line) => line.kind); // ["boilerplate", "body", "boilerplate"]
 */
export function cleanText(text: string, options: { lang: string }): CleanLine[] {
  const docLang = options.lang;
  const lines = splitLines(text);
  const seen = new Set<string>();

  for (const [index, line] of lines.entries()) {
    const f = line.features;
    const key = line.text.toLowerCase().replace(/\s+/gu, " ");
    const repeated = seen.has(key);
    seen.add(key);
    if (f.hasUrl && f.sizeWithoutUrl <= 6) mark(line, "source", "short line with a URL");
    else if (f.isCounter) mark(line, "boilerplate", "counter");
    else if (f.hasDate && !f.endsSentence && f.sizeWithoutDate <= 8) mark(line, "boilerplate", "dateline");
    else if (repeated) mark(line, "boilerplate", "repeats an earlier line");
    else if (f.isGluedHeadlines) mark(line, "boilerplate", "headlines glued together");
    else if (f.isMenu) mark(line, "boilerplate", "menu");
    else {
      const foreign = foreignLanguageOf(line.text, docLang);
      if (index === 0 && !f.endsSentence && (f.hasDomain || foreign)) mark(line, "boilerplate", "site banner");
      else if (foreign) mark(line, "foreign", `language ${foreign}`, foreign);
      else if (f.hasCredit) mark(line, "caption", "ends with a photo credit");
    }
  }

  markTitle(lines);
  markHeader(lines);
  markTail(lines);
  for (const line of lines) {
    if (line.kind) continue;
    if (!line.features.endsSentence && line.features.size <= SHORT) mark(line, "boilerplate", "short line without punctuation");
    else mark(line, "body", "body text");
  }
  return lines.map((line, paragraph) => ({
    start: line.start,
    end: line.end,
    text: line.text,
    paragraph,
    kind: line.kind!,
    lang: line.lang ?? docLang,
    reason: line.reason!,
  }));
}

function mark(line: Draft, kind: SentenceKind, reason: string, lang?: string): void {
  line.kind = kind;
  line.reason = reason;
  if (lang) line.lang = lang;
}

function splitLines(text: string): Draft[] {
  const lines: Draft[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to === -1) to = text.length;
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start]!)) start++;
    // A "|" after a caption is a layout separator, not part of the sentence.
    while (end > start && /[\s|]/u.test(text[end - 1]!)) end--;
    if (end > start) {
      const lineText = text.slice(start, end);
      lines.push({ start, end, text: lineText, features: computeLineFeatures(lineText) });
    }
    from = to + 1;
  }
  return lines;
}

/**
 * The title is the first undecided line among the first few, if it has no final
 * punctuation, or if it is a single sentence and a dateline follows soon after:
 * sites put "title, (lead,) dateline, body".
 */
function markTitle(lines: Draft[]): void {
  const top = lines.slice(0, TITLE_WINDOW + 2);
  const first = top.findIndex((line) => !line.kind);
  if (first === -1 || first >= TITLE_WINDOW) return;
  const line = lines[first]!;
  const f = line.features;
  if (!f.endsSentence && f.size <= 30 && f.size > 0) return mark(line, "title", "first line without final punctuation");
  const datelineSoon = lines.slice(first + 1, first + 4).some((l) => l.reason === "dateline");
  const oneSentence = !/[.!?。！？]\s+\S/u.test(line.text.replace(/[.!?。！？]+$/u, ""));
  if (datelineSoon && oneSentence && f.size <= 40) mark(line, "title", "one sentence before the dateline");
}

/** Lines of this size or less without final punctuation, between the top and the first paragraph, are header lines. */
const HEADER = 8;

/**
 * Between the top of the page and the first paragraph of running text sit bylines,
 * publication dates and categories ("By Jane Doe, Reuters", "Published 12 March"):
 * short lines without final punctuation there are boilerplate.
 */
function markHeader(lines: Draft[]): void {
  for (const line of lines) {
    const f = line.features;
    if (!line.kind && f.endsSentence && f.size > HEADER) return; // the first paragraph
    if (!line.kind && !f.endsSentence && f.size <= HEADER) mark(line, "boilerplate", "header line (byline, date, category)");
  }
}

/**
 * Related headlines, menus and "no data" placeholders sit in a block at the end of the
 * page. Walking back from the last line, the block grows over short and unpunctuated
 * lines and swallows single teaser sentences between them; two body-like lines in a
 * row, a caption or the source line end it.
 */
function markTail(lines: Draft[]): void {
  let tailStart = lines.length;
  let previousWasBody = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind === "source" || line.kind === "caption" || line.kind === "title") break;
    const signal =
      line.kind === "boilerplate" || (!line.features.endsSentence && line.features.size <= HEADLINE);
    if (signal) {
      tailStart = i;
      previousWasBody = false;
    } else {
      // Body text at the very end, or two body lines in a row: the article itself.
      if (previousWasBody || tailStart === lines.length) break;
      previousWasBody = true;
    }
  }
  for (let i = tailStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "boilerplate") mark(line, "boilerplate", "block of headlines and menus at the end");
  }
}
