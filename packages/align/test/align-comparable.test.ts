import { describe, expect, it } from "vitest";
import { alignWithMovedSentences, type PreparedScorer, type SpanScorer } from "@tandem/align";

/** A scorer over a table of single-sentence similarities by text; a span scores the mean of its cells. */
function tableScorer(table: Record<string, number>): SpanScorer {
  return {
    name: "table",
    async prepare(source, target): Promise<PreparedScorer> {
      const cell = (i: number, j: number) => table[`${source[i]}|${target[j]}`] ?? 0;
      const similarity = (i0: number, i1: number, j0: number, j1: number) => {
        let sum = 0;
        for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) sum += cell(i, j);
        return sum / ((i1 - i0) * (j1 - j0));
      };
      return { similarity, signals: (i0, i1, j0, j1) => ({ table: similarity(i0, i1, j0, j1) }) };
    },
  };
}

const pairs = (beads: readonly { readonly source: readonly number[]; readonly target: readonly number[] }[]) =>
  beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).map((bead) => [bead.source, bead.target]);

describe("alignWithMovedSentences on comparable articles", () => {
  const source = ["Headline A", "Lead A", "Body A"];
  const target = ["Headline B", "Lead B", "Body B"];
  const table = {
    "Headline A|Headline B": 0.35,
    "Headline A|Lead B": 0.3,
    "Lead A|Lead B": 0.8,
    "Body A|Body B": 0.7,
  };

  it("pairs the two headlines when the caller names them, even with a free wording", async () => {
    const withTitles = await alignWithMovedSentences(source, target, { scorer: tableScorer(table), titles: { source: 0, target: 0 } });
    expect(pairs(withTitles.beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it("keeps the headline pair when a learned acceptance would dissolve it for its weak similarity", async () => {
    // A model that reads the similarity alone: 0.35 gives p 0.01, 0.7 and 0.8 give p above 0.5.
    const acceptance = { features: ["similarity"], mean: [0.5], scale: [0.1], weights: [3], bias: 0, threshold: 0.5 };
    const withTitles = await alignWithMovedSentences(source, target, { scorer: tableScorer(table), titles: { source: 0, target: 0 }, acceptance });
    expect(pairs(withTitles.beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    // Without the headline pass the acceptance decides the titles too, and leaves them apart.
    const without = await alignWithMovedSentences(source, target, { scorer: tableScorer(table), titles: { source: 0, target: 0 }, acceptance, disable: new Set(["headlines"]) });
    expect(pairs(without.beads)).toEqual([
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it("leaves titles below the bound to the acceptance even when the DP pairs them", async () => {
    const acceptance = { features: ["similarity"], mean: [0.5], scale: [0.1], weights: [3], bias: 0, threshold: 0.5 };
    const weak = { ...table, "Headline A|Headline B": 0.25, "Headline A|Lead B": 0 };
    const result = await alignWithMovedSentences(source, target, { scorer: tableScorer(weak), titles: { source: 0, target: 0 }, acceptance });
    expect(result.title).toBeUndefined();
    expect(pairs(result.beads)).toEqual([
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it("does not force headlines that share little (a release list's first item against another release's title)", async () => {
    const unrelated = { ...table, "Headline A|Headline B": 0.2 };
    const result = await alignWithMovedSentences(source, target, { scorer: tableScorer(unrelated), titles: { source: 0, target: 0 } });
    expect(pairs(result.beads)).not.toContainEqual([[0], [0]]);
  });

  it("keeps a repeated lead out of the DP and puts it into its copy's bead", async () => {
    const repeated = ["Headline A", "The lead of the article, printed in full.", "The lead of the article, printed in full.", "Body A"];
    const scores = { "The lead of the article, printed in full.|Lead B": 0.8, "Body A|Body B": 0.7, "Headline A|Headline B": 0.5 };
    const result = await alignWithMovedSentences(repeated, target, { scorer: tableScorer(scores) });
    expect(pairs(result.beads)).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
    // Every sentence in exactly one bead.
    expect(result.beads.flatMap((bead) => bead.source).sort()).toEqual([0, 1, 2, 3]);
    expect(result.beads.flatMap((bead) => bead.target).sort()).toEqual([0, 1, 2]);
  });
});
