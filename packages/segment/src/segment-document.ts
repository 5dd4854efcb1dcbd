import { cleanText } from "./clean/clean-text.js";
import { ALIGNABLE_KINDS, type Document, type Sentence, type SentenceKind } from "./document.js";
import { TandemError } from "./errors.js";
import { identifyDocumentLanguage } from "./language/identify-document-language.js";
import { foreignLanguageOf } from "./language/is-foreign-line.js";
import { isBracketNotes, measureSize, withoutMarkdownLinks } from "./read/line-features.js";
import { decodeEntities } from "./read/decode-entities.js";
import { markCutEnding } from "./clean/mark-cut-ending.js";
import { gluedCaptionCuts, isTrailingCredit } from "./clean/glued-caption.js";
import { splitSentences, trimmedSpan, type SentenceSpan } from "./sentences/split-sentences.js";
import { listMarkerLength } from "./sentences/list-marker.js";
import { checkLanguage } from "./language/supported-languages.js";
import { applyStructure, type TextBlock } from "./html/html-text.js";

/**
 * Turns a decoded article into a {@link Document}: cleans it line by line, tags each
 * line's language and kind, and splits every line into sentences. `sentences` holds
 * all of them, boilerplate too, with ids 0..n-1 in text order; filter with
 * ALIGNABLE_KINDS. Every language gets a path: a `lang` given (any ISO 639-1 code) wins
 * over detection, and a language tandem has no rules for is split at its script's end
 * marks (see languageSupportNotes for what it lacks). Throws LANG_UNKNOWN when no `lang` is
 * given and the text has no line long enough to identify its language, and LANG_UNSUPPORTED
 * when `lang` is not an ISO 639-1 code.
 *
 * @example
 * const doc = segmentDocument(readFileSync("seeds/001_9c2bcb4f48ee580e.txt", "utf8"));
 * doc.lang; // "en"
 * doc.sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind)).length;
 */
export function segmentDocument(raw: string, options: { lang?: string; disable?: ReadonlySet<string>; blocks?: readonly TextBlock[] } = {}): Document {
  const disabled = options.disable ?? new Set<string>();
  // A saved text with HTML entities left in (`AT&amp;T`, `don&#8217;t`) is read decoded; the
  // sentences' offsets map back into the raw text at the end. An HTML page's text is decoded already.
  const decoded = options.blocks || disabled.has("entities") ? undefined : decodeEntities(raw);
  const text = decoded?.text ?? raw;
  const lang = options.lang !== undefined ? checkLanguage(options.lang) : identifyDocumentLanguage(text.split("\n"));
  if (!lang) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    throw new TandemError(
      "LANG_UNKNOWN",
      letters < 10 ? "cannot tell the language of the text (fewer than ten letters)" : "cannot tell the language of the text (the identifier knows neither its script nor its words)",
    );
  }
  const sentences: Sentence[] = [];
  // Pages repeat sentences (a lead printed twice, a file of many copies): identify each text once.
  const foreignBySentence = new Map<string, string | undefined>();
  const cleaned = cleanText(text, { lang, disable: disabled });
  // An HTML page's text comes with its structure (see html/): the elements correct the cleaning's shape guesses.
  for (const line of options.blocks ? applyStructure(cleaned, options.blocks) : cleaned) {
    const lineText = text.slice(line.start, line.end).replace(/\n/gu, " ");
    // A caption scraped into one line with the dateline sentence after it: split at the
    // caption's credit, and the sentence that ends with it is the caption.
    const glued = ALIGNABLE_KINDS.includes(line.kind) && !disabled.has("glued-caption") ? gluedCaptionCuts(lineText) : [];
    const captionEnds = new Set<number>();
    const split = glued.length === 0 ? splitSentences(lineText, line.lang) : splitAt(lineText, glued, line.lang, captionEnds);
    const credited = disabled.has("trailing-credit") ? split : withTrailingCredit(split, lineText);
    const unmarked = disabled.has("list-marker") ? credited : withoutListMarker(credited, lineText);
    const ended = disabled.has("end-mark") ? unmarked : withoutEndMark(unmarked, lineText);
    const signatures = new Set<number>();
    const spans = disabled.has("tweet-signature") ? ended : withTweetSignatureApart(ended, lineText, signatures);
    // A line was judged as a whole; in a paragraph of several sentences one of them can
    // still be another language (a quotation left untranslated), and it alone is foreign.
    const checkEach = spans.length > 1 && ALIGNABLE_KINDS.includes(line.kind) && !disabled.has("foreign-sentence");
    for (const span of spans) {
      // A Markdown link reads as its words ("[Rousseff](https://…)" → "Rousseff"): the address is no part of the sentence.
      const spanText = withoutMarkdownLinks(span.text);
      if (checkEach && !foreignBySentence.has(spanText)) foreignBySentence.set(spanText, foreignLanguageOf(spanText, lang));
      const foreign = checkEach ? foreignBySentence.get(spanText) : undefined;
      const alignable = ALIGNABLE_KINDS.includes(line.kind);
      const own = alignable && !foreign ? sentenceKind(spanText, spans.length, disabled) : undefined;
      const caption = !foreign && !own && captionEnds.has(span.end) ? { kind: "caption" as const, rule: "glued-caption" } : undefined;
      const signature = signatures.has(span.start) ? { kind: "boilerplate" as const, rule: "tweet-signature" } : undefined;
      const kind: SentenceKind = signature?.kind ?? (foreign ? "foreign" : (own?.kind ?? caption?.kind ?? line.kind));
      const rule = signature?.rule ?? (foreign ? "foreign-sentence" : (own?.rule ?? caption?.rule ?? line.rule));
      sentences.push({
        id: sentences.length,
        text: spanText,
        start: line.start + span.start,
        end: line.start + span.end,
        paragraph: line.paragraph,
        lang: foreign ?? line.lang,
        kind,
        rule,
      });
    }
  }
  // A page's DOM is whole: its last line is no cut-off sentence.
  if (options.blocks) return { lang, text, sentences };
  const marked = disabled.has("cut-ending") ? sentences : markCutEnding(text, sentences);
  if (!decoded) return { lang, text, sentences: marked };
  return { lang, text: raw, sentences: marked.map((sentence) => ({ ...sentence, start: decoded.rawOffset(sentence.start), end: decoded.rawOffset(sentence.end) })) };
}

/**
 * A photo credit that ends a line after a sentence ("… Việt Nam. Ảnh: Báo Chính phủ.",
 * "… mayat mangsa. FOTO EPA") goes into that sentence, the caption it credits (rule trailing-credit).
 */
function withTrailingCredit(spans: SentenceSpan[], lineText: string): SentenceSpan[] {
  const last = spans.at(-1);
  const before = spans.at(-2);
  if (!last || !before || !isTrailingCredit(last.text)) return spans;
  return [...spans.slice(0, -2), trimmedSpan(lineText, before.start, last.end)!];
}

/**
 * A list item's marker ("- ", "• ", "1. ", MOFA's "1 ") is no part of its sentence (rule
 * list-marker): the line's first sentence starts after it, its offsets still into the text.
 */
function withoutListMarker(spans: SentenceSpan[], lineText: string): SentenceSpan[] {
  const first = spans[0];
  if (!first) return spans;
  const marker = listMarkerLength(lineText.slice(first.start, first.end));
  if (marker === 0) return spans;
  return [trimmedSpan(lineText, first.start + marker, first.end)!, ...spans.slice(1)];
}

/**
 * The signature of an embedded tweet at the end of its text: trailing @mentions and the picture
 * link, then "— Name (@handle) date" ("… environnementaux. @Celia_Blauel pic.twitter.com/VsXgOqaOvz
 * — Anne Hidalgo (@Anne_Hidalgo) September 17, 2019").
 */
const TWEET_SIGNATURE =
  /(?:\s+(?:@\w+|(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\S+))*\s+[—–-]\s+[^—–()\n]{1,60}\(@\w{1,15}\)\s+[^()\n]{0,30}\d{4}\s*$/u;

/**
 * An embedded tweet's text is content, its signature is a credit (the pages' convention: "embedded
 * quotes such as a tweet's text" get an id, bylines and credits do not): the signature becomes a
 * sentence of its own, its start put in `signatures` (rule tweet-signature).
 */
function withTweetSignatureApart(spans: SentenceSpan[], lineText: string, signatures: Set<number>): SentenceSpan[] {
  const match = TWEET_SIGNATURE.exec(lineText);
  if (!match || match.index === 0) return spans;
  const cut = match.index;
  const kept: SentenceSpan[] = [];
  for (const span of spans) {
    const piece = span.end <= cut ? span : span.start < cut ? trimmedSpan(lineText, span.start, cut) : undefined;
    if (piece) kept.push(piece);
  }
  const signature = trimmedSpan(lineText, cut, spans.at(-1)?.end ?? lineText.length);
  if (!signature) return spans;
  signatures.add(signature.start);
  return [...kept, signature];
}

/** "… tại Trung Quốc./.": the Vietnamese news end mark glued to a paragraph's last sentence. */
const GLUED_END_MARK = /(?<=[\p{L}\p{N}.!?…"”’»)])\s*\/\.$/u;

/**
 * The end mark "/." that Vietnamese news glues to the article's last sentence is no part of it
 * (the pages' convention: end marks get no id; rule end-mark): the sentence ends before it.
 */
function withoutEndMark(spans: SentenceSpan[], lineText: string): SentenceSpan[] {
  const last = spans.at(-1);
  const mark = last ? GLUED_END_MARK.exec(last.text) : null;
  if (!last || !mark) return spans;
  let end = last.end;
  while (/\s/u.test(lineText[end - 1]!)) end--;
  const kept = trimmedSpan(lineText, last.start, end - 2);
  return kept ? [...spans.slice(0, -1), kept] : spans;
}

/**
 * Splits a line into sentences with hard cuts at `cuts` (rule glued-caption); the end of the
 * last sentence before each cut goes into `captionEnds`.
 */
function splitAt(lineText: string, cuts: readonly number[], lang: string, captionEnds: Set<number>): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, lineText.length]) {
    const part = splitSentences(lineText.slice(from, cut), lang).map((span) => ({ ...span, start: span.start + from, end: span.end + from }));
    if (cut < lineText.length && part.length > 0) captionEnds.add(part.at(-1)!.end);
    spans.push(...part);
    from = cut;
  }
  return spans;
}

/**
 * What a sentence inside a content line is when it is not content: an end mark or
 * credit in brackets ("(Cip)", "（完）"), or a source line with its URL. Undefined when
 * the line's kind stands. A long line with a URL stays content: only its short
 * source sentence is split off.
 */
function sentenceKind(text: string, siblings: number, disabled: ReadonlySet<string>): { kind: SentenceKind; rule: string } | undefined {
  if (!disabled.has("bracket-sentence") && isBracketNotes(text, true)) return { kind: "boilerplate", rule: "bracket-sentence" };
  if (
    !disabled.has("source-sentence") &&
    siblings > 1 &&
    /(?:https?:\/\/|www\.)\S/iu.test(text) &&
    measureSize(text.replace(/(?:https?:\/\/|www\.)\S*/giu, " ")) <= 6
  ) {
    return { kind: "source", rule: "source-sentence" };
  }
  return undefined;
}
