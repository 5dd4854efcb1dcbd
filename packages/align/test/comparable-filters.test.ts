import { describe, expect, it } from "vitest";
import type { Bead } from "@tandem/align";
import { attachRepeats, findRepeats } from "../src/comparable/attach-repeats.js";
import { dropCopiedBeads } from "../src/comparable/drop-copied-beads.js";
import { dropCutCounterparts } from "../src/comparable/drop-cut-counterparts.js";
import { dropWeakBeads } from "../src/comparable/drop-weak-beads.js";
import { matrixScorer } from "./matrix-scorer.js";

const sentencesIn = (beads: Bead[]) => ({
  source: beads.flatMap((bead) => bead.source).sort(),
  target: beads.flatMap((bead) => bead.target).sort(),
});

describe("dropWeakBeads", () => {
  // 0↔0 is a clear pair; 1↔1 was strung together by the DP, but target 1 matches source 2 better.
  const scorer = matrixScorer([
    [0.8, 0.1, 0.0],
    [0.1, 0.12, 0.05],
    [0.0, 0.3, 0.1],
  ]);
  const beads: Bead[] = [
    { source: [0], target: [0], score: 0.8 },
    { source: [1], target: [1], score: 0.12 },
    { source: [2], target: [], score: 0 },
    { source: [], target: [2], score: 0 },
  ];

  it("dissolves a bead whose side resembles a sentence outside it more than its partner", () => {
    const out = dropWeakBeads(beads, scorer);
    expect(out).toEqual([
      { source: [0], target: [0], score: 0.8 },
      { source: [1], target: [], score: 0 },
      { source: [], target: [1], score: 0 },
      { source: [2], target: [], score: 0 },
      { source: [], target: [2], score: 0 },
    ]);
    expect(sentencesIn(out)).toEqual({ source: [0, 1, 2], target: [0, 1, 2] });
  });

  it("keeps a low-scoring bead that still beats every alternative", () => {
    const low = matrixScorer([
      [0.2, 0.05],
      [0.05, 0.15],
    ]);
    const pairs: Bead[] = [
      { source: [0], target: [0], score: 0.2 },
      { source: [1], target: [1], score: 0.15 },
    ];
    expect(dropWeakBeads(pairs, low)).toEqual(pairs);
  });

  it("dissolves a near-zero bead even when nothing competes with it", () => {
    const lone = matrixScorer([[0.02]]);
    expect(dropWeakBeads([{ source: [0], target: [0], score: 0.02 }], lone)).toEqual([
      { source: [0], target: [], score: 0 },
      { source: [], target: [0], score: 0 },
    ]);
  });

  it("leaves moved beads alone", () => {
    const moved: Bead[] = [{ source: [1], target: [1], score: 0.12, moved: true }];
    expect(dropWeakBeads(moved, scorer)).toEqual(moved);
  });
});

describe("dropCopiedBeads", () => {
  it("dissolves a pair of identical lines and keeps translations", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.99 },
      { source: [1], target: [1], score: 0.7 },
    ];
    const out = dropCopiedBeads(beads, ["Universiteit Leiden", "De rector sprak."], ["Universiteit  Leiden.", "The rector spoke."]);
    expect(out).toEqual([
      { source: [0], target: [], score: 0 },
      { source: [], target: [0], score: 0 },
      { source: [1], target: [1], score: 0.7 },
    ]);
  });
});

describe("attachRepeats", () => {
  it("finds a lead printed twice, up to punctuation, but not short lines", () => {
    const lines = ["Beijing (Xinhua) -- Xi met Lula on Friday.", "Foto", "Beijing (Xinhua) — Xi met Lula on Friday", "Foto"];
    expect([...findRepeats(lines)]).toEqual([[2, 0]]);
  });

  it("puts an unaligned repeat into its twin's bead", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.8 },
      { source: [1], target: [], score: 0 },
      { source: [2], target: [1], score: 0.6 },
    ];
    const source = ["The lead of the story, in full.", "The lead of the story, in full.", "More."];
    const out = attachRepeats(beads, source, ["La entradilla.", "Más."]);
    expect(out).toEqual([
      { source: [0, 1], target: [0], score: 0.8 },
      { source: [2], target: [1], score: 0.6 },
    ]);
  });

  it("brings the twin into the bead when the repeat is the copy that was paired", () => {
    const deck = 'The two leaders agreed to remain in "constant" contact';
    const target = [deck, "Tokayev thanked the alliance.", `${deck} and to hold a video conference in the coming days.`];
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.6 },
      { source: [1], target: [1], score: 0.5 },
      { source: [], target: [2], score: 0 },
    ];
    expect(attachRepeats(beads, ["Лидеры договорились о контактах.", "Токаев поблагодарил."], target)).toEqual([
      { source: [0], target: [0, 2], score: 0.6 },
      { source: [1], target: [1], score: 0.5 },
    ]);
  });

  it("leaves a repeat the aligner paired elsewhere", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.8 },
      { source: [1], target: [1], score: 0.5 },
    ];
    const source = ["The title of the article here", "The title of the article here"];
    expect(attachRepeats(beads, source, ["Der Titel", "Der Titel nochmal"])).toEqual(beads);
  });
});

describe("findRepeats: a summary that stops where the lead goes on", () => {
  it("keeps the longer copy and calls the shorter its repeat", () => {
    const lead = "At dawn on 31 August the Prime Minister landed in Tianjin";
    expect([...findRepeats([`${lead}.`, `${lead}, starting a working visit to the summit.`, "Other."])]).toEqual([[0, 1]]);
  });

  it("takes a summary line that is the lead's first clause (AFP's deck above the body)", () => {
    const deck = 'The two leaders agreed to remain in "constant" contact';
    const body = `${deck} and to hold a CSTO video conference meeting in the coming days, the Kremlin added.`;
    expect([...findRepeats([deck, "MOSCOW (AFP) - Putin and Tokayev held a phone conversation.", body])]).toEqual([[0, 2]]);
  });

  it("takes a summary printed again behind a dateline and a wire credit", () => {
    const summary = "US Secretary of State Mike Pompeo spoke over the telephone with his Indonesian counterpart Retno Marsudi";
    const lead = `WASHINGTON (UrduPoint News / Sputnik - 27th May, 2020) ${summary}.`;
    expect([...findRepeats([summary, lead])]).toEqual([[0, 1]]);
  });

  it("does not take a sentence that only quotes a short stretch of a longer one", () => {
    const quoted = "the Prime Minister landed in Tianjin";
    expect([...findRepeats([`Officials said ${quoted}.`, `At dawn on 31 August, after a night flight from Hanoi, ${quoted} for the summit of the organisation.`])]).toEqual([]);
  });

  it("does not take a short common opening for a repeat", () => {
    expect([...findRepeats(["The minister said.", "The minister said that the talks would go on for another week."])]).toEqual([]);
  });
});

describe("dropCutCounterparts", () => {
  it("dissolves the bead of a cut-off last sentence and drops the fragment", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.8 },
      { source: [1, 2], target: [1], score: 0.5 },
      { source: [], target: [2], score: 0 },
    ];
    expect(dropCutCounterparts(beads, { source: 2 })).toEqual([
      { source: [0], target: [0], score: 0.8 },
      { source: [1], target: [], score: 0 },
      { source: [], target: [1], score: 0 },
      { source: [], target: [2], score: 0 },
    ]);
  });

  it("leaves the beads alone when the fragment's own bead is unaligned", () => {
    const beads: Bead[] = [
      { source: [0], target: [0], score: 0.8 },
      { source: [], target: [1], score: 0 },
    ];
    expect(dropCutCounterparts(beads, { target: 1 })).toEqual([{ source: [0], target: [0], score: 0.8 }]);
  });
});
