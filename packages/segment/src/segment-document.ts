import { cleanText } from "./clean/clean-text.js";
import { ALIGNABLE_KINDS, type Document, type Sentence, type SentenceKind } from "./document.js";
import { TandemError } from "./errors.js";
import { identifyDocumentLanguage } from "./language/identify-document-language.js";
import { foreignLanguageOf } from "./language/is-foreign-line.js";
import { measureSize } from "./read/line-features.js";
import { markCutEnding } from "./clean/mark-cut-ending.js";
import { splitSentences } from "./sentences/split-sentences.js";
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
export function segmentDocument(text: string, options: { lang?: string; disable?: ReadonlySet<string>; blocks?: readonly TextBlock[] } = {}): Document {
  const disabled = options.disable ?? new Set<string>();
  const lang = options.lang !== undefined ? checkLanguage(options.lang) : identifyDocumentLanguage(text.split("\n"));
  if (!lang) {
    throw new TandemError("LANG_UNKNOWN", "cannot tell the language of the text (fewer than ten letters)");
  }
  const sentences: Sentence[] = [];
  // Pages repeat sentences (a lead printed twice, a file of many copies): identify each text once.
  const foreignBySentence = new Map<string, string | undefined>();
  const cleaned = cleanText(text, { lang, disable: disabled });
  // An HTML page's text comes with its structure (see html/): the elements correct the cleaning's shape guesses.
  for (const line of options.blocks ? applyStructure(cleaned, options.blocks) : cleaned) {
    const spans = splitSentences(text.slice(line.start, line.end).replace(/\n/gu, " "), line.lang);
    // A line was judged as a whole; in a paragraph of several sentences one of them can
    // still be another language (a quotation left untranslated), and it alone is foreign.
    const checkEach = spans.length > 1 && ALIGNABLE_KINDS.includes(line.kind) && !disabled.has("foreign-sentence");
    for (const span of spans) {
      if (checkEach && !foreignBySentence.has(span.text)) foreignBySentence.set(span.text, foreignLanguageOf(span.text, lang));
      const foreign = checkEach ? foreignBySentence.get(span.text) : undefined;
      const alignable = ALIGNABLE_KINDS.includes(line.kind);
      const own = alignable && !foreign ? sentenceKind(span.text, spans.length, disabled) : undefined;
      const kind: SentenceKind = foreign ? "foreign" : (own?.kind ?? line.kind);
      const rule = foreign ? "foreign-sentence" : (own?.rule ?? line.rule);
      sentences.push({
        id: sentences.length,
        text: span.text,
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
  return { lang, text, sentences: disabled.has("cut-ending") ? sentences : markCutEnding(text, sentences) };
}

/**
 * What a sentence inside a content line is when it is not content: an end mark or
 * credit in brackets ("(Cip)", "（完）"), or a source line with its URL. Undefined when
 * the line's kind stands. A long line with a URL stays content: only its short
 * source sentence is split off.
 */
function sentenceKind(text: string, siblings: number, disabled: ReadonlySet<string>): { kind: SentenceKind; rule: string } | undefined {
  if (!disabled.has("bracket-sentence") && /^(?:[(（][^()（）]{1,80}[)）]\s*)+[.。]?$/u.test(text)) return { kind: "boilerplate", rule: "bracket-sentence" };
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
