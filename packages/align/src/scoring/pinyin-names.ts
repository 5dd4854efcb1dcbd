import { pinyinSide, transliterationSide, type HanReadings } from "../lexicon/han-readings.js";
import { soundKey } from "../lexicon/sound-key.js";
import { tokenizeForMatching } from "../lexicon/tokenize-for-matching.js";

/** Fewest characters a run must have: one syllable ("li", "an", "de") is a word of many languages. */
const MIN_CHARS = 2;
/** Longest run read at once: names and places are shorter ("Hua Chunying" is 1 + 2). */
const MAX_CHARS = 4;
/** Most reading combinations tried per run: a few characters have five or six readings. */
const MAX_COMBINATIONS = 64;

// A word with a capital letter and then a lower-case one ("Beijing", "Chang'e", not "UN"), as
// written in the text; letters joined by an apostrophe or a hyphen are one name ("Xi'an").
const NAME_WORD = /\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Shortest sound key a transliterated name may match by: "ptn" (拜登 / Biden); two consonants match too much. */
const MIN_KEY = 3;

// The characters Chinese writes foreign names with (Xinhua's transliteration table: 拜登 Biden,
// 马克龙 Macron, 弗里德里希 Friedrich). A run of them is read for its sound, not its sense; most of
// them are ordinary words too (德, 法, 美), so a run must have a key of three consonants.
const TRANSLITERATION = new Set(Array.from(
  "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法范菲费芬丰佛弗福伏富盖甘冈高戈格贡古圭哈海汉豪赫亨洪胡怀霍基吉济加贾杰金卡凯坎康考柯科克肯孔库夸奎拉莱赖兰朗劳勒雷蕾黎里理丽利莉连列林琳隆娄卢鲁伦罗洛马玛迈麦曼芒茂梅门蒙孟米密明摩莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮普齐奇乔切钦琼丘萨塞赛桑瑟森沙莎尚绍舍什施史舒斯松苏索塔泰坦汤唐特滕提廷通图托瓦万旺威韦维温沃乌伍西希锡席夏谢辛休雅亚扬耶伊因尤于约扎泽詹兹茨佐龙柏顿",
));

/**
 * The sound key (see `soundKey`) of a run of transliteration characters, from their pinyin:
 * pinyin's z, c, j, q, x and zh, ch, sh are all sibilants ("s"), a syllable "er" (尔) writes an
 * r or l. 拜登 "baideng" → "ptn" (Biden "ptn"), 弗里德里希 → "frtrs" (Friedrich "frtrs").
 */
function pinyinSoundKey(syllables: readonly string[]): string | undefined {
  const spelled = syllables.map((syllable) => (syllable === "er" ? "r" : syllable.replace(/^(?:zh|ch|sh|z|c|j|q|x)/, "s"))).join("");
  return soundKey(spelled);
}

/**
 * The Latin-script names of a document that a Chinese text may spell in characters: words
 * written with a capital that does not begin their sentence ("Jinping", "Chunying" in "… Xi
 * Jinping … a annoncé Hua Chunying"), by the tokens of their pinyin-like spelling: "jinping" →
 * ["jinping"], "change" → ["chang"] for "Chang'e" (tokens of one letter carry no weight).
 * Words that begin a sentence are left out: in a headline or a lead they are ordinary words.
 */
export function latinNameWords(sentences: readonly string[]): LatinNames {
  const spelled = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(NAME_WORD)) {
      // The first word of the sentence, or of a line inside it, is capitalised anyway.
      const before = sentence.slice(0, match.index).trimEnd();
      if (before.length === 0 || /[.!?:\n«“"(]$/u.test(before)) continue;
      const tokens = tokenizeForMatching(match[0]);
      const joined = tokens.join("");
      if (!/^[a-z]+$/.test(joined) || spelled.has(joined)) continue;
      const weighty = tokens.filter((token) => token.length >= 2);
      if (weighty.length === 0) continue;
      spelled.set(joined, weighty);
      // Chinese leaves out an r that closes a syllable (斯塔默 Starmer, 默克尔 Merkel): the key without it too.
      for (const key of new Set([soundKey(joined), soundKey(joined.replace(/r(?![aeiouy])/g, ""))])) {
        if (key && key.length >= MIN_KEY) byKey.set(key, [...(byKey.get(key) ?? []), ...weighty]);
      }
    }
  }
  return { spelled, byKey };
}

/** A document's names by their pinyin-like spelling, and by their sound keys (for foreign names, see `pinyinSoundKey`). */
export interface LatinNames {
  readonly spelled: ReadonlyMap<string, readonly string[]>;
  readonly byKey: ReadonlyMap<string, readonly string[]>;
}

/**
 * For `buildTokenSide`'s `extraTokens`: on a pair's Chinese side, each sentence's tokens of the
 * other side's names (see {@link pinyinNameTokens}); nothing on the other side. Names spelt in
 * pinyin only where `pinyinSide` has the pair: a Vietnamese page writes Chinese names in
 * Sino-Vietnamese, and only its foreign names are read, by sound (`transliterationSide`).
 */
export function pinyinNameSides(
  langs: { sourceLang: string; targetLang: string },
  readings: HanReadings,
  sourceSentences: readonly string[],
  targetSentences: readonly string[],
): { source?: (sentence: string) => string[]; target?: (sentence: string) => string[] } {
  const side = transliterationSide(langs.sourceLang, langs.targetLang);
  if (!side) return {};
  const found = latinNameWords(side === "source" ? targetSentences : sourceSentences);
  const names = pinyinSide(langs.sourceLang, langs.targetLang) ? found : { spelled: new Map(), byKey: found.byKey };
  const tokens = (sentence: string) => pinyinNameTokens(sentence, readings, names);
  return side === "source" ? { source: tokens } : { target: tokens };
}

/**
 * The other document's Latin tokens that runs of 2–4 Chinese characters of `sentence` spell in
 * pinyin (`readings`: Unihan kMandarin, tones folded): 北京 → "beijing", 近平 of 习近平 →
 * "jinping", 华春莹's 春莹 → "chunying", 嫦娥 → "chang" (of "Chang'e"). Chinese writes foreign
 * and Chinese names alike in characters, and other languages write Chinese names in pinyin; a
 * dictionary has the famous ones only. `names` comes from {@link latinNameWords}. A run of Xinhua's
 * transliteration characters carries the name with its sound key; where the whole run has none,
 * its longest pieces are tried (总理斯塔默: 理 of 总理 "prime minister" is such a character too).
 *
 * @example
 * pinyinNameTokens("习近平将同美国总统举行视频会晤", mandarin, latinNameWords(["Le président Xi Jinping rencontrera …"])) // ["jinping"]
 */
export function pinyinNameTokens(sentence: string, readings: HanReadings, names: LatinNames): string[] {
  if (names.spelled.size === 0 && names.byKey.size === 0) return [];
  const found: string[] = [];
  for (const match of sentence.matchAll(HAN_RUN)) {
    const chars = Array.from(match[0]);
    // Foreign names: a whole run of transliteration characters, by its sound key.
    if (names.byKey.size > 0) {
      let start = 0;
      while (start < chars.length) {
        if (!TRANSLITERATION.has(chars[start]!)) { start++; continue; }
        let end = start;
        while (end < chars.length && TRANSLITERATION.has(chars[end]!)) end++;
        // The whole run first, then shorter pieces of it, longest first: a title or a word before
        // the name may be written in transliteration characters too (总理斯塔默: 理 of 总理).
        const taken = new Array<boolean>(end - start).fill(false);
        for (let length = end - start; length >= MIN_CHARS; length--) {
          for (let from = start; from + length <= end; from++) {
            if (taken.slice(from - start, from - start + length).some(Boolean)) continue;
            const syllables = chars.slice(from, from + length).map((char) => readings.readings.get(char)?.[0]);
            const key = syllables.every((syllable) => syllable !== undefined) ? pinyinSoundKey(syllables as string[]) : undefined;
            const tokens = key && key.length >= MIN_KEY ? names.byKey.get(key) : undefined;
            if (!tokens) continue;
            for (let k = from; k < from + length; k++) taken[k - start] = true;
            for (const token of tokens) if (!found.includes(token)) found.push(token);
          }
        }
        start = end;
      }
    }
    // Names spelt in pinyin (none asked for on a Vietnamese page: see `transliterationSide`).
    for (let start = 0; names.spelled.size > 0 && start + MIN_CHARS <= chars.length; start++) {
      // Longest first: "beijing" of 北京 before nothing shorter is tried at that start.
      for (let length = Math.min(MAX_CHARS, chars.length - start); length >= MIN_CHARS; length--) {
        const hit = spelledName(chars.slice(start, start + length), readings, names.spelled);
        if (!hit) continue;
        for (const token of hit) if (!found.includes(token)) found.push(token);
        break;
      }
    }
  }
  return found;
}

/** The tokens of the name `chars` spell in one of their readings' combinations, if any. */
function spelledName(chars: readonly string[], readings: HanReadings, names: ReadonlyMap<string, readonly string[]>): readonly string[] | undefined {
  let spellings = [""];
  for (const char of chars) {
    const options = readings.readings.get(char);
    if (!options) return undefined;
    const next: string[] = [];
    for (const prefix of spellings) for (const option of options) if (next.length < MAX_COMBINATIONS) next.push(prefix + option);
    spellings = next;
  }
  for (const spelling of spellings) {
    const tokens = names.get(spelling);
    if (tokens) return tokens;
  }
  return undefined;
}
