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
  const seen = new Set<string>();
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
    // Several index lines may point at the same entry (spelling variants).
    const key = `${offset}:${length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    addEntry(entries, data.subarray(offset, offset + length).toString("utf8"));
  }
  return entries;
}

function addEntry(entries: Map<string, string[]>, text: string): void {
  const lines = text.split("\n").map((line) => line.trim());
  const headLine = lines[0] ?? "";
  // "abdriften /ˈapˌdʁɪftn̩/ <v>": the headword is what comes before the pronunciation.
  const headword = normalizeHeadword(headLine.replace(/\s\/.*$/, "").replace(/<[^>]*>/g, ""));
  if (!headword) return;
  const body = lines.slice(1).filter((line) => line !== "");
  const numbered = body.filter((line) => /^\d+\.\s/.test(line)).map((line) => line.replace(/^\d+\.\s+/, ""));
  const translationLines = numbered.length > 0 ? numbered : body.slice(0, 1);
  const translations = entries.get(headword) ?? [];
  for (const line of translationLines) {
    for (const part of line.split(/[,;]/)) {
      const translation = normalizeHeadword(part);
      if (translation && !translations.includes(translation)) translations.push(translation);
    }
  }
  if (translations.length > 0) entries.set(headword, translations);
}
