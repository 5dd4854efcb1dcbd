/**
 * What the sentence splitter knows about one language. Lists are data, not code, so
 * adding a language or an abbreviation never touches the splitting logic.
 */
export interface SentenceRules {
  /**
   * Abbreviations that never end a sentence: titles and words that always have
   * something after them ("Dhr. Jansen", "ca. 20", "art. 5"). Matched case-sensitively,
   * with the final period.
   */
  readonly nonFinal: readonly string[];
  /**
   * Abbreviations that may end a sentence ("5 p.m.", "D.C.", "enz."): we split after
   * them only when the next word is one of {@link starters}.
   */
  readonly finalCapable: readonly string[];
  /**
   * Capitalised words that usually open a sentence (pronouns, articles, conjunctions).
   * They decide the ambiguous cases: "Washington D.C. He left" splits, "U.S. President" does not.
   */
  readonly starters: readonly string[];
  /**
   * Endings of abbreviated compounds, treated like {@link finalCapable}:
   * "Hauptstr. 5" stays whole, "in der Gartenstr. Die Nummer…" splits.
   */
  readonly abbreviationSuffixes?: readonly string[];
  /**
   * Abbreviations that stand before a number and end no sentence there ("no. 5", "Abs. 2",
   * "ст. 5"), but may end one before a word. Matched case-sensitively, with the final period;
   * {@link BEFORE_NUMBER_ANY} adds the ones every language uses.
   */
  readonly beforeNumber?: readonly string[];
  /** True where "3." before a capitalised word is usually an ordinal (German). */
  readonly ordinalNumbers?: boolean;
}
