import { foldDiacritics } from "@tandem/segment";
import { describe, expect, it } from "vitest";

describe("foldDiacritics", () => {
  it("folds Vietnamese, Dutch, French and German letters to their base", () => {
    expect(foldDiacritics("Sơn")).toBe("Son");
    expect(foldDiacritics("coördinatie")).toBe("coordinatie");
    expect(foldDiacritics("Đinh Hòa, Ngô Lê Văn")).toBe("Dinh Hoa, Ngo Le Van");
    expect(foldDiacritics("Hanoï, être, Straße")).toBe("Hanoi, etre, Strasse");
  });

  it("leaves plain text, case and CJK alone", () => {
    expect(foldDiacritics("VUFO 2025 越南")).toBe("VUFO 2025 越南");
  });
});
