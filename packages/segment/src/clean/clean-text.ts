import type { SentenceKind } from "../document.js";
import { foreignLanguageOf } from "../language/is-foreign-line.js";
import { computeLineFeatures, withoutMarkdownLinks, type LineFeatures } from "../read/line-features.js";
import { rebuildParagraphs } from "../read/rebuild-paragraphs.js";
import { CLEAN_DEFAULTS as D } from "./clean-defaults.js";
import { isAdLabel, isCookieNotice, isNewsletterLine, isPublicationNotice, isReadAlsoLine, isShareLine } from "./notice-phrases.js";

/** One paragraph of an article (usually one line), with what the cleaning decided it is. */
export interface CleanLine {
  /** Offset of the line's first non-space character in the text. */
  readonly start: number;
  /** Offset one past its last kept character (trailing spaces and "|" separators dropped). */
  readonly end: number;
  /** The paragraph's text; line breaks inside a rebuilt (hard-wrapped) paragraph are spaces, so offsets still match. */
  readonly text: string;
  /** Index among the paragraphs, from 0: a non-empty line, or hard-wrapped lines joined (see rebuildParagraphs). */
  readonly paragraph: number;
  readonly kind: SentenceKind;
  /** The document's language, or the line's own when it is `foreign`. */
  readonly lang: string;
  /** The id of the rule that decided the kind (one of CLEAN_RULES, or "body" / "inter-title" when none fired). */
  readonly rule: string;
  /** Which signal decided the kind, in words, for `tandem segment --all` and for debugging rules. */
  readonly reason: string;
}

/** Options of {@link cleanText}. */
export interface CleanOptions {
  readonly lang: string;
  /** Rule ids (CLEAN_RULES) to switch off: the lines they would decide go on to the next rule. */
  readonly disable?: ReadonlySet<string>;
}

interface Draft {
  start: number;
  end: number;
  text: string;
  /** The text lower-cased with white space collapsed, for finding repeats. */
  key: string;
  afterBlank: boolean;
  features: LineFeatures;
  kind?: SentenceKind;
  lang?: string;
  rule?: string;
  reason?: string;
}

/** A line (of at most D.selfRepeatLine characters) that is one phrase of D.selfRepeatPhrase+ characters written two or more times over, spaces apart. */
const SELF_REPEAT = new RegExp(`^(\\S.{${D.selfRepeatPhrase - 1},}?)(?:\\s+\\1)+$`, "u");
const isSelfRepeat = (key: string) => key.length <= D.selfRepeatLine && SELF_REPEAT.test(key);

const SHORT = D.short;
const HEADLINE = D.headline;
const TITLE_WINDOW = D.titleWindow;

/**
 * Splits an article into paragraphs (lines, with hard-wrapped lines joined) and decides
 * what each is: `title`, `body`, `caption`, `source`, `boilerplate` or `foreign`. The
 * rules use only shape, repetition and position, never a site's wording, so they carry
 * over to new sites (docs/segment.md lists them all):
 *
 * - the title is the longest unpunctuated line above the first paragraph, with a kicker
 *   right above it; other short header lines (bylines, dates, site names) are boilerplate;
 * - single words, counters, datelines, bylines, credits standing alone, menus, language
 *   switchers, alt text, short repeated lines and runs of short lines are boilerplate; a
 *   text of sentence size printed twice is content both times;
 * - related-article blocks inside the page, everything after a closing "(xx/Source)"
 *   credit, and a trailing block of short or unpunctuated lines are boilerplate;
 * - a short line with a URL is the source line; a line clearly in another language is
 *   foreign; a line ending in a "(Word: Name)" credit is a caption.
 *
 * @example
 * cleanText("Vietnam.vn - Nền tảng\n\nDe conferentie begon.\nReactie (0)", { lang: "nl" })
 *   .map((line) => line.kind); // ["boilerplate", "body", "boilerplate"]
 */
export function cleanText(text: string, options: CleanOptions): CleanLine[] {
  const docLang = options.lang;
  const disabled = options.disable ?? new Set<string>();
  const on = (rule: string) => !disabled.has(rule);
  const all = splitLines(text, on("blank-line-join"));
  // An advertisement's label ("Advertisement", "Continue reading below") interrupts the article
  // where it stands: it goes first, and the rules of page structure (inter-titles, runs of short
  // lines, header, tail) see the lines around it as neighbours, as a reader does.
  if (on("ad-label")) for (const line of all) if (isAdLabel(line.text)) mark(line, "boilerplate", "ad-label", "advertisement label");
  const lines = all.some((line) => line.kind) ? all.filter((line) => !line.kind) : all;
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.key, (counts.get(line.key) ?? 0) + 1);
  const foreignByKey = new Map<string, string | undefined>();
  const headings = on("inter-title") ? findHeadings(lines) : new Map<Draft, Heading>();

  for (const [index, line] of lines.entries()) {
    const f = line.features;
    if (on("source-line") && f.hasUrl && f.sizeWithoutUrl <= D.sourceLine) mark(line, "source", "source-line", "short line with a URL");
    else if (on("counter") && f.isCounter) mark(line, "boilerplate", "counter", "counter");
    else if (on("dateline") && f.hasDate && !f.endsSentence && f.sizeWithoutDate <= D.dateline) mark(line, "boilerplate", "dateline", "dateline");
    else if (on("credit-alone") && f.isCreditOnly) mark(line, "boilerplate", "credit-alone", "credit or end mark standing alone");
    else if (on("newsletter") && isNewsletterLine(line.text, f, D)) mark(line, "boilerplate", "newsletter", `newsletter sign-up line, ${f.size} words`);
    else if (on("publication-notice") && isPublicationNotice(line.text, f, D)) mark(line, "boilerplate", "publication-notice", `publication notice, ${f.size} words`);
    else if (on("cookie-notice") && isCookieNotice(line.text, f, D, Math.min(index, lines.length - 1 - index))) mark(line, "boilerplate", "cookie-notice", `cookie consent banner, ${f.size} words`);
    else if (on("read-also") && isReadAlsoLine(line.text, f, D)) mark(line, "boilerplate", "read-also", "link to another article");
    else if (on("share-buttons") && f.size <= D.shareButtons && isShareLine(line.text)) mark(line, "boilerplate", "share-buttons", "share buttons");
    else if (headings.get(line) === "lead-in") continue;
    else if (on("single-word") && f.size <= 1 && headings.get(line) !== "over-block") mark(line, "boilerplate", "single-word", "a single word is no sentence");
    else if (on("empty-list") && f.isEmptyList) mark(line, "boilerplate", "empty-list", "list of removed links");
    // A text printed twice (a lead repeated as a summary, a caption twice) is content each
    // time; a short line that recurs is a menu item or a label.
    else if (headings.has(line) && counts.get(line.key)! === 1) continue;
    else if (on("repeated-short") && counts.get(line.key)! > 1 && !isSentenceSized(f)) mark(line, "boilerplate", "repeated-short", "repeated short line");
    // A label printed two or more times in one line (a page's mobile and desktop copies of a
    // badge scraped together: "Why trust us Why trust us Why trust us") is no sentence.
    else if (on("self-repeat") && isSelfRepeat(line.key)) mark(line, "boilerplate", "self-repeat", "one phrase repeated within the line");
    else if (on("glued-headlines") && f.isGluedHeadlines) mark(line, "boilerplate", "glued-headlines", "headlines glued together");
    else if (on("menu") && f.isMenu) mark(line, "boilerplate", "menu", "menu");
    else if (on("language-switcher") && f.isLanguageSwitcher) mark(line, "boilerplate", "language-switcher", "language switcher");
    else if (on("short-number") && f.size <= 3 && f.hasNumberToken && !isYearTitle(line.text)) mark(line, "boilerplate", "short-number", "short line with a number (reference, time, count)");
    else if (on("photo-credit") && f.isCreditLine) mark(line, "boilerplate", "photo-credit", "photo credit standing alone");
    else if (on("byline") && !f.endsSentence && f.size <= 8 && BYLINE.test(line.text)) mark(line, "boilerplate", "byline", "byline");
    else {
      // A text printed many times is identified once.
      if (!foreignByKey.has(line.key)) foreignByKey.set(line.key, foreignLanguageOf(line.text, docLang));
      const foreign = foreignByKey.get(line.key);
      if (on("site-banner") && index === 0 && !f.endsSentence && f.size <= BANNER && (f.hasDomain || foreign)) mark(line, "boilerplate", "site-banner", "site banner");
      else if (on("foreign") && foreign) mark(line, "foreign", "foreign", `language ${foreign}`, foreign);
      else if (on("caption-credit") && f.hasCredit) mark(line, "caption", "caption-credit", "ends with a photo credit");
    }
  }

  if (on("alt-text")) markAltText(lines);
  for (const [line, heading] of headings) {
    if (line.kind) continue;
    mark(line, "body", "inter-title", heading === "lead-in" ? "lead-in ending in a colon above running text or a list" : "inter-title between paragraphs");
  }
  if (on("short-run")) markShortRuns(lines);
  if (on("header") || on("title")) markHeader(lines, on);
  if (on("title")) markTitle(lines);
  markRelatedBlocks(lines, on);
  if (on("after-closing-credit")) markAfterClosingCredit(lines);
  if (on("related-teasers")) markRelatedTeasers(lines);
  if (on("tail")) markTail(lines);
  for (const [i, line] of lines.entries()) {
    if (line.kind) continue;
    const next = lines[i + 1];
    // An inter-title of two or three words set apart by blank lines, with running text or a
    // list below it, is content; the same words inside a run of lines are a menu.
    // Or a title over its item's one short sentence, which repeats the title's words (a page of
    // several releases: "Nieuwe wethouder beëdigd" / "De gemeenteraad heeft … een nieuwe wethouder beëdigd.").
    const below =
      next !== undefined &&
      ((next.features.endsSentence && next.features.size > HEADER) || /^[-–—•·*▪►◦]\s/u.test(next.text) || (next.features.endsSentence && echoesTitle(line.text, next.text)));
    // "Foto: dpa", "Seite 2 | 3" are labels, not inter-titles.
    const interTitle = line.features.size >= 2 && !/[:|\d]/u.test(line.text) && line.afterBlank && next?.afterBlank === true && below;
    if (on("short-line") && !line.features.endsSentence && line.features.size <= SHORT && !interTitle) mark(line, "boilerplate", "short-line", "short line without punctuation");
    else mark(line, "body", interTitle ? "inter-title" : "body", interTitle ? "inter-title" : "body text");
  }
  return all.map((line, paragraph) => ({
    start: line.start,
    end: line.end,
    text: line.text,
    paragraph,
    kind: line.kind!,
    lang: line.lang ?? docLang,
    rule: line.rule!,
    reason: line.reason!,
  }));
}

const BANNER = D.banner;

/** Whether `sentence` holds at least two of `title`'s words of four letters or more, and most of them. */
function echoesTitle(title: string, sentence: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{M}]{4,}/gu) ?? []);
  const own = words(title);
  const other = words(sentence);
  let shared = 0;
  for (const word of own) if (other.has(word)) shared++;
  return shared >= 2 && shared * 2 >= own.size;
}

/** Long enough, or punctuated enough, to be a sentence of the article rather than a label. */
function isSentenceSized(f: LineFeatures): boolean {
  return f.size >= 5 || (f.endsSentence && f.size >= 4);
}

function mark(line: Draft, kind: SentenceKind, rule: string, reason: string, lang?: string): void {
  line.kind = kind;
  line.rule = rule;
  line.reason = reason;
  if (lang) line.lang = lang;
}

function splitLines(text: string, acrossBlank: boolean): Draft[] {
  return rebuildParagraphs(text, { acrossBlank }).map((paragraph) => {
    // Line breaks inside a rebuilt paragraph become spaces: same length, same offsets.
    // A Markdown heading mark ("# Title", "## Inter-title", as converters write pages) is no part of the heading.
    const hashes = /^#{1,6}[ \t]+(?=\S)/u.exec(text.slice(paragraph.start, paragraph.end))?.[0].length ?? 0;
    const lineText = withoutMarkdownLinks(text.slice(paragraph.start + hashes, paragraph.end).replace(/\n/gu, " "));
    const collapsed = lineText.replace(/\s+/gu, " ");
    return {
      start: paragraph.start + hashes,
      end: paragraph.end,
      text: lineText,
      key: collapsed.toLowerCase(),
      afterBlank: paragraph.afterBlank,
      features: computeLineFeatures(collapsed),
    };
  });
}

/**
 * The title is the first undecided line among the first few, if it has no final
 * punctuation, or if it is a single sentence and a dateline follows soon after:
 * sites put "title, (lead,) dateline, body". {@link markHeader} has already decided
 * the lines above the first paragraph; this catches the one-sentence title.
 */
function markTitle(lines: Draft[]): void {
  const top = lines.slice(0, TITLE_WINDOW + 2);
  const first = top.findIndex((line) => !line.kind);
  if (first === -1 || first >= TITLE_WINDOW) return;
  const line = lines[first]!;
  const f = line.features;
  if (!f.endsSentence && f.size <= 30 && f.size > 1) return mark(line, "title", "title", "first line without final punctuation");
  const datelineSoon = lines.slice(first + 1, first + 4).some((l) => l.rule === "dateline");
  const oneSentence = !/[.!?。！？]\s+\S/u.test(line.text.replace(/[.!?。！？]+$/u, ""));
  if (datelineSoon && oneSentence && f.size <= 40) mark(line, "title", "title", "one sentence before the dateline");
}

const HEADER = D.header;
const HEADER_WINDOW = D.headerWindow;
// "By Jane Doe", "Von Anna Muster", "door Jan de Vries": a byline names its writer after a short word.
const BYLINE = /^(?:[Bb]y|[Vv]on|[Dd]oor|[Pp]ar|[Pp]or|[Dd]i|[Bb]ởi)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|du|le|la))*\s*(?:[,|/–-]\s*[^.!?]*)?$/u;

/**
 * Between the top of the page and the first paragraph sit the title, maybe a kicker
 * above it, and furniture: the site's name, bylines, dates, share lines. The title is
 * the longest line without final punctuation there; an unpunctuated line of three words
 * or more just above it is a kicker (content); other short lines are boilerplate, and
 * long ones (a subtitle without a full stop) stay for the body rules.
 */
function markHeader(lines: Draft[], on: (rule: string) => boolean): void {
  const header: Draft[] = [];
  for (const line of lines.slice(0, HEADER_WINDOW)) {
    const f = line.features;
    if (!line.kind && f.endsSentence && f.size > HEADER) break; // the first paragraph
    if (!line.kind && !f.endsSentence && f.size <= 40) header.push(line);
    else if (!line.kind && f.endsSentence) break;
  }
  const candidates = header.filter((line) => line.features.size >= 2 && !BYLINE.test(line.text));
  let title: Draft | undefined;
  for (const line of candidates) if (!title || line.features.size > title.features.size) title = line;
  const titleAt = title ? lines.indexOf(title) : -1;
  for (const line of header) {
    const at = lines.indexOf(line);
    if (!on("title")) {
      if (on("header") && (line.features.size <= HEADER || BYLINE.test(line.text))) mark(line, "boilerplate", "header", "header line (byline, date, category)");
    } else if (line === title) {
      mark(line, "title", "title", "longest line above the first paragraph");
    } else if (title && on("repeated-title") && line.key === title.key) {
      // The pages' convention: a text printed twice (a repeated title or caption) gets one id per occurrence.
      mark(line, "title", "repeated-title", "the title printed again");
    } else if (at < titleAt && titleAt - at <= 2 && line.features.size >= 3 && candidates.includes(line) && readsAsWords(line.text)) {
      // A kicker sits right above the title (a dateline may come between) and reads as words, not as a row of links.
      mark(line, "title", "title", "kicker above the title");
    } else if (on("header") && (line.features.size <= HEADER || BYLINE.test(line.text))) {
      mark(line, "boilerplate", "header", "header line (byline, date, category)");
    }
  }
}

/**
 * A line that reads as words, not as a row of links or names: a word in lower case after a
 * space ("Besuch in Paris"), or, in a line printed in capitals ("BESUCH IN PARIS", "PEINE
 * DE MORT", "STEPS 'TO RESTORE ORDER'"), a short word of one to three letters between
 * others, as articles and prepositions are; a row of links in capitals ("HOME NEWS
 * SPORT") has none. Kickers (markHeader) and inter-titles (findHeadings) must read so.
 */
function readsAsWords(text: string): boolean {
  if (/\s\p{Ll}/u.test(text)) return true;
  if (/\p{Ll}/u.test(text)) return false;
  return /\S\s+['"‘“(]?\p{Lu}{1,3}['"’”),]?\s+\S/u.test(text);
}

/**
 * Image alt text that repeats another line with a few words added ("Title - photo 2",
 * "Title (1/5)"): a line without final punctuation that starts with a whole other line
 * of four words or more and adds at most four words with a number among them.
 */
function markAltText(lines: Draft[]): void {
  const keys = new Set(lines.filter((line) => line.features.size >= 4).map((line) => line.key));
  for (const line of lines) {
    if (line.kind || line.features.endsSentence) continue;
    // Only the last few word boundaries can start a suffix of at most four words: linear in the page.
    let cut = line.key.length;
    for (let words = 0; words < 5; words++) {
      cut = line.key.lastIndexOf(" ", cut - 1);
      if (cut <= 0) break;
      const rest = line.key.slice(cut);
      const prefix = line.key.slice(0, cut).replace(/[\s\-–—|:(,]+$/u, "");
      if (/\d/u.test(rest) && keys.has(prefix)) {
        mark(line, "boilerplate", "alt-text", "alt text repeating another line");
        break;
      }
    }
  }
}

/**
 * Runs of short lines with no blank line between them are link lists and button rows
 * ("Zum Thema" / "Fehler gesehen?"), even when one ends in a question mark: a line of
 * one or two words next to another short line is furniture. Inter-titles stand alone.
 */
function markShortRuns(lines: Draft[]): void {
  const short = (line: Draft | undefined) => line !== undefined && line.kind !== "title" && line.features.size <= 3;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind || line.features.size > 2) continue;
    const previous = lines[i - 1];
    const next = lines[i + 1];
    const runsOn = (short(previous) && !line.afterBlank) || (short(next) && !next!.afterBlank);
    if (runsOn) mark(line, "boilerplate", "short-run", "short line in a run of short lines");
  }
}

const LABEL = D.label;
const HEADLINE_MIN = D.headlineMin;

/**
 * Blocks of other articles inside the page. After a short label line ("Related",
 * "相关报道"), either a list of two or more headline-like lines follows (the block ends
 * at the next paragraph), or one headline and a paragraph that opens with its own date:
 * a whole other story, which runs to the end of the page.
 */
function markRelatedBlocks(lines: Draft[], on: (rule: string) => boolean): void {
  const firstBody = lines.findIndex((line) => !line.kind && line.features.endsSentence && line.features.size > HEADER);
  if (firstBody === -1) return;
  // Bullet points are content: a list after an inter-title is no block of links.
  const headline = (line: Draft | undefined) =>
    line !== undefined &&
    !line.features.endsSentence &&
    line.features.size >= HEADLINE_MIN &&
    line.features.size <= HEADLINE &&
    !/^[-–—•·*▪►◦]\s/u.test(line.text);
  for (let i = firstBody + 1; i < lines.length; i++) {
    const label = lines[i]!;
    if (label.kind === "title" || label.features.endsSentence || label.features.size > LABEL) continue;
    let end = i + 1;
    while (headline(lines[end])) end++;
    if (end - i - 1 >= 2 && on("related-block")) {
      for (let k = i; k < end; k++) mark(lines[k]!, "boilerplate", "related-block", "related headlines inside the page");
      i = end - 1;
    } else if (end - i - 1 === 1 && lines[end] && lines[end]!.features.startsWithDate && on("another-story")) {
      for (let k = i; k < lines.length; k++) mark(lines[k]!, "boilerplate", "another-story", "another story inside the page");
      return;
    }
  }
}

/**
 * A credit standing alone in brackets with the writer's initials and the source
 * ("(jd/Reuters)") closes the article; past the middle of the page, what follows it is
 * the site's: comment rules, reader comments, more stories.
 */
function markAfterClosingCredit(lines: Draft[]): void {
  const total = lines.reduce((sum, line) => sum + line.text.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    seen += line.text.length;
    // "(jd/AFP)", "(mb/L'essentiel)": the writer's initials and the source close an article;
    // "(Photo: AFP)" alone under a picture does not.
    if (line.rule !== "credit-alone" || !/^[(（][^:：]*\/[^:：]*[)）]$/u.test(line.text) || seen < total / 2) continue;
    for (let k = i + 1; k < lines.length; k++) {
      const after = lines[k]!;
      if (after.kind !== "boilerplate") mark(after, "boilerplate", "after-closing-credit", "after the article's closing credit");
    }
    return;
  }
}

/**
 * Related headlines, menus and "no data" placeholders sit in a block at the end of the
 * page. Walking back from the last line, the block grows over lines already found to be
 * furniture and over short unpunctuated lines (headlines, buttons); the first line that
 * ends a clause (`.`, `!`, `?`, `;`, `:`), a caption, the title or the source line ends
 * it. Teaser sentences are left to {@link markRelatedTeasers}: a page that lists several
 * releases gives each its headline and teaser as content (pages-dev2 gold), and
 * swallowing any sentence between headlines took a second decision under its
 * inter-title with it.
 */
function markTail(lines: Draft[]): void {
  let tailStart = lines.length;
  const titles = new Set(lines.filter((line) => line.kind === "title").map((line) => line.key));
  // The tail never reaches the first paragraph of running text, nor what is above it.
  const firstBody = lines.findIndex((line) => !line.kind && line.features.endsSentence && line.features.size > HEADER);
  for (let i = lines.length - 1; i > firstBody; i--) {
    const line = lines[i]!;
    if (line.kind === "source" || line.kind === "caption" || line.kind === "title") break;
    // The title printed again below the article is content each time, and the article ends there.
    if (titles.has(line.key)) break;
    // A line ending in ":" with only furniture below it introduces nothing ("Share this article on:").
    const endsClause = line.features.endsSentence || /[;；]\s*$/u.test(line.text);
    // "… late summer months. REUTERS": sentences with a credit after them are the article.
    const holdsSentence = /[.!?。！？]["'”’»)]*\s+\S/u.test(line.text);
    if (line.kind === "boilerplate" || (!endsClause && !holdsSentence && line.features.size <= HEADLINE)) tailStart = i;
    else break;
  }
  for (let i = tailStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "boilerplate") mark(line, "boilerplate", "tail", "block of headlines and menus at the end");
  }
}

/** What {@link findHeadings} found: a lead-in ending in a colon, a heading over a list or lead-in, or over running text. */
type Heading = "lead-in" | "over-block" | "heading";

/** An inter-title has at most this many words. */
const HEADING = 5;
const BULLET = /^[-–—•·*▪►◦]\s/u;

/**
 * Inter-titles and lead-ins inside the article, with or without blank lines around
 * them: a line of one to five words without final punctuation, digits or separators
 * ("Détention", "Fair trial", "Question"), or a short line ending in a colon ("La Cour
 * dit :"), that sits below a line of text (4+ words) and above running text (a
 * punctuated line of 4+ words) or a list item. Such a line heads the paragraph below it;
 * a label or a button row sits among other short lines, never between two paragraphs.
 * A single word counts only above a list or a lead-in ("Advertisement" above a
 * paragraph stays furniture), and a heading that recurs on the page is a label.
 * Pages that carry several items under inter-titles lost every heading to the
 * single-word, short-line and repeated-short rules before (8 gold sentences on the dev sets).
 */
function findHeadings(lines: readonly Draft[]): Map<Draft, Heading> {
  const found = new Map<Draft, Heading>();
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!;
    const next = lines[i + 1]!;
    const f = line.features;
    const leadIn = /[:：]\s*$/u.test(line.text) && f.size >= 2 && f.size <= HEADING + 3 && !f.hasUrl;
    // Words, not a row of names or buttons: two words or more need a lower-case one.
    const heading =
      !f.endsSentence &&
      f.size >= 1 &&
      f.size <= HEADING &&
      !/[:|/\d()\[\]@#•·–—]|\s-\s/u.test(line.text) &&
      /^\p{Lu}/u.test(line.text) &&
      (f.size === 1 || readsAsWords(line.text));
    if (!leadIn && !heading) continue;
    const textAbove = previous.features.size >= HEADLINE_MIN || BULLET.test(previous.text) || found.has(previous);
    const block = BULLET.test(next.text) || (!leadIn && /[:：]\s*$/u.test(next.text) && next.features.size >= 2);
    const textBelow = (next.features.endsSentence && next.features.size >= HEADLINE_MIN) || block;
    // A single word ("Advertisement", "Share") heads only a structured block: a lead-in or a list.
    if (textAbove && textBelow && (f.size > 1 || block)) found.set(line, leadIn ? "lead-in" : block ? "over-block" : "heading");
  }
  return found;
}

/**
 * Below a block of related headlines (rule related-block), the site's list of other
 * stories may run to the end of the page as headlines, each with a teaser of a sentence
 * or two under it ("相关新闻", headline, headline again, teaser, headline, …). That list
 * is furniture when it reaches the end of the page with nothing but headlines, short
 * unpunctuated lines, furniture and teasers right under a headline, and the teasers
 * repeat the pattern (two or more) or each has another headline below it. A paragraph
 * after a related block that ends the page alone is the article going on; and without
 * a related block above, a list of headlines and teasers is content (a page of several
 * releases).
 */
function markRelatedTeasers(lines: Draft[]): void {
  const start = lines.findIndex((line) => line.rule === "related-block");
  if (start === -1) return;
  const unpunctuated = (line: Draft | undefined) => line !== undefined && !line.features.endsSentence && line.features.size <= HEADLINE;
  const headline = (line: Draft | undefined) => line !== undefined && (line.rule === "related-block" || (unpunctuated(line) && line.features.size >= HEADLINE_MIN));
  const sentences = (line: Draft) => line.text.split(/(?<=[.!?。！？]["'”’»)]*)\s*(?=\S)/u).length;
  const teasers: number[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "boilerplate" || unpunctuated(line)) continue;
    if (line.kind === "source" || line.kind === "caption" || line.kind === "title") return;
    if (headline(lines[i - 1]) && sentences(line) <= 2) teasers.push(i);
    else return;
  }
  const headlineBelow = (i: number) => lines.slice(i + 1).some((line) => headline(line));
  if (teasers.length < 2 && !teasers.every(headlineBelow)) return;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "boilerplate") mark(line, "boilerplate", "related-teasers", "headline or teaser in the list of other stories below a related block");
  }
}

/**
 * A short title whose only numbers are years ("Budget 2025", "Himalaya-Chronik 1956", "Euro 2024
 * final"): no reading time, count or reference ("Lesezeit: 2 Min.", "Nr. 12/2024", "3 comments"),
 * which carry a label's colon or a number that is no year. Left to the rules after short-number
 * (a list of such lines is still a menu).
 */
function isYearTitle(text: string): boolean {
  if (text.includes(":")) return false;
  const numbers = text.split(/\s+/u).map((word) => word.replace(/^\p{P}+|\p{P}+$/gu, "")).filter((word) => /\d/u.test(word));
  return numbers.length > 0 && numbers.every((word) => /^(?:1[5-9]|20)\d\d$/u.test(word));
}
