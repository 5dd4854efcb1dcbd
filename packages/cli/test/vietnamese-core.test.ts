import { describe, expect, it } from "vitest";
import { loadLexicon } from "../src/pipeline/load-lexicon.js";
import { linesAlignedRight } from "./translated-lines.js";

// VIETNAMESE_CORE_WORDS (packages/align): native Vietnamese words the Sino-Vietnamese lexicon
// cannot give. news-b20 is a second text of twenty news sentences and our Vietnamese translation,
// written after the list, on other events than news-20.
describe("Vietnamese's core words beside the Sino-Vietnamese lexicon", () => {
  it("are part of vi–en and reach vi–fr through English", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    const viEn = await loadLexicon({ sourceLang: "vi", targetLang: "en" });
    expect(viEn.notes[0]).toMatch(/vietnamese-core/u);
    expect(viEn.lexicon?.forward.get("cảnh sát")).toEqual(expect.arrayContaining(["police"]));
    const viFr = await loadLexicon({ sourceLang: "vi", targetLang: "fr" });
    expect(viFr.lexicon?.forward.get("cảnh sát")).toEqual(expect.arrayContaining(["police"]));
  });

  it("reach Chinese through English, though the Sino-Vietnamese words share CC-CEDICT with zh–en", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    // The Sino-Vietnamese lexicon composed with CC-CEDICT would give each Chinese word back its
    // own reading (the Unihan readings match those); the core words are what the pivot adds.
    const viZh = await loadLexicon({ sourceLang: "vi", targetLang: "zh" });
    expect(viZh.notes[0]).toMatch(/\(vietnamese-core\) × \(cc-cedict\) via en/u);
    expect(viZh.lexicon?.forward.get("giá")).toEqual(expect.arrayContaining(["价格"]));
    const zhVi = await loadLexicon({ sourceLang: "zh", targetLang: "vi" });
    expect(zhVi.notes[0]).toMatch(/\(cc-cedict\) × \(vietnamese-core\) via en/u);
    expect(zhVi.lexicon?.forward.get("价格")).toEqual(expect.arrayContaining(["giá"]));
  });

  it("align a Vietnamese translation of twenty news sentences line for line", { timeout: 60_000 }, async () => {
    expect(await linesAlignedRight("news-b20.vi", "news-b20.en")).toBeGreaterThanOrEqual(19);
  });
});
