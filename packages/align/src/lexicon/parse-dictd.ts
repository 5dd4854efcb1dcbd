import { gunzipSync } from "node:zlib";
import { TandemError } from "@tandem/segment/core";
import { normalizeHeadword } from "./normalize-headword.js";

// dictd's own base64 digits (same alphabet as RFC 4648, but numbers are written
// most significant digit first with no padding: "B" = 1, "BA" = 64).
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeNumber(text: string): number | undefined {
  if (text === "") return undefined;
  let value = 0;
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) return undefined;
    value = value * 64 + digit;
  }
  return value;
}

/**
 * Reads a dictd dictionary (FreeDict format) into headword → translations.
 *
 * `index` is the text of the `.index` file (`headword<TAB>offset<TAB>length`, numbers in
 * dictd base64); `dict` the bytes of the `.dict.dz` (dictzip is gzip, so it is inflated
 * whole) or of a plain `.dict`. Each entry's first line is the headword with its
 * pronunciation and part of speech; translations are the numbered lines ("1. dériver"),
 * or the first line after the headword when none is numbered; the other lines are
 * definitions in the source language and are skipped. Translations split on "," and ";".
 *
 * @throws TandemError DICTD_BAD naming the file and line for a malformed index line or
 *   an entry outside the dictionary data.
 * @example
 * const entries = parseDictd(readFileSync("freedict-deu-fra.index", "utf8"),
 *   readFileSync("freedict-deu-fra.dict.dz"), "freedict-deu-fra.index");
 * entries.get("berg") // ["montagne", "mont", …]
 */
export function parseDictd(index: string, dict: Uint8Array, file?: string): Map<string, string[]> {
  let data: Buffer;
  const bytes = Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength);
  try {
    data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw new TandemError("DICTD_BAD", "dictionary data is not valid gzip/dictzip", { file }, { cause: error });
  }
  const entries = new Map<string, string[]>();
  const parsed = new Map<string, { headword: string; translations: string[] } | undefined>();
  const lines = index.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, "");
    if (line === "") continue;
    const at = { file, line: n + 1 };
    const fields = line.split("\t");
    const offset = decodeNumber(fields[1] ?? "");
    const length = decodeNumber(fields[2] ?? "");
    if (fields.length < 3 || offset === undefined || length === undefined) {
      throw new TandemError("DICTD_BAD", "expected headword<TAB>offset<TAB>length in dictd base64", at);
    }
    if (offset + length > data.length) {
      throw new TandemError("DICTD_BAD", `entry at ${offset}+${length} is beyond the ${data.length}-byte dictionary`, at);
    }
    if (fields[0]!.startsWith("00database") || fields[0]!.startsWith("00-database")) continue;
    // Several index lines may point at the same entry (spelling variants; a Japanese word's kanji
    // and kana forms): the entry is read once, and each of them is a headword of it.
    const key = `${offset}:${length}`;
    let entry = parsed.get(key);
    if (!entry) {
      entry = readEntry(data.subarray(offset, offset + length).toString("utf8"));
      parsed.set(key, entry);
      if (entry) addTranslations(entries, entry.headword, entry.translations);
    }
    if (entry) addTranslations(entries, normalizeHeadword(fields[0]!), entry.translations);
  }
  return entries;
}

// JMdict-derived dictionaries (FreeDict jpn-*) write usage notes glued to the translation that
// follows them ("Note: word usually written using kana aloneto fail"); the notes come from
// JMdict's fixed list of usage labels, so they can be cut off by name.
const JMDICT_NOTE =
  /^note:\s*(?:word usually written using kana alone|abbreviation|archaism|obscure term|idiomatic expression|colloquialism|slang|yojijukugo|honorific or respectful \(sonkeigo\) language|jocular(?:, humorous term)?|children's language|children|derogatory|obsolete term|proverb|sensitive|polite \(teineigo\) language|humble \(kenjougo\) language|vulgar expression or word|familiar language|onomatopoeic or mimetic word|female term or language|male term or language|rare|poetical term|manga slang|internet slang)?\s*/i;

/** A body line as a translation: notes, examples and grammar labels give nothing. */
function translationText(line: string): string {
  if (/^["“„«]/.test(line)) return ""; // an example sentence ("The defeat was a temporary aberration.")
  // "charognard 2.": FreeDict's text layout leaves the next sense's number on the line.
  // "~" joins the words of a phrase in some dictionaries (eng-hin "घृणा~करना").
  let text = line.replace(JMDICT_NOTE, "").replace(/~/g, " ").replace(/\s\d+\.$/, "");
  // Labels nest ("(noun (common) (futsuumeishi))"): remove the innermost brackets until none is left.
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(/\([^()]*\)|\{[^{}]*\}/g, " ");
  }
  return normalizeHeadword(text);
}

function addTranslations(entries: Map<string, string[]>, headword: string, found: readonly string[]): void {
  if (!headword || found.length === 0) return;
  const translations = entries.get(headword) ?? [];
  for (const translation of found) if (!translations.includes(translation)) translations.push(translation);
  entries.set(headword, translations);
}

function readEntry(text: string): { headword: string; translations: string[] } | undefined {
  const lines = text.split("\n").map((line) => line.trim());
  const headLine = lines[0] ?? "";
  // "abdriften /ˈapˌdʁɪftn̩/ <v>": the headword is what comes before the pronunciation.
  const headword = normalizeHeadword(headLine.replace(/\s\/.*$/, "").replace(/<[^>]*>/g, ""));
  if (!headword) return undefined;
  const body = lines.slice(1);
  // Each numbered sense ("1. dériver") gives its line, or when that holds only a label
  // ("1. (Ichidan verb)"), the next line that translates. With no numbers, the first line, or
  // when that is a label ("(noun (common) (futsuumeishi))"), the next one; a blank first line is a
  // missing translation (FreeDict eng-jpn), after which come definitions in the source language.
  const isNumbered = (line: string) => /^\d+\.\s/.test(line);
  const translationLines: string[] = [];
  if (body.some(isNumbered)) {
    let open = false;
    for (const line of body) {
      if (line === "" || (!isNumbered(line) && !open)) continue;
      const text = line.replace(/^\d+\.\s+/, "");
      open = translationText(text) === "";
      if (!open) translationLines.push(text);
    }
  } else if (body[0] !== "") {
    const first = body.findIndex((line) => line === "" || translationText(line) !== "");
    if (first >= 0 && body[first] !== "") translationLines.push(body[first]!);
  }
  const translations: string[] = [];
  for (const line of translationLines) {
    for (const part of line.split(/[,;]/)) {
      const translation = translationText(part);
      if (translation && !translations.includes(translation)) translations.push(translation);
    }
  }
  return { headword, translations };
}
