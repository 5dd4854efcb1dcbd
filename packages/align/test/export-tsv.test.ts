import { describe, expect, it } from "vitest";
import { toTsv } from "@tandem/align";
import { beads, meta } from "./export-fixture.js";

describe("toTsv", () => {
  it("writes source, target and score per aligned bead, white space flattened, no header", () => {
    expect(toTsv(beads, meta)).toEqual(
      "Titel <één>.\tTitle <one>.\t0.9123\n" +
        "Zin met tab & \u0007bel. Tweede regel.\tSentence with tab & bell, second line.\t0.5000\n" +
        "Bijschrift \"foto\".\tCaption \"photo\".\t0.7700\n",
    );
  });

  it("leaves 1-0 and 0-1 beads out so every line has three columns", () => {
    const lines = toTsv(beads, meta).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.split("\t")).toHaveLength(3);
  });

  it("joins Chinese sentences without a space", () => {
    const zh = { ...meta, target: { path: "z.txt", lang: "zh", sentences: [{ text: "你好。", start: 0, end: 3 }, { text: "世界。", start: 3, end: 6 }] } };
    expect(toTsv([{ source: [0], target: [0, 1], score: 1 }], zh)).toEqual("Titel <één>.\t你好。世界。\t1.0000\n");
  });
});
