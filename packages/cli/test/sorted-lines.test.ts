import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LazyStemMap, LazyWordSet, SortedLines } from "../src/pipeline/sorted-lines.js";

describe("SortedLines", () => {
  it("finds every key written, and no other, as a Map would (any words, any order)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "é", "ß", "z", "1", "山", " "), minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.dictionary(word, fc.array(word, { minLength: 1, maxLength: 3 })), fc.array(word), (table, probes) => {
        const entries = Object.entries(table);
        const text = `header\n${SortedLines.write(entries)}`;
        const lines = new SortedLines(text, "header\n".length, text.length);
        for (const [key, values] of entries) expect(lines.find(key)).toBe(values.join("\t"));
        for (const probe of probes) if (!(probe in table)) expect(lines.find(probe)).toBeUndefined();
      }),
    );
  });

  it("refuses words a line cannot hold", () => {
    expect(SortedLines.write([["a\tb", ["c"]]])).toBeUndefined();
    expect(SortedLines.write([["a", ["b\nc"]]])).toBeUndefined();
  });
});

describe("LazyStemMap and LazyWordSet", () => {
  const text = SortedLines.write([["haus", ["maison", "foyer"]], ["berg", ["montag"]]])! + SortedLines.write([["berg", []], ["wand", []]])!;
  const split = text.indexOf("berg\n");
  const stems = new LazyStemMap(2, new SortedLines(text, 0, split));
  const words = new LazyWordSet(2, new SortedLines(text, split, text.length));

  it("answer lookups, keeping each set's order, and iterate in key order", () => {
    expect([...stems.get("haus")!]).toEqual(["maison", "foyer"]);
    expect(stems.get("wand")).toBeUndefined();
    expect([words.has("wand"), words.has("haus")]).toEqual([true, false]);
    expect([...stems.keys()]).toEqual(["berg", "haus"]);
    expect([...words]).toEqual(["berg", "wand"]);
    expect([stems.size, words.size]).toEqual([2, 2]);
  });
});
