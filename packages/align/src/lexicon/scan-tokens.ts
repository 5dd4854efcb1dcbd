// Han, kana and Hangul runs are tokens of their own: Chinese and Japanese write no spaces, so
// without this "1865年" or "登上了Matterhorn" would be one token and the number or name in it
// could never match the other language. The prolonged-sound mark ー belongs to kana words.
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc";

/**
 * What a token is: a number (ASCII digits, with `.` `,` `'` `’` between digits), a run of
 * Chinese, Japanese or Korean script, or a run of letters, marks and numbers of any other script
 * (marks are part of words: Devanagari, Bengali, Thai and Arabic write vowels as marks).
 * `scanTokens` finds the same tokens as `text.match(TOKEN)`; the tests hold it to that.
 */
export const TOKEN = new RegExp(`\\d+(?:[.,'’]\\d+)*|[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+`, "gu");

const CJK_CHAR = new RegExp(`^[${CJK}]$`, "u");
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

const NONE = 0;
const WORD = 1;
const HAN = 2;
const UNKNOWN = 3;

/** The class of each BMP code point (NONE, WORD or HAN), found once by the regular expressions above. */
const bmp = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) {
  bmp[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? WORD : NONE;
}
const astral = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmp[codePoint]!;
    if (known !== UNKNOWN) return known;
    return (bmp[codePoint] = classify(codePoint));
  }
  let known = astral.get(codePoint);
  if (known === undefined) astral.set(codePoint, (known = classify(codePoint)));
  return known;
}

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (CJK_CHAR.test(char)) return HAN;
  return WORD_CHAR.test(char) ? WORD : NONE;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isSeparator = (code: number) => code === 0x2e || code === 0x2c || code === 0x27 || code === 0x2019;

/**
 * The tokens of a text, as `text.match(TOKEN) ?? []` finds them, by one pass over its code
 * points: the regular expression (two Unicode classes and a lookahead at every character) was
 * most of tokenising 10k sentences.
 *
 * @example
 * scanTokens("le 1'000e 登上了matterhorn") // ["le", "1'000", "e", "登上了", "matterhorn"]
 */
export function scanTokens(text: string): string[] {
  const tokens: string[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) {
      // \d+(?:[.,'’]\d+)*
      let end = at + 1;
      while (end < length && isDigit(text.charCodeAt(end))) end++;
      while (end + 1 < length && isSeparator(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
        end += 2;
        while (end < length && isDigit(text.charCodeAt(end))) end++;
      }
      tokens.push(text.slice(at, end));
      at = end;
      continue;
    }
    const first = code < 0xd800 || code > 0xdfff ? code : text.codePointAt(at)!;
    const kind = classOf(first);
    let end = at + (first > 0xffff ? 2 : 1);
    if (kind === NONE) {
      at = end;
      continue;
    }
    while (end < length) {
      const next = text.charCodeAt(end);
      const point = next < 0xd800 || next > 0xdfff ? next : text.codePointAt(end)!;
      if (classOf(point) !== kind) break;
      end += point > 0xffff ? 2 : 1;
    }
    tokens.push(text.slice(at, end));
    at = end;
  }
  return tokens;
}
