import { foldDiacritics } from "@tandem/segment";
import { describe, expect, it } from "vitest";

describe("foldDiacritics", () => {
  it("folds Vietnamese, Dutch, French and German letters to their base", () => {
    expect(foldDiacritics("Sơn")).toBe("Son");
    expect(foldDiacritics("coördinatie")).toBe("coordinatie");
    expect(foldDiacritics("Đinh Hòa, Ngô Lê Văn")).toBe("Dinh Hoa, Ngo Le Van");
    expect(foldDiacritics("Hanoï, être, Straße")).toBe("Hanoi, etre, Strasse");
  });

  it("splits ligatures and full-width forms, as FreeDict and CJK text write them", () => {
    expect(foldDiacritics("ĳs")).toBe("ijs");
    expect(foldDiacritics("ＶＵＦＯ ２０２５")).toBe("VUFO 2025");
    expect(foldDiacritics("한국")).toBe("한국");
  });

  it("leaves plain text, case and CJK alone", () => {
    expect(foldDiacritics("VUFO 2025 越南")).toBe("VUFO 2025 越南");
  });
});
