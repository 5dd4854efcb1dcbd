import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ALIGNABLE_KINDS, type Document, readableText, segmentDocument, type SentenceKind } from "@tandem/segment";
import { beforeAll, describe, expect, it } from "vitest";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../seeds");
const load = (name: string) => segmentDocument(readFileSync(path.join(seeds, name), "utf8"));
const kindOf = (doc: Document, prefix: string): SentenceKind[] =>
  doc.sentences.filter((s) => s.text.startsWith(prefix)).map((s) => s.kind);
const alignable = (doc: Document) => doc.sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind));
// Vietnamese-only letters; no Dutch, English or French word has them.
const VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe("seed 000 (Dutch, Vietnamese captions inside)", () => {
  let doc: Document;
  beforeAll(() => {
    doc = load("000_a2c988d880e43a81.txt");
  });

  it("is Dutch and keeps its body sentences", () => {
    expect(doc.lang).toBe("nl");
    expect(kindOf(doc, "Op 8 juli hielden de Vietnamese Unie")).toEqual(["body"]);
    expect(kindOf(doc, "De heer Phan Anh Son bevestigde tevens")).toEqual(["body"]);
    expect(doc.sentences.filter((s) => s.kind === "body").length).toBeGreaterThanOrEqual(25);
  });

  it("tags Vietnamese lines foreign or boilerplate, never alignable", () => {
    const vietnamese = alignable(doc).filter((s) => s.text.split(" ").filter((w) => VIETNAMESE.test(w)).length >= 3);
    expect(vietnamese).toEqual([]);
    expect(kindOf(doc, "Chủ tịch Liên hiệp")).toEqual(["foreign"]);
    expect(doc.sentences.find((s) => s.text.startsWith("Chủ tịch"))?.lang).toBe("vi");
  });

  it("finds the captions, the source line and the title", () => {
    expect(kindOf(doc, "Phan Anh Son, voorzitter van de Vietnamese Unie")).toEqual(["caption"]);
    expect(kindOf(doc, "Viceminister van Buitenlandse Zaken Ngo Le Van spreekt")).toEqual(["caption"]);
    expect(kindOf(doc, "Bron: https://")).toEqual(["source"]);
    expect(kindOf(doc, "De Vietnamese Unie van Vriendschapsorganisaties en het Ministerie")).toEqual(["title"]);
  });

  it("drops the banner, the dateline, the counter, the placeholders and the trailing lists", () => {
    for (const prefix of ["Vietnam.vn", "Thời Đại", "Reactie (0)", "No data", "In hetzelfde onderwerp", "Zonsopgang bekijken",
      "De bloeiende rietvelden", "Van dezelfde auteur", "Erfenis", "Lokaal", "Product"]) {
      expect(kindOf(doc, prefix).length, prefix).toBeGreaterThan(0);
      expect(new Set(kindOf(doc, prefix)), prefix).toEqual(new Set(["boilerplate"]));
    }
  });
});

describe("seed 001 (English)", () => {
  let doc: Document;
  beforeAll(() => {
    doc = load("001_9c2bcb4f48ee580e.txt");
  });

  it("is English, with its body and one sentence for Mr. Phan Anh Son", () => {
    expect(doc.lang).toBe("en");
    const mr = doc.sentences.filter((s) => s.text.startsWith("Mr. Phan Anh Son also affirmed"));
    expect(mr.map((s) => [s.kind, s.lang])).toEqual([["body", "en"]]);
    expect(mr[0]!.text.endsWith("representative agencies abroad.")).toBe(true);
    expect(doc.sentences.filter((s) => s.kind === "body").length).toBe(19);
  });

  it('has "(Source: VUFO) |" captions, a source line and a boilerplate counter', () => {
    const captions = doc.sentences.filter((s) => s.kind === "caption");
    expect(captions.map((s) => s.text.endsWith("(Source: VUFO)"))).toEqual([true, true, true]);
    expect(kindOf(doc, "Source: https://")).toEqual(["source"]);
    expect(kindOf(doc, "Comment (0)")).toEqual(["boilerplate"]);
  });
});

describe("seeds 002–004", () => {
  it("002: repeated Vietnamese captions, counter and trailing lists are not alignable", () => {
    const doc = load("002_2813931674483232.txt");
    expect(doc.lang).toBe("nl");
    expect(alignable(doc).filter((s) => s.text.startsWith("Bế mạc"))).toEqual([]);
    for (const prefix of ["Reactie (0)", "No data", "Bezoek U Minh Ha", "No videos available", "Hệ thống Chính trị", "bron"]) {
      expect(new Set(kindOf(doc, prefix)), prefix).toEqual(new Set(["boilerplate"]));
    }
    expect(kindOf(doc, "Op de ochtend van 23 december")).toEqual(["body"]);
    expect(kindOf(doc, "Sluiting van de 32e Diplomatieke Conferentie")).toEqual(["title"]);
  });

  it("003: French body stays, the glued source line is source", () => {
    const doc = load("003_08b0f0a572e2c364.txt");
    expect(doc.lang).toBe("fr");
    expect(kindOf(doc, "LINH LINHSource")).toEqual(["source"]);
    expect(kindOf(doc, "Comment (0)")).toEqual(["boilerplate"]);
    expect(doc.sentences.filter((s) => s.kind === "body").length).toBeGreaterThanOrEqual(12);
    expect(doc.sentences.filter((s) => s.paragraph <= 6).every((s) => s.kind === "body")).toBe(true);
  });

  it("004: Chinese body stays, the related-headline blocks at the end are boilerplate", () => {
    const doc = load("004_d4922d260111db05.txt");
    expect(doc.lang).toBe("zh");
    expect(kindOf(doc, "发挥民间外交作用")).toEqual(["title"]);
    expect(kindOf(doc, "越南友好组织联合会的努力还体现在")).toEqual(["body"]);
    const related = doc.sentences.findIndex((s) => s.text === "相关新闻");
    expect(related).toBeGreaterThan(0);
    expect(new Set(doc.sentences.slice(related).map((s) => s.kind))).toEqual(new Set(["boilerplate"]));
    expect(doc.sentences.slice(related).length).toBeGreaterThanOrEqual(20);
  });
});

describe("every seed", () => {
  it("has ids 0..n-1 and sentence texts that match their offsets", () => {
    for (const name of ["000_a2c988d880e43a81.txt", "001_9c2bcb4f48ee580e.txt", "002_2813931674483232.txt", "003_08b0f0a572e2c364.txt", "004_d4922d260111db05.txt"]) {
      const doc = load(name);
      doc.sentences.forEach((s, i) => {
        expect(s.id).toBe(i);
        expect(readableText(doc.text.slice(s.start, s.end))).toBe(s.text);
      });
    }
  });
});
