import { describe, expect, it } from "vitest";
import { ALIGNABLE_KINDS, segmentDocument } from "@tandem/segment";

const alignable = (text: string) =>
  segmentDocument(text, { lang: "en" })
    .sentences.filter((sentence) => ALIGNABLE_KINDS.includes(sentence.kind))
    .map((sentence) => sentence.text);

describe("a page that stops inside a sentence", () => {
  const body = "The minister arrived in Brussels on Monday for the talks.\n\nShe met her counterparts from six countries during the day.\n\n";

  it("keeps the cut sentence out of alignment and marks it cut", () => {
    const text = `${body}The talks went on late into the night. Diplomats from both sides expect them to continue until the end of the we`;
    expect(alignable(text)).toEqual([
      "The minister arrived in Brussels on Monday for the talks.",
      "She met her counterparts from six countries during the day.",
      "The talks went on late into the night.",
    ]);
    expect(segmentDocument(text, { lang: "en" }).sentences.at(-1)!.kind).toBe("cut");
  });

  it("keeps a complete last sentence, with or without a closing quote", () => {
    expect(alignable(`${body}"We will be back," she said.`)).toHaveLength(3);
    expect(alignable(`${body}She said: "We will be back."\n`)).toHaveLength(3);
  });
});
