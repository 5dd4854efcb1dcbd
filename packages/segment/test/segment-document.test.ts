import { ALIGNABLE_KINDS, checkLanguage, languageSupportNotes, segmentDocument, SUPPORTED_LANGUAGES, TandemError } from "@tandem/segment";
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

  it("takes a given language, lower-cased, and tags every sentence with kind, the rule that decided it, paragraph and offsets", () => {
    const text = "Brug geopend\n\nDe brug werd dinsdag geopend. Honderden mensen kwamen kijken.\nReacties (3)";
    expect(segmentDocument(text, { lang: "NL" })).toEqual({
      lang: "nl",
      text,
      sentences: [
        { id: 0, text: "Brug geopend", start: 0, end: 12, paragraph: 0, lang: "nl", kind: "title", rule: "title" },
        { id: 1, text: "De brug werd dinsdag geopend.", start: 14, end: 43, paragraph: 1, lang: "nl", kind: "body", rule: "body" },
        { id: 2, text: "Honderden mensen kwamen kijken.", start: 44, end: 75, paragraph: 1, lang: "nl", kind: "body", rule: "body" },
        { id: 3, text: "Reacties (3)", start: 76, end: 88, paragraph: 2, lang: "nl", kind: "boilerplate", rule: "counter" },
      ],
    });
  });
});

describe("segmentDocument: rules switched off by id", () => {
  it("keeps what a switched-off rule would have removed, and nothing else changes", () => {
    const text = "Brug geopend\n\nDe brug werd dinsdag geopend. Honderden mensen kwamen kijken.\nReacties (3)";
    const off = segmentDocument(text, { lang: "nl", disable: new Set(["counter"]) });
    expect(off.sentences.map((s) => [s.kind, s.rule])).toEqual([
      ["title", "title"],
      ["body", "body"],
      ["body", "body"],
      ["boilerplate", "short-number"],
    ]);
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

describe("segmentDocument: a sentence in brackets", () => {
  it("keeps a whole sentence in brackets as content and removes an end mark or credit in brackets", () => {
    const text = [
      "The spoil of war",
      "The army returned from the valley after three days of marching. (For the men of war had taken spoil, every man for himself.)",
      "(For the men of war had taken spoil, every man for himself.)",
      "(Now Hebron was built seven years before Zoan in Egypt.)",
      "They rested there for a week. (segue) (Cip)",
      "(Por Marion Giraldo)",
    ].join("\n\n");
    const doc = segmentDocument(text, { lang: "en" });
    expect(doc.sentences.map((s) => [s.text, s.kind])).toEqual([
      ["The spoil of war", "title"],
      ["The army returned from the valley after three days of marching. (For the men of war had taken spoil, every man for himself.)", "body"],
      ["(For the men of war had taken spoil, every man for himself.)", "body"],
      ["(Now Hebron was built seven years before Zoan in Egypt.)", "body"],
      ["They rested there for a week.", "body"],
      ["(segue) (Cip)", "boilerplate"],
      ["(Por Marion Giraldo)", "boilerplate"],
    ]);
  });
});

const codeOf = (run: () => unknown): { code?: string; message?: string } => {
  try {
    run();
  } catch (error) {
    return error instanceof TandemError ? { code: error.code, message: error.message } : { message: String(error) };
  }
  return {};
};
const alignable = (text: string, lang?: string) =>
  segmentDocument(text, lang ? { lang } : {}).sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind));

describe("languages: no refusal", () => {
  it("keep one list of tuned languages and accept any ISO 639-1 code, canonicalised", () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(["de", "en", "es", "fr", "it", "nl", "pt", "vi", "zh"]);
    expect(["PT", "th", "pt-BR", "sr-Latn", "zh_Hant", "iw", "in", "eng", "RUS"].map((code) => checkLanguage(code))).toEqual([
      "pt", "th", "pt", "sr", "zh", "he", "id", "en", "ru",
    ]);
  });

  it("refuse only what is no language code, with LANG_UNSUPPORTED naming it", () => {
    for (const code of ["zz", "english", "x1", ""]) {
      const error = codeOf(() => segmentDocument("The council met on Monday and approved the budget.", { lang: code }));
      expect(error.code).toBe("LANG_UNSUPPORTED");
      expect(error.message).toContain(`'${code}' is not an ISO 639-1 language code`);
    }
  });

  it("segment a text identified as a language tandem has no rules for, and say what it lacks", () => {
    const doc = segmentDocument("Korea hakuna mpango mpya wa bajeti. Wabunge walikutana Jumatatu na kukubaliana.", { lang: "sw" });
    expect([doc.lang, doc.sentences.map((s) => s.text)]).toEqual([
      "sw",
      ["Korea hakuna mpango mpya wa bajeti.", "Wabunge walikutana Jumatatu na kukubaliana."],
    ]);
    expect(languageSupportNotes("sw")).toEqual([
      "sw (Swahili): no sentence rules of its own: sentences end at the script's end marks (. ! ? …), abbreviations as in English",
    ]);
    expect([languageSupportNotes("ru"), languageSupportNotes("en"), languageSupportNotes("th"), languageSupportNotes("lo")]).toEqual([[], [], [], []]);
  });

  it("identify Russian, and a user's code wins over detection", () => {
    const text = "Президент Китая поздравил президента Бразилии с переизбранием на второй срок.";
    expect(segmentDocument(text).lang).toBe("ru");
    expect(segmentDocument(text, { lang: "uk" }).lang).toBe("uk");
  });

  it("identify es, it and pt documents and split them with their own abbreviations", () => {
    const es = segmentDocument("El alcalde inauguró ayer el nuevo puente. La Sra. Ortega y el Dr. Luna asistieron al acto.");
    expect([es.lang, es.sentences.map((s) => s.text)]).toEqual([
      "es",
      ["El alcalde inauguró ayer el nuevo puente.", "La Sra. Ortega y el Dr. Luna asistieron al acto."],
    ]);
    const it_ = segmentDocument("Il sindaco ha inaugurato ieri il nuovo ponte. Il Sig. Rossi e la Dott.ssa Greco erano presenti.");
    expect([it_.lang, it_.sentences.length]).toEqual(["it", 2]);
    const pt = segmentDocument("O presidente da câmara inaugurou ontem a nova ponte. A Sra. Lima e o Dr. Costa estiveram presentes.");
    expect([pt.lang, pt.sentences.length]).toEqual(["pt", 2]);
  });
});

describe("segmentDocument on real-page shapes", () => {
  it("joins a hard-wrapped paragraph: a sentence spans the line break with exact offsets", () => {
    const text = "Port plan approved\n\nThe port authority approved the plan on\nTuesday after a long debate. Work starts\nin May.\n";
    const sentences = alignable(text, "en");
    expect(sentences.map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ["Port plan approved", "Port plan approved"],
      ["The port authority approved the plan on Tuesday after a long debate.", "The port authority approved the plan on\nTuesday after a long debate."],
      ["Work starts in May.", "Work starts\nin May."],
    ]);
    expect(new Set(sentences.slice(1).map((s) => s.paragraph)).size).toBe(1);
  });

  it("keeps one-paragraph-per-line pages as they are", () => {
    const text = "The council met on Monday.\nIt approved the budget.\nThe vote was close.";
    expect(alignable(text, "en").map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it("leaves nothing alignable on a page of menus, buttons and single words", () => {
    expect(alignable("Menu\nLogin\nShare\nMenu\nSearch\n\nHome\nAbout us\nContact", "en")).toEqual([]);
  });

  it("keeps a long one-line article with a URL inside", () => {
    const text =
      "The city published the full report at https://www.example.org/reports/2024/port.pdf and said on Tuesday that the port plan goes to a vote in June. Residents can comment until May.";
    expect(alignable(text).map((s) => s.kind)).toEqual(["body", "body"]);
  });

  it("splits text glued after a sentence end or a caption credit, and not inside U.S., 3.5 or a domain", () => {
    const text = "The mayor opens the fair (Photo: Lee Chan)Riverton (NNA) – The fair opened for the people.The U.S. team won 3.5 points at example.com today.";
    expect(alignable(text, "en").map((s) => s.text)).toEqual([
      "The mayor opens the fair (Photo: Lee Chan)",
      "Riverton (NNA) – The fair opened for the people.",
      "The U.S. team won 3.5 points at example.com today.",
    ]);
  });
});
