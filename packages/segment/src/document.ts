/**
 * What a line or sentence of an article is. Only `title`, `body` and `caption`
 * go on to alignment by default (see {@link ALIGNABLE_KINDS}).
 */
/** `cut`: the text ends inside this sentence (a capped or truncated page). */
export type SentenceKind = "title" | "body" | "caption" | "source" | "boilerplate" | "foreign" | "cut";

/** Kinds that take part in alignment unless the caller asks otherwise. */
export const ALIGNABLE_KINDS: readonly SentenceKind[] = ["title", "body", "caption"];

/**
 * Characters a page carries inside words that no reader sees: the soft hyphen (a CMS's `&shy;`)
 * and the word joiner. A sentence's text and the language identifier drop them; the offsets still
 * cover them.
 */
export const INVISIBLE_MARKS = /[\u00ad\u2060]/gu;

/** One sentence of a document, with character offsets into the raw text. */
export interface Sentence {
  /** Position in {@link Document.sentences}, from 0. */
  readonly id: number;
  /** The raw text between the offsets as a reader reads it: `readableText` of it (white space collapsed, soft hyphens dropped, Markdown links as their words). */
  readonly text: string;
  /** Offset of the first character in the original (decoded) text. */
  readonly start: number;
  /** Offset one past the last character; `raw.slice(start, end)` is the sentence before white-space normalisation. */
  readonly end: number;
  /** Index of the paragraph (block of lines separated by blank lines or line ends) the sentence is in. */
  readonly paragraph: number;
  /** ISO 639-1 code, lowercase (e.g. "nl", "en", "zh"). */
  readonly lang: string;
  readonly kind: SentenceKind;
  /** The id of the cleaning rule that decided the kind (CLEAN_RULES, or "body"/"inter-title"), when the text was cleaned. */
  readonly rule?: string;
}

/** A segmented article. */
export interface Document {
  /** ISO 639-1 code of the document's main language. */
  readonly lang: string;
  /** The decoded text the offsets refer to (BOM removed, line ends normalised to "\n"). */
  readonly text: string;
  readonly sentences: readonly Sentence[];
}
