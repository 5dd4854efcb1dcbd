import { cleanText } from "@tandem/segment";
import { describe, expect, it } from "vitest";

const kinds = (text: string, lang: string) => cleanText(text, { lang }).map((line) => [line.text, line.kind]);

// Made-up articles: the rules must work on shapes, not on the seeds' wording.
describe("cleanText", () => {
  it("finds banner, title, dateline, body, caption, source, counter and trailing menus in an unseen layout", () => {
    const article = [
      "nieuwsdienst.nl - Het laatste nieuws",
      "",
      "Gemeente opent nieuwe brug over de rivier",
      "Redactie 12/03/2024",
      "De nieuwe brug werd dinsdag geopend door de burgemeester. Honderden inwoners kwamen kijken.",
      "De burgemeester knipt het lint door. (Beeld: Piet Jansen)",
      "De bouw duurde drie jaar en kostte veertig miljoen euro.",
      "Bron: https://nieuwsdienst.nl/brug",
      "Reacties (12)",
      "Meer nieuws",
      "Sport",
      "Weer",
    ].join("\n");
    expect(kinds(article, "nl")).toEqual([
      ["nieuwsdienst.nl - Het laatste nieuws", "boilerplate"],
      ["Gemeente opent nieuwe brug over de rivier", "title"],
      ["Redactie 12/03/2024", "boilerplate"],
      ["De nieuwe brug werd dinsdag geopend door de burgemeester. Honderden inwoners kwamen kijken.", "body"],
      ["De burgemeester knipt het lint door. (Beeld: Piet Jansen)", "caption"],
      ["De bouw duurde drie jaar en kostte veertig miljoen euro.", "body"],
      ["Bron: https://nieuwsdienst.nl/brug", "source"],
      ["Reacties (12)", "boilerplate"],
      ["Meer nieuws", "boilerplate"],
      ["Sport", "boilerplate"],
      ["Weer", "boilerplate"],
    ]);
  });

  it("keeps a final body paragraph that follows a subheading, and the subheading (the pages gold gives inter-titles ids)", () => {
    const article = "The council met on Monday. It approved the budget.\nNext steps\nThe plan goes to a vote in May.";
    expect(kinds(article, "en").map(([, kind]) => kind)).toEqual(["body", "body", "body"]);
  });

  it("keeps inter-titles and lead-ins between paragraphs without blank lines, and a second item under its inter-title", () => {
    const article = [
      "The council took two decisions on Tuesday evening.",
      "Parking",
      "The council decided:",
      "- parking in the centre costs two euros an hour from May;",
      "- residents keep their permits.",
      "New school building",
      "The council decided:",
      "- the new school opens in September;",
      "- the old building becomes a library.",
    ].join("\n");
    expect(kinds(article, "en").map(([, kind]) => kind)).toEqual(["body", "body", "body", "body", "body", "body", "body", "body", "body"]);
  });

  it("keeps a single word between paragraphs as furniture", () => {
    const article = "The council met on Monday. It approved the budget.\nAdvertisement\nThe plan goes to a vote in May.";
    expect(kinds(article, "en").map(([, kind]) => kind)).toEqual(["body", "boilerplate", "body"]);
  });

  it("keeps a caption printed twice each time (the gold gives every occurrence an id)", () => {
    const article = "The minister opened the fair. (Photo: Ann Lee)\nVisitors came from ten countries.\nThe minister opened the fair. (Photo: Ann Lee)\nSales were strong this year.";
    expect(kinds(article, "en").map(([, kind]) => kind)).toEqual(["caption", "body", "caption", "body"]);
  });

  it("marks a short line that recurs as boilerplate", () => {
    const article = "Share this\nThe council met on Monday and approved the budget.\nShare this\nThe plan goes to a vote in May.";
    expect(kinds(article, "en").map(([, kind]) => kind)).toEqual(["boilerplate", "body", "boilerplate", "body"]);
  });

  it("drops the layout bar after a caption from its range", () => {
    const [line] = cleanText("The minister speaks at the fair. (Source: VUFO) |", { lang: "en" });
    expect(line).toMatchObject({ kind: "caption", text: "The minister speaks at the fair. (Source: VUFO)", start: 0, end: 47 });
  });

  it("calls a Vietnamese line in an English article foreign, with its language", () => {
    const [, line] = cleanText("The talks went well.\nHai bên đã thống nhất tăng cường hợp tác trong thời gian tới.\nBoth sides agreed.", { lang: "en" });
    expect(line).toMatchObject({ kind: "foreign", lang: "vi" });
  });
});

describe("cleanText on an English page with menu, byline and inline furniture", () => {
  it("keeps the article and drops the rest", () => {
    const page = [
      "Home | World | Business | Sport",
      "Floods hit northern provinces",
      "By Jane Doe, Reuters",
      "Published 12 March 2024",
      "Heavy rain caused floods in three provinces on Tuesday. Thousands of people were evacuated.",
      "Advertisement",
      "Officials said the water would recede by Friday, but more rain is expected next week.",
      "Rescue workers help residents leave their homes. (Photo: AP)",
      "Read more: Storm season starts early",
      "Share this article",
      "Tags: floods, weather",
    ].join("\n");
    expect(kinds(page, "en")).toEqual([
      ["Home | World | Business | Sport", "boilerplate"],
      ["Floods hit northern provinces", "title"],
      ["By Jane Doe, Reuters", "boilerplate"],
      ["Published 12 March 2024", "boilerplate"],
      ["Heavy rain caused floods in three provinces on Tuesday. Thousands of people were evacuated.", "body"],
      ["Advertisement", "boilerplate"],
      ["Officials said the water would recede by Friday, but more rain is expected next week.", "body"],
      ["Rescue workers help residents leave their homes. (Photo: AP)", "caption"],
      ["Read more: Storm season starts early", "boilerplate"],
      ["Share this article", "boilerplate"],
      ["Tags: floods, weather", "boilerplate"],
    ]);
  });
  it("drops a label printed several times in one line (self-repeat), and keeps a sentence that repeats a word", () => {
    const article = [
      "Stromausfall legt Spanien lahm",
      "",
      "Der Stromausfall legte am Montag fast die ganze Halbinsel lahm. Die Ursache ist noch unklar.",
      "Warum Sie uns vertrauen können Warum Sie uns vertrauen können Warum Sie uns vertrauen können",
      "Nein, nein, nein: so sagte der Minister es am Abend noch einmal vor der Presse.",
    ].join("\n");
    const lines = cleanText(article, { lang: "de" });
    expect(lines.map((line) => [line.kind, line.rule])).toEqual([
      ["title", expect.any(String)],
      ["body", "body"],
      ["boilerplate", "self-repeat"],
      ["body", "body"],
    ]);
    expect(cleanText(article, { lang: "de", disable: new Set(["self-repeat"]) })[2]!.rule).not.toBe("self-repeat");
  });
});
