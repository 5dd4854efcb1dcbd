import { foldDiacritics } from "@tandem/segment/core";

/**
 * How each Chinese character reads in a language that borrowed it: Sino-Vietnamese (国 → "quoc",
 * folded as Vietnamese tokens are) or Sino-Korean (国 → "국"). With it a Chinese or Japanese word
 * meets its Vietnamese or Korean twin: 习近平 / Tập Cận Bình, 外交部 / 외교부.
 */
export interface HanReadings {
  /** The language the readings are in: "vi" or "ko". */
  readonly lang: string;
  /** Character → its readings (several for some characters), lowercase, diacritics folded for vi. */
  readonly readings: ReadonlyMap<string, readonly string[]>;
}

/**
 * The readings key of Mandarin pinyin (Unihan kMandarin, tone marks folded: 北京 → "bei", "jing"),
 * for Chinese names written in Latin letters in another language (see `pinyinSide`).
 */
export const PINYIN = "pinyin";

/** The Unihan field that holds each language's readings. */
export const UNIHAN_READING_FIELDS: Readonly<Record<string, string>> = Object.freeze({ vi: "kVietnamese", ko: "kHangul", [PINYIN]: "kMandarin" });

/** Languages written in Chinese characters, which the readings are matched against. */
export const HAN_LANGS: ReadonlySet<string> = new Set(["zh", "ja"]);

/**
 * The language whose readings a pair needs: its Vietnamese or Korean side when the other side
 * is Chinese or Japanese; undefined otherwise.
 *
 * @example
 * hanReadingLang("zh", "vi") // "vi"
 */
export function hanReadingLang(sourceLang: string, targetLang: string): string | undefined {
  if (Object.hasOwn(UNIHAN_READING_FIELDS, sourceLang) && HAN_LANGS.has(targetLang)) return sourceLang;
  if (Object.hasOwn(UNIHAN_READING_FIELDS, targetLang) && HAN_LANGS.has(sourceLang)) return targetLang;
  return undefined;
}

/** Languages whose texts write Chinese names in their own way: Japanese and Korean readings, Sino-Vietnamese (see `hanReadingLang`). */
const OWN_HAN_READINGS: ReadonlySet<string> = new Set(["zh", "ja", "ko", "vi"]);

/**
 * The side of a pair whose Chinese characters are read as pinyin: its Chinese side, when the
 * other language writes Chinese names in Latin letters ("Beijing", "Xi Jinping", "Hua Chunying"
 * for 北京, 习近平, 华春莹). Undefined for pairs without Chinese, or with Japanese, Korean or
 * Vietnamese on the other side (their own readings of the characters; see `hanReadingLang`).
 * A pair whose other side is in another script finds no Latin words to meet, so nothing matches.
 *
 * @example
 * pinyinSide("zh", "fr") // "source"
 */
export function pinyinSide(sourceLang: string, targetLang: string): "source" | "target" | undefined {
  if (sourceLang === "zh" && !OWN_HAN_READINGS.has(targetLang)) return "source";
  if (targetLang === "zh" && !OWN_HAN_READINGS.has(sourceLang)) return "target";
  return undefined;
}

/**
 * Fields with a language's further readings: kMandarin gives a character's usual reading alone
 * (重 zhòng), and names use the others too (重庆 Chongqing, 长沙 Changsha): the readings of the
 * frequency list and of two modern dictionaries (kHanyuPinlu "zhòng(1823) chóng(329)", kXHC1983
 * and kTGHZ2013 "0149.100:chóng"). kHanyuPinyin is left out: it holds classical readings too.
 */
const FURTHER_READING_FIELDS: Readonly<Record<string, readonly string[]>> = { [PINYIN]: ["kHanyuPinlu", "kXHC1983", "kTGHZ2013"] };

/** A reading as a field writes it, without kHangul's source mark ("국:0E"), a dictionary's place ("0149.100:chóng") or a count ("chóng(329)"). */
function readingOf(written: string): string {
  const colon = written.indexOf(":");
  const reading = colon < 0 ? written : /^[\d.]+$/.test(written.slice(0, colon)) ? written.slice(colon + 1) : written.slice(0, colon);
  return reading.replace(/\(\d+\)$/, "");
}

/**
 * The side of a pair whose runs of transliteration characters are read for the sound of the
 * foreign names they write (拜登 / Biden, see `pinyinNameTokens`): its Chinese side, when the
 * other language writes foreign names in Latin letters as they are. That is `pinyinSide`'s pairs
 * and Vietnamese, which writes Chinese names in Sino-Vietnamese (Tập Cận Bình, read by the Unihan
 * readings) but "Biden" and "Macron" as they are; not Japanese or Korean, which transliterate too.
 *
 * @example
 * transliterationSide("vi", "zh") // "target"
 */
export function transliterationSide(sourceLang: string, targetLang: string): "source" | "target" | undefined {
  if (sourceLang === "zh" && targetLang === "vi") return "source";
  if (targetLang === "zh" && sourceLang === "vi") return "target";
  return pinyinSide(sourceLang, targetLang);
}

// A character with no reading of its own borrows its variant's: simplified 国 reads as 國, Japanese
// 関 as 關 (kTraditionalVariant, kSemanticVariant, kZVariant).
const VARIANT_FIELDS = new Set(["kTraditionalVariant", "kSemanticVariant", "kZVariant", "kSimplifiedVariant"]);

function charOf(codePoint: string): string | undefined {
  const match = /^U\+([0-9A-F]{4,6})/.exec(codePoint);
  return match ? String.fromCodePoint(parseInt(match[1]!, 16)) : undefined;
}

/**
 * Reads one language's readings out of Unihan's `Unihan_Readings.txt` (and, optionally,
 * `Unihan_Variants.txt` for characters with none of their own). Lines are
 * `U+570B<TAB>kVietnamese<TAB>quốc`; kHangul's source marks ("국:0E") are dropped.
 * Undefined for a language Unihan has no readings field for.
 *
 * @example
 * parseUnihanReadings("U+570B\tkVietnamese\tquốc\n", "vi")?.readings.get("國") // ["quoc"]
 */
export function parseUnihanReadings(readingsText: string, lang: string, variantsText = ""): HanReadings | undefined {
  const field = UNIHAN_READING_FIELDS[lang];
  if (!field) return undefined;
  const readings = new Map<string, string[]>();
  const further = new Map<string, string[]>();
  const others = FURTHER_READING_FIELDS[lang] ?? [];
  for (const line of readingsText.split("\n")) {
    const [code, name, value] = line.split("\t");
    if (!name || !code || !value || (name !== field && !others.includes(name))) continue;
    const char = charOf(code);
    if (!char) continue;
    const forms = value
      .trim()
      .split(/\s+/)
      .map((reading) => foldDiacritics(readingOf(reading).normalize("NFC").toLowerCase()))
      .filter((reading) => reading.length > 0);
    if (forms.length === 0) continue;
    const into = name === field ? readings : further;
    into.set(char, [...new Set([...(into.get(char) ?? []), ...forms])]);
  }
  // The usual reading first, then the others a character has in words (重 zhòng, then chóng of 重庆).
  for (const [char, forms] of further) readings.set(char, [...new Set([...(readings.get(char) ?? []), ...forms])]);
  const borrowed = new Map<string, string[]>();
  for (const line of variantsText.split("\n")) {
    const [code, name, value] = line.split("\t");
    if (!name || !VARIANT_FIELDS.has(name) || !code || !value) continue;
    const char = charOf(code);
    if (!char || readings.has(char)) continue;
    for (const variant of value.trim().split(/\s+/)) {
      const other = charOf(variant);
      const found = other ? readings.get(other) : undefined;
      if (!found) continue;
      const list = borrowed.get(char) ?? [];
      for (const reading of found) if (!list.includes(reading)) list.push(reading);
      borrowed.set(char, list);
    }
  }
  for (const [char, list] of borrowed) readings.set(char, list);
  return { lang, readings };
}
