// Ukrainian writes і where Russian and Belarusian write и (міністр / министр), и where they write ы
// (вибори / выборы), є for е and ґ for г; Russian э is е in Ukrainian (економіка / экономика).
const LETTERS: Record<string, string> = { і: "и", ы: "и", є: "е", э: "е", ґ: "г" };
const VARIANTS = /[іыєэґ]/gu;

/**
 * A lowercase Cyrillic word with the letters that Ukrainian, Russian and Belarusian spell
 * differently merged (і, ы → и; є, э → е; ґ → г), so that the spelling cognates of a uk–ru pair
 * meet: "міністр" and "министр" are one token, "вибори" and "выборы" one letter apart. Applied to
 * every token, in running text and dictionaries alike, so a Russian dictionary still finds its
 * words. Other words come back as they are.
 *
 * @example
 * foldEastSlavic("міністр") // "министр"
 */
export function foldEastSlavic(word: string): string {
  return word.replace(VARIANTS, (letter) => LETTERS[letter] ?? letter);
}
