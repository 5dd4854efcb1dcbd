import type { SentenceRules } from "../sentence-rules.js";

/**
 * Chinese. Sentences end at 。！？ (full-width or not), which never serve as abbreviation
 * marks, so the lists stay empty: Latin abbreviations inside Chinese text ("Mr. Smith")
 * are still protected by the English list the splitter falls back to.
 */
export const zh: SentenceRules = { nonFinal: [], finalCapable: [], starters: [] };
