export { TandemError } from "./errors.js";
export type { TandemErrorCode } from "./errors.js";
export { ALIGNABLE_KINDS } from "./document.js";
export type { Document, Sentence, SentenceKind } from "./document.js";
