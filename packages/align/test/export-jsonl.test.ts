import { describe, expect, it } from "vitest";
import { toJsonl } from "@tandem/align";
import { beads, meta } from "./export-fixture.js";

const parse = (jsonl: string) => jsonl.trimEnd().split("\n").map((line) => JSON.parse(line));

describe("toJsonl", () => {
  it("writes ids, per-sentence offsets, texts, score, type, moved and signals", () => {
    const records = parse(toJsonl(beads, meta));
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual({
      type: "2-1",
      moved: false,
      score: 0.5,
      signals: { lexical: 0.4 },
      source: { doc: "a & b.txt", lang: "nl", ids: [1, 2], offsets: [[14, 34], [35, 48]], text: "Zin met tab & \u0007bel. Tweede regel." },
      target: { doc: "b.txt", lang: "en", ids: [2], offsets: [[30, 71]], text: "Sentence with tab & bell, second line." },
    });
    expect(records[2]).toMatchObject({ type: "1-1", moved: true, score: 0.77, signals: { lexical: 0.7, margin: 2.5 } });
  });

  it("adds 1-0 and 0-1 beads with keepUnaligned", () => {
    const records = parse(toJsonl(beads, meta, { keepUnaligned: true }));
    expect(records.map((record) => record.type)).toEqual(["1-1", "2-1", "1-0", "1-1"]);
    expect(records[2].target).toEqual({ doc: "b.txt", lang: "en", ids: [], offsets: [], text: "" });
  });

  it("offsets slice the original text", () => {
    const raw = "Hallo daar. Tot ziens.";
    const side = { path: "x", lang: "nl", sentences: [{ text: "Hallo daar.", start: 0, end: 11 }, { text: "Tot ziens.", start: 12, end: 22 }] };
    const [record] = parse(toJsonl([{ source: [1], target: [1], score: 1 }], { ...meta, source: side, target: side }));
    const [start, end] = record.source.offsets[0];
    expect(raw.slice(start, end)).toBe(record.source.text);
  });
});
