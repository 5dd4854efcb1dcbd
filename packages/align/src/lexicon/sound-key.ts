import { transliterate } from "./transliterate.js";

// Letters of scripts other than Latin; Han is left out on purpose: any-ascii reads it as Mandarin
// pinyin, which says nothing of how a Japanese kanji or a name written in Chinese characters sounds
// in another language.
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Han}\p{Script=Common}\p{Script=Inherited}]/u;
const HAN = /\p{Script=Han}/u;

/** Whether a token is written in a script other than Latin (and is not Chinese characters). */
export function isOtherScript(token: string): boolean {
  return OTHER_SCRIPT.test(token) && !HAN.test(token);
}

// Consonant classes that transliterations of one name into different scripts confuse:
// Arabic has no p (ترامب "trmb"), Japanese and Korean write m before p as n (トランプ "toranpu"),
// l and r are one sound in Japanese and Korean (트럼프 "teuleompeu"), Greek writes d as nt.
const CLASS: Record<string, string> = {
  b: "p", p: "p", d: "t", t: "t", g: "k", k: "k", c: "k", q: "k",
  f: "f", v: "f", s: "s", z: "s", x: "s", j: "s", l: "r", r: "r", m: "n", n: "n",
};

/**
 * A coarse sound key of a word, for matching names across scripts: the word transliterated to
 * ASCII with `any-ascii`, digraphs read as one sound (th, ph, kh, sh, ch, ng), vowels, h, w and
 * y dropped, the other consonants folded into classes (b/p, d/t, g/k/c/q, f/v, s/z/x/j, l/r,
 * m/n), repeats collapsed. Путин, Putin → "ptn"; Трамп, ترامب, トランプ, 트럼프, trump → "trnp".
 * Undefined for a word with no consonant left, digits, or Chinese characters.
 *
 * @example
 * soundKey("Ερντογάν") // "rntkn"
 * soundKey("erdogan")  // "rtkn"
 */
export function soundKey(word: string): string | undefined {
  if (HAN.test(word) || /\d/.test(word)) return undefined;
  const ascii = transliterate(word)
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/sch|sh|ch|zh/g, "s")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/kh|gh/g, "k")
    .replace(/ng/g, "n");
  let key = "";
  for (const char of ascii) {
    const cls = CLASS[char];
    if (cls && !key.endsWith(cls)) key += cls;
  }
  return key.length > 0 ? key : undefined;
}
