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

  it("keeps a last sentence that ends with another script's end mark (। ؟ ። ။)", () => {
    const hindi = "प्रधानमंत्री ने आज नेपाल के प्रधानमंत्री से फोन पर बात की।\nदोनों नेताओं ने द्विपक्षीय सहयोग की समीक्षा की।\nउन्होंने भारत के लोगों को शुभकामनाएं दीं।\n";
    expect(segmentDocument(hindi, { lang: "hi" }).sentences.map((s) => s.kind)).toEqual(["body", "body", "body"]);
    const arabic = "التقى الوزير نظيره الفرنسي في باريس يوم الاثنين لبحث الأزمة.\nهل ستنجح المفاوضات بين الطرفين هذه المرة؟";
    expect(segmentDocument(arabic, { lang: "ar" }).sentences.at(-1)!.kind).toBe("body");
  });
});
