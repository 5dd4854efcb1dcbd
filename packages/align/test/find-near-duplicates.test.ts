import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findNearDuplicates } from "../src/pairing/find-near-duplicates.js";
import { pairDocuments } from "../src/pairing/pair-documents.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const seed = (name: string) => readFileSync(path.join(root, "seeds", name), "utf8");
const nl = seed("000_a2c988d880e43a81.txt");
const en = seed("001_9c2bcb4f48ee580e.txt");
const nlOther = seed("002_2813931674483232.txt");
const fr = seed("003_08b0f0a572e2c364.txt");

/** The article with one word changed, as the copy was. */
const oneWordChanged = (text: string) => text.replace("Vriendschap", "Vriendschapp");

describe("findNearDuplicates", () => {
  it("groups a copy with one word changed, and only within one language", () => {
    const found = findNearDuplicates([
      { id: "nl.txt", lang: "nl", text: nl },
      { id: "en.txt", lang: "en", text: en },
      { id: "nl-copy.txt", lang: "nl", text: oneWordChanged(nl) },
      { id: "en-as-nl.txt", lang: "nl", text: en },
    ]);
    expect(found.duplicates).toEqual([{ id: "nl-copy.txt", lang: "nl", of: "nl.txt", similarity: expect.closeTo(0.99, 1) }]);
    expect(found.groups).toContainEqual([0, 2]);
    // The English text filed as Dutch is a copy of en.txt, but in another language: no group.
    expect(found.groups).toContainEqual([3]);
  });

  it("keeps two different articles of one language apart", () => {
    const found = findNearDuplicates([
      { id: "a", lang: "nl", text: nl },
      { id: "b", lang: "nl", text: nlOther },
    ]);
    expect(found.duplicates).toEqual([]);
    expect(found.groups).toEqual([[0], [1]]);
  });

  it("finds copies in Chinese, where words are not spaced", () => {
    const zh = seed("004_d4922d260111db05.txt");
    const found = findNearDuplicates([
      { id: "zh", lang: "zh", text: zh },
      { id: "zh-copy", lang: "zh", text: zh.replace("外交", "外事") },
    ]);
    expect(found.duplicates.map((d) => d.id)).toEqual(["zh-copy"]);
  });
});

describe("pairDocuments with near-duplicates", () => {
  const documents = [
    { id: "000.txt", lang: "nl", text: nl },
    { id: "001.txt", lang: "en", text: en },
    { id: "002.txt", lang: "nl", text: nlOther },
    { id: "003.txt", lang: "fr", text: fr },
  ];

  it("a copy of one side neither lowers the true pair's score nor takes its place; it shares the pair", async () => {
    const alone = await pairDocuments(documents);
    const withCopies = await pairDocuments([
      ...documents,
      { id: "000-copy.txt", lang: "nl", text: oneWordChanged(nl) },
      { id: "001-utf16.txt", lang: "en", text: en },
    ]);
    const truePair = alone.pairs.find((pair) => pair.source === "001.txt")!;
    expect(truePair.score).toBeGreaterThan(0.2);
    expect(withCopies.pairs).toEqual([{ ...truePair, duplicates: ["001-utf16.txt", "000-copy.txt"] }]);
    expect(withCopies.duplicates.map(({ id, of }) => ({ id, of }))).toEqual([
      { id: "000-copy.txt", of: "000.txt" },
      { id: "001-utf16.txt", of: "001.txt" },
    ]);
    expect(withCopies.unpaired.map((single) => single.id).sort()).toEqual(["002.txt", "003.txt"]);
  });
});
