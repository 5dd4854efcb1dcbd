import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignSentences, createLexicalScorer, createLexicon, parseLexiconTsv } from "@tandem/align";

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align/thin-lexicon");
const lines = (file: string) => readFileSync(path.join(folder, file), "utf8").trimEnd().split("\n");
const lexicon = createLexicon({
  sourceLang: "de",
  targetLang: "fr",
  dictionaries: [{ from: "de", to: "fr", entries: parseLexiconTsv(readFileSync(path.join(folder, "lexicon.tsv"), "utf8")) }],
});
const oneToOne = Array.from({ length: 8 }, (_, k) => [[k], [k]]);

describe("the lexical scorer with a lexicon that covers little of the text", () => {
  it("lets length lead and aligns every sentence 1-1", async () => {
    const { beads, notes } = await alignSentences(lines("source.txt"), lines("target.txt"), {
      scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon }),
    });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(oneToOne);
    expect(notes).toEqual(["little lexical evidence for de-fr: length leads, names/numbers/cognates adjust"]);
  });

  it("deletes most sentences when it trusts the thin lexicon as a full one (the behaviour it replaces)", async () => {
    const { beads } = await alignSentences(lines("source.txt"), lines("target.txt"), {
      scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon, settings: { lexiconTrust: [0, 0], lexiconCover: [0, 0] } }),
    });
    const deletions = beads.filter((bead) => bead.source.length === 0 || bead.target.length === 0);
    expect(deletions.length).toBeGreaterThan(4);
  });

  it("weighs each bead by how much of it the lexicon covers, even where the document's evidence is trusted", async () => {
    const { beads } = await alignSentences(lines("source.txt"), lines("target.txt"), {
      scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon, settings: { lexiconTrust: [0, 0] } }),
    });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(oneToOne);
  });

  it("blends the two modes between the trust bounds: similarity moves monotonically from weak to strict", async () => {
    const source = lines("source.txt");
    const target = lines("target.txt");
    // Sentence 2 shares no word with its translation: 0 when the lexicon is trusted fully.
    const similarityAt = async (trust: readonly [number, number]) => {
      const settings = { lexiconTrust: trust, lexiconCover: [0, 0] as const };
      const prepared = await createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon, settings }).prepare(
        source,
        target,
        { maxBead: 4 },
      );
      return prepared.similarity(2, 3, 2, 3);
    };
    const strict = await similarityAt([0, 0]);
    const weak = await similarityAt([0.99, 1]);
    const between = await similarityAt([0, 1]);
    expect(strict).toBe(0);
    expect(weak).toBeGreaterThan(0.5);
    expect(between).toBeGreaterThan(strict);
    expect(between).toBeLessThan(weak);
  });
});
