import type { TokenSide } from "./build-token-side.js";

/**
 * Languages written in Latin script that put case endings on names and loanwords (Polish
 * "Trumpowi", "Andrzejem"; Czech "Trumpem"; Finnish "Trumpin"; Turkish "Trump'a" is cut at the
 * apostrophe already), or a clitic (Indonesian and Malay "-nya").
 */
const DECLINING: ReadonlySet<string> = new Set(["pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv", "fi", "et", "hu", "tr", "id", "ms"]);
/** Longest ending such a language adds ("-owi", "-ami", "-nya"). */
const MAX_ENDING = 3;
/** The bare word must be this long: shorter ones are prefixes of too many words. */
const MIN_BARE = 4;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

/**
 * For each source type, the target types that are the same Latin word with a case ending added
 * on the side whose language declines names ("trumpowi" / "trump", "andrzejem" / "andrzej"):
 * neither identical nor a spelling cognate at 0.8 once the ending is three letters on a short name.
 * Empty lists when neither side's language declines names.
 */
export function endingCandidates(source: TokenSide, target: TokenSide, langs: { source: string; target: string }): Int32Array[] {
  const empty = new Int32Array(0);
  const sourceDeclines = DECLINING.has(langs.source);
  const targetDeclines = DECLINING.has(langs.target);
  if (process.env.LANGS4_ENDINGS !== "1" || (!sourceDeclines && !targetDeclines)) return source.words.map(() => empty);
  // Bare words by themselves, declined words by each of their possible bare forms.
  const bare = new Map<string, number[]>();
  const declined = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  target.words.forEach((word, id) => {
    if (!LATIN_WORD.test(word)) return;
    if (word.length >= MIN_BARE) file(bare, word, id);
    if (targetDeclines) for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= MIN_BARE; cut++) file(declined, word.slice(0, -cut), id);
  });
  return source.words.map((word) => {
    if (!LATIN_WORD.test(word)) return empty;
    const found = new Set<number>();
    if (word.length >= MIN_BARE) for (const id of declined.get(word) ?? []) found.add(id);
    if (sourceDeclines) for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= MIN_BARE; cut++) for (const id of bare.get(word.slice(0, -cut)) ?? []) found.add(id);
    return found.size > 0 ? Int32Array.from(found) : empty;
  });
}
