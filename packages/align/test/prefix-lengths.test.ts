import { describe, expect, it } from "vitest";
import { codePointCount, prefixLengths } from "../src/scoring/prefix-lengths.js";

describe("prefixLengths", () => {
  it("sums sentence lengths in code points", () => {
    expect([...prefixLengths(["ab", "cde", "", "😀é"])]).toEqual([0, 2, 5, 5, 7]);
  });

  it("counts code points as iterating the string does, lone and paired surrogates alike", () => {
    const units = ["a", "é", "\ud83d", "\ude00", "\ud800", "\udfff", "語"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = Math.floor(next() * 12);
      for (let k = 0; k < length; k++) text += units[Math.floor(next() * units.length)];
      expect(codePointCount(text)).toBe([...text].length);
    }
  });
});
