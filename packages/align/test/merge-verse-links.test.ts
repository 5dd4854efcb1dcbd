import { describe, expect, it } from "vitest";
import { evaluateAlignment, mergeVerseLinks, summarizeCounts } from "@tandem/align";

// Source sentences 0..3 in verses a, b, b, c; target sentences 0..5 in a, b, b, b, c, c.
const sourceVerses = ["a", "b", "b", "c"];
const targetVerses = ["a", "b", "b", "b", "c", "c"];
const gold = [
  { source: [0], target: [0] },
  { source: [1, 2], target: [1, 2, 3] },
  { source: [3], target: [4, 5] },
];

describe("mergeVerseLinks (scoring variant E)", () => {
  it("merges consecutive links inside one verse, a null side joining its verse", () => {
    const predicted = [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2, 3] },
      { source: [3], target: [4] },
      { source: [], target: [5] },
    ];
    const merged = mergeVerseLinks(predicted, sourceVerses, targetVerses);
    expect(merged).toEqual(gold);
    // Without merging only [0]:[0] is exact (1 of 5 links, 1 of 3 gold); merged, all are.
    expect(summarizeCounts([evaluateAlignment(gold, predicted)]).strict.precision).toBeCloseTo(1 / 5, 9);
    expect(summarizeCounts([evaluateAlignment(gold, merged)]).strict.f1).toBe(1);
  });

  it("leaves links that cross a verse boundary alone, and does not merge into them", () => {
    const predicted = [
      { source: [0, 1], target: [0, 1] }, // verses a+b: no label
      { source: [2], target: [2] }, // b, but the previous link has no label
      { source: [], target: [3] }, // b: joins the previous one
      { source: [3], target: [4, 5] },
    ];
    expect(mergeVerseLinks(predicted, sourceVerses, targetVerses)).toEqual([
      { source: [0, 1], target: [0, 1] },
      { source: [2], target: [2, 3] },
      { source: [3], target: [4, 5] },
    ]);
  });

  it("does not merge links whose two sides name different verses", () => {
    const predicted = [
      { source: [1], target: [1] },
      { source: [2], target: [4] }, // b against c: no label
      { source: [3], target: [5] }, // c, previous unlabelled
    ];
    expect(mergeVerseLinks(predicted, sourceVerses, targetVerses)).toEqual(predicted);
  });
});
