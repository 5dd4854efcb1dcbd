/**
 * The thresholds of the page cleaning ({@link cleanText}), in one place. Sizes are
 * counted in words (Han text: characters / 2, see measureSize). Docs quote the names.
 */
export const CLEAN_DEFAULTS = Object.freeze({
  /** Lines of this size or less without final punctuation are menu items and labels. */
  short: 3,
  /** Lines of this size or less without final punctuation read like headlines. */
  headline: 20,
  /** ... and of this size or more (a shorter one is a label). */
  headlineMin: 4,
  /** How many content lines from the top the title may be found among. */
  titleWindow: 3,
  /** Lines of this size or less without final punctuation, between the top and the first paragraph, may be header lines. */
  header: 8,
  /** How far into the page the header may reach, in lines. */
  headerWindow: 12,
  /** A first line longer than this is the article itself, never a site banner, even with a domain name in it. */
  banner: 12,
  /** A line of this size or less without punctuation mid-body may be a label ("Related", "Lees ook"). */
  label: 3,
  /** A dateline: a date plus at most this many words, no final punctuation. */
  dateline: 8,
  /** A source line: a URL plus at most this many words. */
  sourceLine: 6,
  /** A newsletter sign-up line opening with its verb ("Subscribe to our newsletter …") has at most this many words. */
  newsletter: 15,
  /** ... and one with the verb elsewhere and no final punctuation ("Jetzt Newsletter abonnieren") at most this many. */
  newsletterLabel: 8,
  /** A publication notice ("This article was first published on …") has at most this many words. */
  publicationNotice: 20,
  /** A "Read more: headline" line: at most this many words. */
  readAlso: 25,
  /** A row of share buttons ("Share this article", "Chia sẻ Facebook Zalo"): at most this many words. */
  shareButtons: 12,
  /** A cookie consent banner ("This website uses cookies to improve your experience.") has at most this many words … */
  cookieNotice: 30,
  /** ... among the first or last this many lines of the page … */
  cookieEdge: 2,
  /** ... and at most this many elsewhere. */
  cookieLabel: 12,
  /** A dated notice ("Last updated 14:05", "Mis à jour le 3 mai 2024") has at most this many words besides its opening words and dates. */
  noticeDateRest: 4,
  /** An unbracketed photo credit glued to a dateline ("Photo: VNA HANOI (VNA) –"): the name has at most this many words. */
  creditNameWords: 5,
  /** A label written two or more times over in one line (rule self-repeat): the phrase has at least this many characters … */
  selfRepeatPhrase: 8,
  /** ... and the line at most this many (labels are short; the test backtracks on long lines). */
  selfRepeatLine: 400,
  /** Labels of an unbracketed photo credit, in any language (rule glued-caption). */
  photoLabels: Object.freeze(["Photo", "Photos", "Foto", "Fotos", "Ảnh", "Bild", "Image", "Crédit", "Credit", "Crédit photo", "Photo credit", "Фото", "Zdjęcie", "Fotoğraf", "图", "圖", "图片"]),
});

/**
 * Every rule of the cleaning that decides a line's kind, by id. `tandem segment --all
 * --json` shows the id beside each sentence; `cleanText(text, { disable })` and
 * `tandem bench pages --disable ID` switch rules off, so each can be measured.
 */
export const CLEAN_RULES = [
  // Keeps: an inter-title or lead-in between paragraphs is content.
  "inter-title",
  "source-line",
  "counter",
  "dateline",
  "credit-alone",
  "single-word",
  "empty-list",
  "repeated-short",
  "self-repeat",
  "glued-headlines",
  "menu",
  "language-switcher",
  "short-number",
  "photo-credit",
  "byline",
  "site-banner",
  "foreign",
  "caption-credit",
  "alt-text",
  "short-run",
  "header",
  "title",
  "repeated-title",
  "related-block",
  "another-story",
  "after-closing-credit",
  "related-teasers",
  "tail",
  "short-line",
  // Short lines of the site's own notices (word lists in notice-phrases.ts):
  "newsletter",
  "publication-notice",
  "cookie-notice",
  "ad-label",
  "read-also",
  "share-buttons",
  // Inside a content line, per sentence (segmentDocument, markCutEnding):
  "bracket-sentence",
  "source-sentence",
  "foreign-sentence",
  "cut-ending",
  // A caption scraped into one line with the dateline sentence after it (glued-caption.ts):
  "glued-caption",
  // A caption's unbracketed credit ending its line stays with the caption (glued-caption.ts):
  "trailing-credit",
  // A sentence broken by one blank line is joined again (read/rebuild-paragraphs.ts):
  "blank-line-join",
  // HTML entities left in a saved text are read decoded (read/decode-entities.ts):
  "entities",
  // The end mark "/." glued to a last sentence is no part of it (segmentDocument):
  "end-mark",
  // An embedded tweet's signature ("— Name (@handle) date") is a sentence of its own, boilerplate (segmentDocument):
  "tweet-signature",
  // A list item's marker is no part of its sentence (sentences/list-marker.ts):
  "list-marker",
] as const;

export type CleanRule = (typeof CLEAN_RULES)[number];
