/**
 * The parts of `@tandem/segment` that load no language model and no sentence splitter (the
 * package index loads eld's n-gram tables, about half a second and 150 MB): errors, the
 * document types, the supported languages, language families and diacritic folding. `@tandem/align` and the
 * CLI's start-up import these from `@tandem/segment/core`.
 */
export { TandemError } from "./errors.js";
export type { TandemErrorCode } from "./errors.js";
export { ALIGNABLE_KINDS } from "./document.js";
export type { Document, Sentence, SentenceKind } from "./document.js";
export { checkLanguage, languageName, SUPPORTED_LANGUAGES, usualScript } from "./language/supported-languages.js";
export { foldDiacritics } from "./language/fold-diacritics.js";
export { languageFamily, oneWrittenLanguage, writtenLanguageOf } from "./language/language-families.js";
export { languageSupportNotes } from "./language-support-notes.js";
export { sniffHtml } from "./html/sniff-html.js";
export { cacheStore, setCacheStore } from "./language/cache-store.js";
export type { CacheStore } from "./language/cache-store.js";
