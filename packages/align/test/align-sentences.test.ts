import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignSentences, createLengthScorer, createLexicalScorer, type SpanScorer } from "@tandem/align";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align/dp");
const lines = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n");

describe("alignSentences on synthetic cases with known answers", () => {
  for (const name of readdirSync(fixtures).filter((entry) => !entry.includes("."))) {
    it(name, async () => {
      const source = lines(path.join(fixtures, name, "source.txt"));
      const target = lines(path.join(fixtures, name, "target.txt"));
      const expected = JSON.parse(readFileSync(path.join(fixtures, name, "expected.json"), "utf8"));
      const { beads, notes } = await alignSentences(source, target, {
        scorer: createLexicalScorer({ sourceLang: "xx", targetLang: "yy" }),
      });
      expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected);
      expect(notes).toEqual(["no lexicon for xx-yy: orthographic + numbers + length only"]);
    });
  }
});

describe("alignSentences without a lexicon and with nothing in common but numbers (English–Chinese)", () => {
  it("makes real 1-1 and 1-2 beads, not deletions", async () => {
    const folder = path.resolve(fixtures, "../en-zh-no-lexicon");
    const source = lines(path.join(folder, "source.txt"));
    const target = lines(path.join(folder, "target.txt"));
    const expected = JSON.parse(readFileSync(path.join(folder, "expected.json"), "utf8"));
    const { beads, notes } = await alignSentences(source, target, {
      scorer: createLexicalScorer({ sourceLang: "en", targetLang: "zh" }),
    });
    expect(notes).toContain("little lexical evidence for en-zh: length leads, names/numbers/cognates adjust");
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected);
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0);
  });
});

/**
 * A scorer that knows the answer: spans are similar exactly when they are one bead of
 * `truth`. Lets the DP be tested apart from any real scorer.
 */
function oracle(truth: [number[], number[]][]): SpanScorer {
  const key = (i0: number, i1: number, j0: number, j1: number) => `${i0}-${i1}:${j0}-${j1}`;
  const good = new Set(
    truth.filter(([s, t]) => s.length && t.length).map(([s, t]) => key(s[0]!, s.at(-1)! + 1, t[0]!, t.at(-1)! + 1)),
  );
  return {
    name: "oracle",
    async prepare() {
      return {
        similarity: (i0, i1, j0, j1) => (good.has(key(i0, i1, j0, j1)) ? 1 : 0),
        signals: () => ({}),
      };
    },
  };
}

describe("the DP with an oracle scorer", () => {
  it("finds every bead shape up to maxBead, deletions included", async () => {
    const truth: [number[], number[]][] = [
      [[], [0]],
      [[0], [1, 2, 3]],
      [[1, 2, 3, 4], [4]],
      [[5], []],
      [[6, 7], [5, 6]],
      [[8], [7]],
    ];
    const { beads } = await alignSentences(Array(9).fill("s"), Array(8).fill("t"), { scorer: oracle(truth) });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(truth);
    expect(beads.map((bead) => bead.score)).toEqual([0, 1, 1, 0, 1, 1]);
  });

  it("never makes a bead larger than maxBead", async () => {
    const truth: [number[], number[]][] = [[[0, 1, 2], [0]]];
    const { beads } = await alignSentences(["a", "b", "c"], ["x"], { scorer: oracle(truth), maxBead: 2 });
    expect(Math.max(...beads.map((bead) => Math.max(bead.source.length, bead.target.length)))).toBeLessThanOrEqual(2);
  });

  it("handles empty sides", async () => {
    const scorer = createLengthScorer();
    expect((await alignSentences([], [], { scorer })).beads).toEqual([]);
    const { beads } = await alignSentences(["a", "b"], [], { scorer });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([[[0], []], [[1], []]]);
  });
});

describe("alignSentences invariants", () => {
  it("puts every sentence in exactly one bead, in order, with scores in [0, 1]", async () => {
    const sentence = fc.array(fc.constantFrom("Berg", "Matterhorn", "1865", "la", "montagne", "Zermatt", "Hütte", "!"), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { maxLength: 12 }), fc.array(sentence, { maxLength: 12 }), async (a, b) => {
        const source = a.map((words) => words.join(" "));
        const target = b.map((words) => words.join(" "));
        const { beads } = await alignSentences(source, target, {
          scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr" }),
          maxBead: 3,
        });
        expect(beads.flatMap((bead) => bead.source)).toEqual(source.map((_, i) => i));
        expect(beads.flatMap((bead) => bead.target)).toEqual(target.map((_, j) => j));
        for (const bead of beads) {
          expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
          expect(bead.source.length).toBeLessThanOrEqual(3);
          expect(bead.target.length).toBeLessThanOrEqual(3);
          expect(bead.score).toBeGreaterThanOrEqual(0);
          expect(bead.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("aligns large inputs through the banded two-pass search and still finds the answer", async () => {
    // 3,000 × 3,000 is past the full-table limit, so this runs the first pass and the band.
    const source: string[] = [];
    const target: string[] = [];
    const expected: [number[], number[]][] = [];
    for (let k = 0; k < 3000; k++) {
      const words = [`name${k}`, `place${k * 7}`, `${1000 + k}`, "the", "and"].join(" ");
      if (k % 250 === 100) {
        source.push(`lonely${k} unrelated${k} words${k}`);
        expected.push([[source.length - 1], []]);
      }
      source.push(words);
      target.push(words);
      expected.push([[source.length - 1], [target.length - 1]]);
    }
    const { beads } = await alignSentences(source, target, {
      scorer: createLexicalScorer({ sourceLang: "xx", targetLang: "yy" }),
    });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected);
  });
});
