import { cleanText } from "./clean-text.js";
import { ALIGNABLE_KINDS, type Document, type Sentence } from "./document.js";
import { TandemError } from "./errors.js";
import { identifyDocumentLanguage } from "./identify-document-language.js";
import { foreignLanguageOf } from "./is-foreign-line.js";
import { markCutEnding } from "./mark-cut-ending.js";
import { splitSentences } from "./split-sentences.js";

/**
 * Turns a decoded article into a {@link Document}: cleans it line by line, tags each
 * line's language and kind, and splits every line into sentences. `sentences` holds
 * all of them, boilerplate too, with ids 0..n-1 in text order; filter with
 * ALIGNABLE_KINDS. Throws LANG_UNKNOWN when no `lang` is given and the text has no
 * line long enough to identify its language.
 *
 * @example
 * const doc = segmentDocument(readFileSync("seeds/001_9c2bcb4f48ee580e.txt", "utf8"));
 * doc.lang; // "en"
 * doc.sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind)).length;
 */
export function segmentDocument(text: string, options: { lang?: string } = {}): Document {
  const lang = options.lang?.toLowerCase() ?? identifyDocumentLanguage(text.split("\n"));
  if (!lang) {
    throw new TandemError("LANG_UNKNOWN", "cannot tell the language of the text (fewer than ten letters)");
  }
  const sentences: Sentence[] = [];
  for (const line of cleanText(text, { lang })) {
    const spans = splitSentences(text.slice(line.start, line.end), line.lang);
    // A line was judged as a whole; in a paragraph of several sentences one of them can
    // still be another language (a quotation left untranslated), and it alone is foreign.
    const checkEach = spans.length > 1 && ALIGNABLE_KINDS.includes(line.kind);
    for (const span of spans) {
      const foreign = checkEach ? foreignLanguageOf(span.text, lang) : undefined;
      sentences.push({
        id: sentences.length,
        text: span.text,
        start: line.start + span.start,
        end: line.start + span.end,
        paragraph: line.paragraph,
        lang: foreign ?? line.lang,
        kind: foreign ? "foreign" : line.kind,
      });
    }
  }
  return { lang, text, sentences: markCutEnding(text, sentences) };
}
