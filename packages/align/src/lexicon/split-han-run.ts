const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * Cuts a run of Chinese characters into dictionary words, longest match first from the left
 * (forward maximum matching); a character that starts no known word stands alone. Chinese is
 * written without spaces, so without this a whole clause would be one token and never match a
 * dictionary headword. Greedy matching on the dictionary's own headwords finds the words the
 * dictionary can translate (names such as 习近平 included), which ICU's word segmenter
 * (`Intl.Segmenter`) does not always do: it cuts 习|近平 and 卢|拉.
 *
 * @example
 * splitHanRun("国家主席习近平", new Set(["国家", "主席", "习近平"]), 3) // ["国家", "主席", "习近平"]
 */
export function splitHanRun(token: string, words: ReadonlySet<string>, maxLength: number): string[] {
  if (token.length < 2 || !HAN_RUN.test(token)) return [token];
  const chars = Array.from(token);
  const out: string[] = [];
  for (let at = 0; at < chars.length; ) {
    let length = Math.min(maxLength, chars.length - at);
    for (; length > 1; length--) if (words.has(chars.slice(at, at + length).join(""))) break;
    out.push(chars.slice(at, at + length).join(""));
    at += length;
  }
  return out;
}
