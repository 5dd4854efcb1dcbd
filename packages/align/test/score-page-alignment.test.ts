import { describe, expect, it } from "vitest";
import { coversGold, listPageGroups, locateGoldSentences, scorePageAlignment, summarizePageCounts } from "@tandem/align";

describe("coversGold", () => {
  it("takes half of the gold sentence, or 30% of it from inside, as score.py does", () => {
    expect(coversGold([0, 5], [0, 10])).toBe(true);
    expect(coversGold([5, 20], [0, 10])).toBe(true);
    expect(coversGold([6, 20], [0, 10])).toBe(false);
    expect(coversGold([3, 6], [0, 10])).toBe(true);
    expect(coversGold([3, 5], [0, 10])).toBe(false);
    expect(coversGold([10, 20], [0, 10])).toBe(false);
  });
});

describe("locateGoldSentences", () => {
  it("finds sentences across collapsed whitespace and counts code points", () => {
    const raw = "😀 Menu\n\nThe  first\nsentence. The second.";
    const spans = locateGoldSentences(raw, { s1: "The first sentence.", s2: "The second." });
    // The emoji is one code point: "The" starts at code point 8, not UTF-16 unit 9.
    expect(spans.get("s1")).toEqual([8, 28]);
    expect(spans.get("s2")).toEqual([29, 40]);
  });

  it("throws when a gold sentence is not in the text", () => {
    expect(() => locateGoldSentences("abc", { s1: "xyz" })).toThrow(/s1 not found/);
  });
});

describe("scorePageAlignment", () => {
  const source = "😀 Eins. Zwei. Drei.";
  const target = "One. Two. Three.";
  const gold = {
    src: { s1: "Eins.", s2: "Zwei.", s3: "Drei." },
    tgt: { t1: "One.", t2: "Two.", t3: "Three." },
    links: [
      [["s1"], ["t1"]],
      [["s2", "s3"], ["t2"]],
    ] as [string[], string[]][],
  };

  it("takes UTF-16 offsets, counts strict groups and links, and treats uncovered sides as noise", () => {
    // UTF-16: the emoji takes units 0-1, so "Eins." is [3, 8).
    const counts = scorePageAlignment(gold, source, target, [
      { source: [[3, 8]], target: [[0, 4]] },
      { source: [[9, 14]], target: [[5, 9]] },
      { source: [[0, 2]], target: [[10, 16]] },
      { source: [[15, 20]], target: [] },
    ]);
    expect(counts).toEqual({ tpLinks: 2, predLinks: 3, goldLinks: 3, tpGroups: 1, predGroups: 3, goldGroups: 2 });
    const summary = summarizePageCounts([counts]);
    expect(summary.strict.precision).toBeCloseTo(1 / 3);
    expect(summary.link.recall).toBeCloseTo(2 / 3);
  });

  it("lets a predicted sentence inside a gold one cover it from 30% on", () => {
    const covering = scorePageAlignment(gold, source, target, [{ source: [[3, 5]], target: [[0, 4]] }]);
    expect(covering.tpGroups).toBe(1);
    const tooSmall = scorePageAlignment(gold, source, target, [{ source: [[3, 4]], target: [[0, 4]] }]);
    expect(tooSmall.tpGroups).toBe(0);
  });

  it("lists the groups it counts: gold in gold order, predicted with their bead and reading position", () => {
    const groups = listPageGroups(gold, source, target, [
      { source: [[3, 8]], target: [[0, 4]] },
      { source: [[15, 20]], target: [] },
      { source: [[0, 2]], target: [[10, 16]] },
    ]);
    expect(groups.gold).toEqual([
      { source: ["s1"], target: ["t1"], key: "s1|t1", position: 2 },
      { source: ["s2", "s3"], target: ["t2"], key: "s2,s3|t2", position: 8 },
    ]);
    expect(groups.predicted).toEqual([
      { source: ["s1"], target: ["t1"], key: "s1|t1", position: 2, bead: 0 },
      { source: ["noise-src-2"], target: ["t3"], key: "noise-src-2|t3", position: 0, bead: 2 },
    ]);
  });
});
