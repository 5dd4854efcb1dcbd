import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ALIGNABLE_KINDS, decodeHtml, readHtml, readableText, segmentDocument, sniffHtml } from "@tandem/segment";
import { describe, expect, it } from "vitest";

// Each folder fixtures/html/<case>/ holds input.html (bytes as a page would be saved) and
// expected.json: the charset decodeHtml must choose, the document language, sentences
// the page must keep (with their kind) and text that must not survive extraction.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/html");

interface Expected {
  lang?: string;
  charset?: string;
  charset_one_of?: string[];
  title?: string;
  kinds?: Record<string, string>;
  contains?: string[];
  absent?: string[];
  error?: string;
}

describe("fixtures/html", () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const bytes = readFileSync(path.join(root, name, "input.html"));
      const expected = JSON.parse(readFileSync(path.join(root, name, "expected.json"), "utf8")) as Expected;
      const decoded = decodeHtml(bytes);
      if (expected.charset) expect(decoded.charset).toBe(expected.charset);
      if (expected.charset_one_of) expect(expected.charset_one_of).toContain(decoded.charset);
      const page = readHtml(decoded.text);
      if (expected.error) {
        expect(page.text.trim()).toBe("");
        return;
      }
      const document = segmentDocument(page.text, { blocks: page.blocks });
      if (expected.lang) expect(document.lang).toBe(expected.lang);
      // Offsets refer to the extracted text, whatever the markup around the sentence was.
      for (const sentence of document.sentences) expect(readableText(page.text.slice(sentence.start, sentence.end))).toBe(sentence.text);
      const kept = document.sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind));
      if (expected.title) expect(kept.find((s) => s.kind === "title")?.text).toBe(expected.title);
      for (const [text, kind] of Object.entries(expected.kinds ?? {})) {
        expect(kept.find((s) => s.text === text)?.kind, text).toBe(kind);
      }
      for (const text of expected.contains ?? []) expect(kept.map((s) => s.text)).toContain(text);
      for (const text of expected.absent ?? []) expect(page.text).not.toContain(text);
      // No markup ever reaches a sentence.
      for (const sentence of kept) expect(sentence.text).not.toMatch(/<\/?(?:p|div|span|a|h\d|li|script|style)\b/u);
    });
  }
});

describe("decodeHtml", () => {
  it("prefers a byte-order mark over everything", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>Café</p>')]);
    expect(decodeHtml(bytes)).toMatchObject({ charset: "utf-8", source: "bom" });
  });

  it("takes the HTTP header's charset over the page's meta for legacy bytes", () => {
    // "Привет" in windows-1251 after a meta that names another charset.
    const cyrillic = Buffer.concat([Buffer.from('<meta charset="iso-8859-2"><p>'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])]);
    const decoded = decodeHtml(cyrillic, { headerCharset: "windows-1251" });
    expect(decoded).toMatchObject({ charset: "windows-1251", source: "header" });
    expect(decoded.text).toContain("Привет");
  });

  it("never throws on bytes that are no text", () => {
    expect(() => decodeHtml(Buffer.from([0xff, 0x00, 0xc3, 0x28, 0x80, 0x81]))).not.toThrow();
  });
});

describe("sniffHtml", () => {
  it("knows a page by its first tag, after comments and an XML declaration", () => {
    expect(sniffHtml("\n  <!DOCTYPE html><html>")).toBe(true);
    expect(sniffHtml('<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(sniffHtml("<div class=x>text</div>")).toBe(true);
  });

  it("leaves text that only mentions a tag as text", () => {
    expect(sniffHtml("Use the <p> element for paragraphs.")).toBe(false);
    expect(sniffHtml("De conferentie begon op 8 juli.")).toBe(false);
  });
});

describe("readHtml on hostile markup", () => {
  it("reads a page nested 10,000 deep without overflowing the stack", () => {
    const html = `<html><body>${"<div>".repeat(10_000)}<p>The conference opened in Hanoi on Monday. It lasted three days.</p>${"</div>".repeat(10_000)}</body></html>`;
    expect(readHtml(html).text).toContain("The conference opened in Hanoi on Monday.");
  });

  it("reads unclosed tags as a browser would, keeping every paragraph", () => {
    const text = readHtml("<html><body><p>The conference opened in Hanoi<p>Delegates came from many countries. <b>They talked <i>about trade").text;
    expect(text).toContain("The conference opened in Hanoi");
    expect(text).toContain("They talked about trade");
  });
});
