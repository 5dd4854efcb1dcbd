import fc from "fast-check";
import { segmentDocument, splitSentences } from "@tandem/segment";
import { describe, expect, it } from "vitest";

// Pieces that stress the splitter: terminators, abbreviations, quotes, CJK, white space.
const piece = fc.constantFrom(
  "De", "conferentie", "Mr.", "Dr.", "o.a.", "ca.", "D.C.", "p.m.", "TP.", "l'art.", "5", "1.23", "2,5",
  "He", "Hij", "Il", "«", "»", "“", "”", '"', "(Foto: Dinh Hoa)", "Reactie (0)", "https://x.vn/a.b", ".", "!", "?", "…", "...",
  "。", "！", "？", "你好", "越南", "Sơn", "coördinatie", " ", "  ", "\t", "\n", "\n\n", "|",
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(" "));
const lang = fc.constantFrom("nl", "en", "fr", "de", "vi", "zh", "it");

function checkSpans(raw: string, spans: readonly { text: string; start: number; end: number }[]): void {
  let previousEnd = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(raw.slice(span.start, span.end).replace(/\s+/gu, " ").trim()).toBe(span.text);
    expect(span.text).toBe(span.text.trim());
    previousEnd = span.end;
  }
}

describe("offset invariants (fast-check)", () => {
  it("splitSentences: in order, no overlap, text is the normalised slice, nothing but white space left out", () => {
    fc.assert(
      fc.property(text, lang, (raw, l) => {
        const spans = splitSentences(raw, l);
        checkSpans(raw, spans);
        let rest = raw;
        for (const span of [...spans].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
        expect(rest.trim()).toBe("");
      }),
      { numRuns: 300 },
    );
  });

  it("segmentDocument: ids in order, spans in order without overlap, text is the normalised slice", () => {
    fc.assert(
      fc.property(text, lang, (raw, l) => {
        const doc = segmentDocument(raw, { lang: l });
        doc.sentences.forEach((s, i) => expect(s.id).toBe(i));
        checkSpans(raw, doc.sentences);
        for (let i = 1; i < doc.sentences.length; i++) {
          expect(doc.sentences[i]!.paragraph).toBeGreaterThanOrEqual(doc.sentences[i - 1]!.paragraph);
        }
      }),
      { numRuns: 200 },
    );
  });
});
