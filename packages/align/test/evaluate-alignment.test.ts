import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateAlignment, formatAlignFile, parseAlignFile, summarizeCounts } from "@tandem/align";
import { thrown } from "./thrown.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align/eval");
const read = (name: string, file: string) => readFileSync(path.join(fixtures, name, file), "utf8");


describe("evaluateAlignment on hand-made fixtures", () => {
  // one-document, worked by hand (scorer A of /work/shared/bench/README.md):
  //   test links (the repeated [0]:[0] counts once): 6
  //   strict hits: [0]:[0], [2,3]:[3], []:[4], [4]:[5] = 4; lax adds [1]:[1] (gold [1]:[1,2]
  //   shares source 1 and target 1); []:[2] is a null link not in the gold: no hit at all.
  //   P strict 4/6, P lax 5/6.
  //   Recall drops null links: gold [0]:[0], [1]:[1,2], [2,3]:[3], [4]:[5] = 4; exact in the
  //   test: 3; [1]:[1,2] overlaps the test [1]:[1]: lax 4. R strict 3/4, R lax 4/4.
  //   F1 strict = 2·(2/3)(3/4)/(2/3 + 3/4) = 12/17; F1 lax = 2·(5/6)·1/(5/6 + 1) = 10/11.
  for (const name of readdirSync(fixtures).filter((entry) => existsSync(path.join(fixtures, entry, "expected.json")))) {
    it(name, () => {
      const counts = evaluateAlignment(parseAlignFile(read(name, "gold.align")), parseAlignFile(read(name, "pred.align")));
      expect(summarizeCounts([counts])).toEqual(JSON.parse(read(name, "expected.json")));
    });
  }

  it("micro-averages by adding counts before dividing", () => {
    // Second document: gold [0]:[0], [1]:[1]; test [0, 1]:[0, 1].
    //   P: 1 test link, no strict hit, lax hit (shares 0 and 0 with gold [0]:[0]).
    //   R: 2 gold links, none exact, both overlap the test link: lax 2.
    // Totals with one-document: test 7, P strict 4, P lax 6; gold 6, R strict 3, R lax 6.
    //   strict P 4/7, R 3/6, F1 = 2·(4/7)(1/2)/(4/7 + 1/2) = 8/15; lax P 6/7, R 1, F1 = 12/13.
    const first = evaluateAlignment(parseAlignFile(read("one-document", "gold.align")), parseAlignFile(read("one-document", "pred.align")));
    const second = evaluateAlignment(parseAlignFile("[0]:[0]\n[1]:[1]\n"), parseAlignFile("[0, 1]:[0, 1]\n"));
    const summary = summarizeCounts([first, second]);
    expect(summary.strict.precision).toBeCloseTo(4 / 7, 12);
    expect(summary.strict.recall).toBeCloseTo(0.5, 12);
    expect(summary.strict.f1).toBeCloseTo(8 / 15, 12);
    expect(summary.lax.f1).toBeCloseTo(12 / 13, 12);
  });

  it("is 0, not NaN, when nothing is there to count", () => {
    const summary = summarizeCounts([evaluateAlignment(parseAlignFile("[]:[0]\n"), parseAlignFile("[0]:[]\n"))]);
    expect(summary.strict).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("treats side order as part of a link's identity, as the reference scorer does", () => {
    const counts = evaluateAlignment(parseAlignFile("[2, 1]:[0]\n"), parseAlignFile("[1, 2]:[0]\n"));
    expect([counts.precisionStrict, counts.precisionLax]).toEqual([0, 1]);
  });
});

describe("parseAlignFile and formatAlignFile", () => {
  it("reads Vecalign lines with and without spaces and scores", () => {
    expect(parseAlignFile("[0,1]:[0]\n[2]:[]:0.25\n\n[]:[1, 2]\n")).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [], score: 0.25 },
      { source: [], target: [1, 2] },
    ]);
  });

  it("writes what it reads", () => {
    const beads = [
      { source: [0, 1], target: [0], score: 0.8123 },
      { source: [], target: [1], score: 0 },
      { source: [2], target: [], score: 0 },
    ];
    const text = formatAlignFile(beads);
    expect(text).toBe("[0, 1]:[0]:0.812\n[]:[1]:0.000\n[2]:[]:0.000\n");
    expect(parseAlignFile(text).map(({ source, target }) => ({ source, target }))).toEqual(
      beads.map(({ source, target }) => ({ source, target })),
    );
  });

  it("names file and line of a malformed line", () => {
    const error = thrown(() => parseAlignFile(read("bad-line", "pred.align"), "pred.align"));
    expect([error.code, error.at]).toEqual(["ALIGN_BAD_LINE", { file: "pred.align", line: 3 }]);
    expect(thrown(() => parseAlignFile("[0]:[x]\n", "p")).code).toBe("ALIGN_BAD_LINE");
    expect(thrown(() => parseAlignFile("[-1]:[0]\n", "p")).code).toBe("ALIGN_BAD_LINE");
    expect(thrown(() => parseAlignFile("[0]:[0]:abc\n", "p")).code).toBe("ALIGN_BAD_LINE");
  });

  it("names file and line of an index out of range", () => {
    const error = thrown(() => parseAlignFile(read("out-of-range", "pred.align"), "pred.align", { sourceCount: 3, targetCount: 3 }));
    expect([error.code, error.at]).toEqual(["ALIGN_BAD_INDEX", { file: "pred.align", line: 3 }]);
  });

  it("refuses an empty file", () => {
    const error = thrown(() => parseAlignFile(read("empty", "pred.align"), "pred.align"));
    expect([error.code, error.at]).toEqual(["ALIGN_EMPTY", { file: "pred.align" }]);
    expect(thrown(() => parseAlignFile("\n\n", "blank.align")).code).toBe("ALIGN_EMPTY");
  });
});
