import { splitSentences } from "@tandem/segment";
import { describe, expect, it } from "vitest";

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

// The failures measured on sentence-splitter and Intl.Segmenter before this splitter
// existed (issue 2); each must stay fixed.
describe("splitSentences: known failures of off-the-shelf splitters", () => {
  it('does not split after "o.a.", "Dhr.", "mevr." or "ca."', () => {
    expect(texts("Dhr. Jansen en mevr. Smit kwamen o.a. met ca. 20 man. Zij bleven.", "nl")).toEqual([
      "Dhr. Jansen en mevr. Smit kwamen o.a. met ca. 20 man.",
      "Zij bleven.",
    ]);
  });

  it('does not split after "p.m." before a lower-case word, but does before "He"', () => {
    expect(texts("It ended at 5 p.m. on Friday. Then he left at 6 p.m. He was tired.", "en")).toEqual([
      "It ended at 5 p.m. on Friday.",
      "Then he left at 6 p.m.",
      "He was tired.",
    ]);
  });

  it('does not split after "TP." in Vietnamese', () => {
    expect(texts("TP. Hồ Chí Minh phát triển nhanh. Thành phố rất đông.", "vi")).toEqual([
      "TP. Hồ Chí Minh phát triển nhanh.",
      "Thành phố rất đông.",
    ]);
  });

  it("does not split after \"l'art. 5\"", () => {
    expect(texts("Selon l'art. 5 du code, c'est interdit. Le juge l'a dit.", "fr")).toEqual([
      "Selon l'art. 5 du code, c'est interdit.",
      "Le juge l'a dit.",
    ]);
  });

  it('splits in "D.C. He"', () => {
    expect(texts("He lives in Washington D.C. He works there.", "en")).toEqual(["He lives in Washington D.C.", "He works there."]);
  });

  it('does not split after "Mr.", "Dr." or French "M."', () => {
    expect(texts("Mr. Phan Anh Son also affirmed it. Dr. Smith agreed.", "en")).toEqual([
      "Mr. Phan Anh Son also affirmed it.",
      "Dr. Smith agreed.",
    ]);
    expect(texts("M. Dupont est venu. Il est reparti.", "fr")).toEqual(["M. Dupont est venu.", "Il est reparti."]);
  });

  it("keeps French « » and Chinese “ ” quotes with their sentence", () => {
    expect(texts("Il a dit : « C'est fini. » Puis il est parti.", "fr")).toEqual(["Il a dit : « C'est fini. »", "Puis il est parti."]);
    expect(texts("他说：“我们来了。”然后离开了。", "zh")).toEqual(["他说：“我们来了。”", "然后离开了。"]);
  });

  it("splits Chinese at 。！？ but not at ；", () => {
    expect(texts("你好！真的吗？是的；好的。", "zh")).toEqual(["你好！", "真的吗？", "是的；好的。"]);
  });
});

describe("splitSentences: offsets and lines", () => {
  it("gives offsets into the input, collapses white space in text and never crosses a line end", () => {
    const input = "  Eerste  zin.   Tweede\tzin.\nDerde zin";
    expect(splitSentences(input, "nl")).toEqual([
      { text: "Eerste zin.", start: 2, end: 14 },
      { text: "Tweede zin.", start: 17, end: 28 },
      { text: "Derde zin", start: 29, end: 38 },
    ]);
  });

  it("returns nothing for blank input", () => {
    expect(splitSentences(" \n\n ", "en")).toEqual([]);
  });

  it("keeps 40.2 and 1.23 inside one sentence", () => {
    expect(texts("The rate was 40.2 percent, up from 1.23 in May.", "en")).toEqual(["The rate was 40.2 percent, up from 1.23 in May."]);
  });

  it("falls back to the English rules for a language without its own", () => {
    expect(texts("Mr. Rossi è arrivato. Dr. Bianchi no.", "it")).toEqual(["Mr. Rossi è arrivato.", "Dr. Bianchi no."]);
  });
});
