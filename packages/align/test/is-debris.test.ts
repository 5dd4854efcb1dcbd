import { describe, expect, it } from "vitest";
import { alignSentences, createLexicalScorer, createLexicon } from "@tandem/align";
import { isDebris } from "../src/dp/is-debris.js";

describe("isDebris", () => {
  it("flags OCR residue and keeps short real lines", () => {
    for (const line of ["- _-", "f r", "24 a !", ".:-- , .", ".....", "C ) .", ""]) expect(isDebris(line)).toBe(true);
    for (const line of ["Lhotsé ( 8501 m )", "Literatur :", "1956 , S. 340-343 ) .", "登上了山"]) expect(isDebris(line)).toBe(false);
  });
});

describe("alignSentences with the lexical scorer and an OCR-debris line", () => {
  const lexicon = createLexicon({
    sourceLang: "de",
    targetLang: "fr",
    dictionaries: [
      {
        from: "de",
        to: "fr",
        entries: new Map([["erreichen", ["atteindre"]], ["Gipfel", ["sommet"]], ["drei", ["trois"]], ["Tag", ["jour"]], ["später", ["tard"]], ["zurück", ["revenir"]], ["Juli", ["juillet"]]]),
      },
    ],
  });
  const source = [
    "Whymper , Hadow und Hudson erreichten am 14. Juli 1865 den Gipfel des Matterhorns über den Hörnligrat .",
    "Taugwalder kam mit Zermatt ins Tal zurück , Carrel erreichte den Gipfel drei Tage später .",
  ];
  const target = [
    "Whymper , Hadow et Hudson atteignirent le sommet du Matterhorn le 14 juillet 1865 par l arête du Hörnli .",
    "f r",
    "Taugwalder revint à Zermatt , Carrel atteignit le sommet trois jours plus tard .",
  ];
  const scorer = createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon });

  it("leaves the debris unaligned instead of merging it into a neighbour", async () => {
    const { beads } = await alignSentences(source, target, { scorer });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([[[0], [0]], [[], [1]], [[1], [2]]]);
  });

  it("merges it when debris is priced like any sentence", async () => {
    const { beads } = await alignSentences(source, target, { scorer, costs: { debrisDeletion: 1 } });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([[[0], [0]], [[1], [1, 2]]]);
  });
});
