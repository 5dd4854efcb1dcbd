import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sideText, toTmx, type Bead } from "@tandem/align";
import { beads, meta } from "./export-fixture.js";

// Vitest runs from the repository root; shared/ sits beside it.
const repoRoot = process.cwd();
const dtd = path.resolve(repoRoot, "../shared/spec/tmx14.dtd");

/** Runs xmllint against the TMX 1.4 DTD; returns its exit status and messages. */
function validate(tmx: string): { status: number; stderr: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tandem-tmx-")), "out.tmx");
  writeFileSync(file, tmx);
  const result = spawnSync("xmllint", ["--noout", "--dtdvalid", dtd, file], { encoding: "utf8" });
  return { status: result.status ?? -1, stderr: result.stderr };
}

describe("toTmx", () => {
  it("writes the header, props before tuv and escaped, trimmed text", () => {
    const tmx = toTmx(beads, meta);
    expect(tmx).toContain(
      `<header creationtool="tandem" creationtoolversion="0.1.0" segtype="sentence" o-tmf="tandem" adminlang="en" srclang="nl" datatype="plaintext" creationdate="20250708T090503Z"/>`,
    );
    expect(tmx).toContain(
      [
        `    <tu tuid="2">`,
        `      <prop type="x-score">0.5000</prop>`,
        `      <prop type="x-bead">2-1</prop>`,
        `      <prop type="x-source-doc">a &amp; b.txt</prop>`,
        `      <prop type="x-target-doc">b.txt</prop>`,
        `      <prop type="x-source-ids">1,2</prop>`,
        `      <prop type="x-target-ids">2</prop>`,
        `      <tuv xml:lang="nl"><seg>Zin met tab &amp; bel. Tweede regel.</seg></tuv>`,
        `      <tuv xml:lang="en"><seg>Sentence with tab &amp; bell, second line.</seg></tuv>`,
        `    </tu>`,
      ].join("\n"),
    );
    expect(tmx).toContain(`<prop type="x-bead">moved</prop>`);
    expect(tmx).not.toContain("\u0007");
    expect(tmx.match(/<tu /g)).toHaveLength(3);
  });

  it("is valid against the TMX 1.4 DTD", () => {
    expect(validate(toTmx(beads, meta))).toEqual({ status: 0, stderr: "" });
  });

  it("skips beads whose side is empty after removing illegal characters", () => {
    const ctl = { ...meta, source: { ...meta.source, sentences: [{ text: "\u0001\u0002", start: 0, end: 2 }] } };
    expect(toTmx([{ source: [0], target: [0], score: 1 }], ctl)).not.toContain("<tu ");
  });

  it("reads back to the same beads: ids, texts and shapes of every pair", () => {
    const tmx = toTmx(beads, meta);
    const units = [...tmx.matchAll(/<tu tuid="\d+">([\s\S]*?)<\/tu>/g)].map(([, body]) => {
      const prop = (type: string) => new RegExp(`<prop type="${type}">([^<]*)</prop>`).exec(body!)![1]!;
      const segs = [...body!.matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
      return { source: prop("x-source-ids").split(",").map(Number), target: prop("x-target-ids").split(",").map(Number), bead: prop("x-bead"), segs };
    });
    const paired = beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
    expect(units).toEqual(
      paired.map((bead) => ({
        source: [...bead.source],
        target: [...bead.target],
        bead: bead.moved ? "moved" : `${bead.source.length}-${bead.target.length}`,
        segs: [sideText(meta.source, bead.source).replace(/\u0007/g, ""), sideText(meta.target, bead.target)],
      })),
    );
  });

  it("stays valid for any text (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), { minLength: 1, maxLength: 5 }), (pairs) => {
        const side = (texts: string[], lang: string) => ({ path: "p<&>\"", lang, sentences: texts.map((text) => ({ text, start: 0, end: text.length })) });
        const m = { ...meta, source: side(pairs.map((p) => p[0]), "de"), target: side(pairs.map((p) => p[1]), "fr") };
        const bs: Bead[] = pairs.map((_, i) => ({ source: [i], target: [i], score: 0.5 }));
        const tmx = toTmx(bs, m);
        for (const seg of tmx.matchAll(/<seg>(.*)<\/seg>/g)) expect(seg[1]).toBe(seg[1]!.trim());
        expect(validate(tmx).status).toBe(0);
      }),
      { numRuns: 25 },
    );
  });
});
