import { describe, expect, it } from "vitest";
import { dateAnchors, MAY_HOLD_DIGIT } from "../src/lexicon/date-anchors.js";
import { normalizeDigits } from "../src/lexicon/normalize-digits.js";

describe("dateAnchors' quick check", () => {
  // A sentence without MAY_HOLD_DIGIT skips normalisation: no character outside it may become a digit.
  it("lets through every character that NFKC and digit normalisation turn into an ASCII digit", () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (!MAY_HOLD_DIGIT.test(char) && /\d/.test(normalizeDigits(char.normalize("NFKC").toLowerCase()))) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it("still reads dates written with compatibility characters and other scripts' digits", () => {
    expect(dateAnchors("会议于㋇31日举行", "zh")).toEqual(["8m31"]);
    expect(dateAnchors("في ٣١/٨ وصل الوفد", "ar")).toEqual(["8m31"]);
    expect(dateAnchors("Ohne Zahl kein Datum.", "de")).toEqual([]);
  });
});
