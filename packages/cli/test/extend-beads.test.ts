import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignWithMovedSentences, BEAD_EXTENSION_MODEL, extendBeads, type Bead } from "@tandem/align";
import { createScorer } from "../src/options/scorer-options.js";

// ../shared/bench/pages-dev/rousseff-reelection-en-es (a dev pair), as the aligner sentences
// of both pages: the English s3 is one long sentence that the Spanish renders as t4, t5, t6
// (gold s3 ↔ t4,t5,t6); the acceptance fitted before stop 27 took s3 ↔ t4,t5 and left t6 over. s4 (Putin’s
// message) has no counterpart on the Spanish page.
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/extend/rousseff-reelection-en-es");
const lines = (file: string) => readFileSync(path.join(folder, file), "utf8").trimEnd().split("\n");
const source = lines("source.txt");
const target = lines("target.txt");
const shape = (beads: readonly Bead[]) => beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).map((bead) => `${bead.source.join(",")}:${bead.target.join(",")}`);

// The beads the acceptance took there before it was refitted on stop 27's candidates: the
// headline pair, s2 ↔ t3 and s3 ↔ t4,t5; every other sentence free. The extension is judged
// on these, whatever the acceptance of the day takes.
const ACCEPTED: Bead[] = [
  { source: [0], target: [0], score: 0.5 },
  { source: [], target: [1], score: 0 },
  { source: [], target: [2], score: 0 },
  { source: [1], target: [], score: 0 },
  { source: [2], target: [3], score: 0.5 },
  { source: [3], target: [4, 5], score: 0.5 },
  { source: [], target: [6], score: 0 },
  { source: [], target: [7], score: 0 },
  { source: [4], target: [], score: 0 },
  { source: [5], target: [], score: 0 },
];

describe("the bead extension after the acceptance (pass bead-extension), on a real page pair", () => {
  // FreeDict's en–es alone, as when the model was fitted: the word lists that set-up may add
  // (MultiWordNet's spa-eng.tsv) change the scores this judges, not what the extension does.
  const saved = process.env.TANDEM_LEXICON_DIR;
  const empty = mkdtempSync(path.join(tmpdir(), "tandem-no-lists-"));
  beforeAll(() => {
    process.env.TANDEM_LEXICON_DIR = empty;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TANDEM_LEXICON_DIR;
    else process.env.TANDEM_LEXICON_DIR = saved;
    rmSync(empty, { recursive: true, force: true });
  });

  it("the fitted model says how it was fitted", () => {
    expect(BEAD_EXTENSION_MODEL?.fitted).toMatch(/fit-bead-extension\.ts.*leave-one-pair-out/);
  });

  it("grows s3 ↔ t4,t5 by the free t6 (one sentence rendered as three), and refuses the free neighbour s4", async () => {
    const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: "en", targetLang: "es" });
    const prepared = await scorer.prepare(source, target, { maxBead: 4 });
    const grown = extendBeads(ACCEPTED, prepared, { source, target }, BEAD_EXTENSION_MODEL!, { maxSpan: 4 });
    expect(shape(grown)).toContain("3:4,5,6");
    expect(grown.find((bead) => bead.source.includes(4))).toEqual({ source: [4], target: [], score: 0 });
    expect(grown.some((bead) => bead.target.includes(6) && bead.source.length === 0)).toBe(false);
  });

  it("joins only sentences of one kind when the kinds are given: t6 marked a caption stays out of s3's bead", async () => {
    const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: "en", targetLang: "es" });
    const prepared = await scorer.prepare(source, target, { maxBead: 4 });
    const kinds = { source: source.map(() => "body"), target: target.map((_, j) => (j === 6 ? "caption" : "body")) };
    const grown = extendBeads(ACCEPTED, prepared, { source, target }, BEAD_EXTENSION_MODEL!, { maxSpan: 4, kinds });
    expect(shape(grown)).toContain("3:4,5");
    expect(grown.find((bead) => bead.target.includes(6))).toEqual({ source: [], target: [6], score: 0 });
  });

  it("is off by default (COMPARABLE_DEFAULTS.extend.on): the aligner without a model leaves the accepted beads as they are", async () => {
    const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: "en", targetLang: "es" });
    const plain = await alignWithMovedSentences(source, target, { scorer, maxBead: 4 });
    const off = await alignWithMovedSentences(source, target, { scorer, maxBead: 4, disable: new Set(["bead-extension"]) });
    expect(shape(plain.beads)).toEqual(shape(off.beads));
  });
});
