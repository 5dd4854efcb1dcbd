/**
 * The languages with sentence rules of their own (ISO 639-1), in a module of their own so that
 * `languageSupportNotes` (run by `tandem align` after every alignment) can say which languages
 * lack rules without loading the rules themselves; `sentence-rules-for.ts` must give each of
 * them a list (its `RULES` is typed by this list, so a missing or extra language fails the build).
 */
const LANGUAGES = ["de", "el", "en", "es", "fr", "id", "it", "lo", "nl", "pl", "pt", "ru", "th", "tr", "uk", "vi", "zh", "ja", "ms"] as const;

/** One of {@link SENTENCE_RULE_LANGUAGES}. */
export type SentenceRuleLanguage = (typeof LANGUAGES)[number];

export const SENTENCE_RULE_LANGUAGES: readonly string[] = LANGUAGES;
