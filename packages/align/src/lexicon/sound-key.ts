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

// Greek has no letters for b, d, g and j: it writes them μπ, ντ, γκ, τζ, which are also its mb, nd
// or nt, ng and dz. any-ascii reads the pairs letter by letter (Μπάιντεν "mpainten" "npntn" where
// Biden is "ptn"), so a Greek word that holds them has a second key with them read as b, d, g, j.
// Greek χ writes English h as well as kh (Νετανιάχου / Netanyahu), and at the start of a word so do
// Cyrillic х (Харрис / Harris, Харків / Kharkiv) and, for w and v, Cyrillic в and Devanagari व
// (Вашингтон, वाशिंगटन / Washington; Владимир / Vladimir): the second key reads them as h and w,
// which a key drops; Arabic ج writes English g as well as j (جوتيريش / Guterres, جونسون / Johnson).
// Inside a word they were mostly native words' letters: в as w met Putin in
// повідомляє ("pftnr" → "ptnr"), х as h made Казахстан "kstn", one ending from CSTO.
const SECOND_READING = /μπ|ντ|γκ|τζ|χ|^х|^в|^व|ج/gu;
const HAS_SECOND_READING = new RegExp(SECOND_READING.source, "u");
const SECOND_LETTER: Readonly<Record<string, string>> = { μπ: "b", ντ: "d", γκ: "g", τζ: "j", χ: "h", х: "h", в: "w", व: "w", ج: "g" };

/**
 * The sound keys a word may have: its {@link soundKey}, and for a Greek word that writes b, d, g
 * or j as two letters (μπ, ντ, γκ, τζ), the key with them read as one; a Greek χ, or a Cyrillic х
 * that begins the word, is read as h, a Cyrillic в or Devanagari व that begins it as w, Arabic ج as g. Empty when it has no key.
 *
 * @example
 * soundKeys("Μπάιντεν") // ["npntn", "ptn"] (Biden "ptn")
 * soundKeys("Ερντογάν") // ["rntkn", "rtkn"] (Erdogan "rtkn")
 * soundKeys("Харрис")   // ["krs", "rs"] (Harris "rs")
 */
export function soundKeys(word: string): string[] {
  const key = soundKey(word);
  if (!key) return [];
  const lower = word.toLowerCase();
  if (!HAS_SECOND_READING.test(lower)) return [key];
  const read = soundKey(lower.replace(SECOND_READING, (pair) => SECOND_LETTER[pair]!));
  return read && read !== key ? [key, read] : [key];
}

/** Shortest spelt form that may match ("oli"); two letters match too many words. */
const MIN_SPELLING = 3;

/**
 * A short word as a reader would spell it in Latin letters, vowels kept: `any-ascii`
 * transliteration, lowercase letters only, doubled letters as one (Hindi's long ई "ii", Japanese
 * long vowels). For names whose {@link soundKey} is too short to trust: मोदी, Modi → "modi";
 * ओली, Оли, Oli → "oli". Undefined under three letters, for digits and Chinese characters.
 *
 * @example
 * spelledForm("मोदी") // "modi"
 */
export function spelledForm(word: string): string | undefined {
  if (HAN.test(word) || /\d/.test(word)) return undefined;
  const ascii = transliterate(word).toLowerCase().replace(/[^a-z]/g, "").replace(/(.)\1+/g, "$1");
  return ascii.length >= MIN_SPELLING ? ascii : undefined;
}

// How the names of the Latin letters are written in scripts that spell an acronym out (Hindi
// पीएम "PM", Korean 유엔 "UN", 엠이에이 "MEA", Japanese ユーエヌ "UN"), as any-ascii reads them back:
// English letter names, with the variants those scripts use (a: e or ei; n: en or enu).
const LETTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  a: ["e", "ei"], b: ["bi"], c: ["si"], d: ["di"], e: ["i"], f: ["ef", "efu"], g: ["ji"], h: ["ech", "eichi"],
  i: ["ai"], j: ["je", "jei"], k: ["ke", "kei"], l: ["el", "eru"], m: ["em", "emu"], n: ["en", "enu"], o: ["o", "ou"],
  p: ["pi"], q: ["kyu"], r: ["ar", "aru"], s: ["es", "esu"], t: ["ti"], u: ["yu"], v: ["vi", "bui"], w: ["dablyu"],
  x: ["eks", "ekusu"], y: ["vai", "wai"], z: ["zed", "zi"],
};
/** Longest acronym spelt out letter by letter. */
const MAX_ACRONYM = 4;

/**
 * The ways a short Latin word read as an acronym is spelt out in other scripts, in the form
 * {@link spelledForm} gives them: "pm" → "piem" (पीएम, 피엠), "un" → "yuen", "yuenu" (유엔, ユーエヌ).
 * Empty for words of one letter or more than four, and for anything but plain Latin letters.
 *
 * @example
 * acronymSpellings("kp") // ["kepi", "keipi"]
 */
export function acronymSpellings(word: string): string[] {
  if (word.length < 2 || word.length > MAX_ACRONYM || !/^[a-z]+$/.test(word)) return [];
  let spellings = [""];
  for (const letter of word) spellings = spellings.flatMap((prefix) => (LETTER_NAMES[letter] ?? []).map((name) => prefix + name));
  return [...new Set(spellings.map((spelling) => spelling.replace(/(.)\1+/g, "$1")))];
}
