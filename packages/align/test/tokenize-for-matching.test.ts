import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foldDiacritics } from "@tandem/segment/core";
import { scanTokens, TOKEN } from "../src/lexicon/scan-tokens.js";
import { tokenizeForMatching } from "../src/lexicon/tokenize-for-matching.js";
import { normalizeDigits } from "../src/lexicon/normalize-digits.js";
import { foldEastSlavic } from "../src/lexicon/fold-east-slavic.js";
import { segmentWords } from "../src/lexicon/segment-words.js";
import { stripArabicClitics } from "../src/lexicon/strip-arabic-clitics.js";

// The tokenizer as it was written before its fast paths (one regular expression, every fold per
// token): the reference that tokenizeForMatching must still agree with, token for token.
const KEEP_MARKS =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const OKURIGANA = /^(\p{Script=Han}+)\p{Script=Hiragana}+$/u;
function reference(sentence: string): string[] {
  const text = normalizeDigits(sentence.normalize("NFKC")).toLowerCase();
  const tokens: string[] = [];
  const mixed = KEEP_MARKS.test(text);
  for (const match of (mixed ? text : foldDiacritics(text)).matchAll(TOKEN)) {
    const token = match[0];
    if (/^\d/.test(token)) {
      tokens.push(token.replace(/[^\d]/g, ""));
      continue;
    }
    if (!mixed) {
      tokens.push(foldEastSlavic(stripArabicClitics(token)));
      continue;
    }
    for (const word of segmentWords(token)) {
      if (KEEP_MARKS.test(word)) tokens.push(word.replace(OKURIGANA, "$1"));
      else tokens.push(foldEastSlavic(stripArabicClitics(foldDiacritics(word))));
    }
  }
  return tokens;
}

const SAMPLES = [
  "Die ca. 600 m hohe Nordostwand , 4.45 Uhr ; l' aube",
  "Le 1'000e alpiniste, 3,5 km et 4’200 m: fin.",
  "登上了Matterhorn 1865年，ドイツ語を話した。행사는 8월 31일",
  "Міністр і вибори, министр и выборы, ґанок; Эстония",
  "والحكومة قالت في ٣١/٨ إن ١٢٣ شخصا وصلوا",
  "नमस्ते दुनिया १२३, ภาษาไทย ๑๒ และ ລາວ",
  "Ａｂｃ　１２３ ㋇31日 ½ ² x\u0301y Ⱥȿ İstanbul ß æ œ",
  "emoji 😀 and 𝐀𝐁𝐂 bold, 𠀀𠀁 astral Han, lone \ud800 surrogate",
];

describe("scanTokens", () => {
  it("finds what the TOKEN expression finds, on single characters of every plane and around them", () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x30000 ? 1 : 0x101) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const text = `a${char}1.5${char}${char}b${char}`;
      const expected = text.match(TOKEN) ?? [];
      if (scanTokens(text).join("\u0001") !== expected.join("\u0001")) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("finds what the TOKEN expression finds in random mixtures of scripts, digits and separators", () => {
    const alphabet = [..."ab1.,'’ 9", "é", "ー", "語", "ド", "한", "і", "ب", "क", "\u0301", "١", "😀", "𠀀", "\ud800", "-"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = Math.floor(next() * 16);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(scanTokens(text)).toEqual(text.match(TOKEN) ?? []);
    }
  });
});

describe("tokenizeForMatching", () => {
  it("gives the reference tokens in every script it treats apart", () => {
    for (const sample of SAMPLES) expect(tokenizeForMatching(sample)).toEqual(reference(sample));
  });

  // Its quick checks skip work below U+0600 and U+0660: every character up to the scripts that keep marks.
  it("gives the reference tokens for every character below U+3100 in context", () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x3100; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const sentence = `Wort${char}wörter ${char}12,5 Ⱥ${char} і${char}ب`;
      const plain = `Wort${char} 12,5${char} ${char}ß`;
      const clitic = `و${char}${char}${char} ال${char}${char}${char}`;
      for (const text of [sentence, plain, clitic]) {
        if (tokenizeForMatching(text).join("\u0001") !== reference(text).join("\u0001")) differ.push(code.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });

  // Every line of the shared bench sets, where they are checked out beside the repository.
  const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../shared/bench");
  const textFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? textFiles(path.join(dir, entry.name)) : /\.(de|fr|txt)$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
    );
  it.runIf(existsSync(bench))("gives the reference tokens on every line of the bench's Text+Berg, Bible and ParIce sets", () => {
    let lines = 0;
    for (const set of ["textberg-de-fr", "bible-en-zh", "parice-en-is"]) {
      const dir = path.join(bench, set);
      if (!existsSync(dir)) continue;
      for (const file of textFiles(dir)) {
        for (const line of readFileSync(file, "utf8").split("\n")) {
          lines++;
          if (tokenizeForMatching(line).join("\u0001") !== reference(line).join("\u0001")) expect(tokenizeForMatching(line)).toEqual(reference(line));
        }
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });
});
