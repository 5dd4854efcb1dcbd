import { segmentDocument, TandemError } from "@tandem/segment";
import { describe, expect, it } from "vitest";

describe("segmentDocument", () => {
  it("throws LANG_UNKNOWN when the text has too few letters to tell its language", () => {
    expect(() => segmentDocument("12 34\n56")).toThrowError(TandemError);
    try {
      segmentDocument("12 34\n56");
    } catch (error) {
      expect((error as TandemError).code).toBe("LANG_UNKNOWN");
    }
  });

  it("takes a given language, lower-cased, and tags every sentence with kind, paragraph and offsets", () => {
    const text = "Brug geopend\n\nDe brug werd dinsdag geopend. Honderden mensen kwamen kijken.\nReacties (3)";
    expect(segmentDocument(text, { lang: "NL" })).toEqual({
      lang: "nl",
      text,
      sentences: [
        { id: 0, text: "Brug geopend", start: 0, end: 12, paragraph: 0, lang: "nl", kind: "title" },
        { id: 1, text: "De brug werd dinsdag geopend.", start: 14, end: 43, paragraph: 1, lang: "nl", kind: "body" },
        { id: 2, text: "Honderden mensen kwamen kijken.", start: 44, end: 75, paragraph: 1, lang: "nl", kind: "body" },
        { id: 3, text: "Reacties (3)", start: 76, end: 88, paragraph: 2, lang: "nl", kind: "boilerplate" },
      ],
    });
  });
});

describe("segmentDocument: a foreign sentence inside a paragraph", () => {
  it("tags only that sentence foreign, with its language", () => {
    const text =
      "De minister sprak de delegatie toe in Hanoi. Hai bên đã thống nhất tăng cường hợp tác trong thời gian tới. Daarna volgde een lunch met de gasten.";
    const doc = segmentDocument(text, { lang: "nl" });
    expect(doc.sentences.map((s) => [s.kind, s.lang])).toEqual([
      ["body", "nl"],
      ["foreign", "vi"],
      ["body", "nl"],
    ]);
  });
});
