import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadHanReadings } from "../src/pipeline/load-han-readings.js";
import { loadLexicon } from "../src/pipeline/load-lexicon.js";

const root = mkdtempSync(path.join(tmpdir(), "tandem-unihan-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NAMES = ["TANDEM_UNIHAN_DIR", "TANDEM_CEDICT", "TANDEM_DICTD_DIR", "TANDEM_LEXICON_CACHE"] as const;
const saved = NAMES.map((name) => process.env[name]);
afterEach(() => {
  NAMES.forEach((name, k) => {
    if (saved[k] === undefined) delete process.env[name];
    else process.env[name] = saved[k];
  });
});

// Three lines of Unicode 15's Unihan_Readings.txt.
const LINES = "U+570B\tkHangul\t국:0E\nU+570B\tkVietnamese\tquốc\nU+5916\tkVietnamese\tngoại\n";

describe("loadHanReadings", () => {
  it("reads Unihan as Debian ships it, bzip2-compressed, for a pair of a Han-writing language and vi or ko", async () => {
    const dir = mkdtempSync(path.join(root, "bz2-"));
    writeFileSync(path.join(dir, "Unihan_Readings.txt"), LINES);
    execFileSync("bzip2", [path.join(dir, "Unihan_Readings.txt")]);
    process.env.TANDEM_UNIHAN_DIR = dir;
    const { hanReadings, pinyin, notes } = await loadHanReadings({ sourceLang: "zh", targetLang: "vi" });
    expect([hanReadings?.lang, hanReadings?.readings.get("國"), notes[0]]).toEqual(["vi", ["quoc"], "readings: Unihan kVietnamese (2 characters)"]);
    // zh–vi reads the pinyin too, for foreign names by sound (these lines have none).
    expect([pinyin?.lang, notes[1]]).toEqual(["pinyin", "readings: Unihan kMandarin (0 characters)"]);
    expect((await loadHanReadings({ sourceLang: "ko", targetLang: "ja" })).hanReadings?.readings.get("國")).toEqual(["국"]);
  });

  it("needs none for other pairs, and says what is missing when the files are not there", async () => {
    process.env.TANDEM_UNIHAN_DIR = path.join(root, "missing");
    expect(await loadHanReadings({ sourceLang: "vi", targetLang: "en" })).toEqual({ notes: [] });
    const { hanReadings, notes } = await loadHanReadings({ sourceLang: "ja", targetLang: "ko" });
    expect(hanReadings).toBeUndefined();
    expect(notes).toEqual([`no Unihan readings in ${path.join(root, "missing")} (apt-get install unicode-data): Chinese characters are not read as ko`]);
  });
});

describe("a Vietnamese lexicon from CC-CEDICT and Unihan", () => {
  it("gives vi–en the Chinese dictionary's words read in Sino-Vietnamese", async () => {
    const dir = mkdtempSync(path.join(root, "vi-"));
    // Two lines of CC-CEDICT and the Unihan readings of their characters.
    writeFileSync(path.join(dir, "cedict.u8"), "政府 政府 [zheng4 fu3] /government/\n外交 外交 [wai4 jiao1] /diplomacy/foreign affairs/\n");
    writeFileSync(path.join(dir, "Unihan_Readings.txt"), "U+5916\tkVietnamese\tngoại\nU+4EA4\tkVietnamese\tgiao\nU+653F\tkVietnamese\tchính\nU+5E9C\tkVietnamese\tphủ\n");
    Object.assign(process.env, {
      TANDEM_UNIHAN_DIR: dir,
      TANDEM_CEDICT: path.join(dir, "cedict.u8"),
      TANDEM_DICTD_DIR: path.join(dir, "no-dictd"),
      TANDEM_LEXICON_CACHE: "off",
    });
    const { lexicon, notes } = await loadLexicon({ sourceLang: "vi", targetLang: "en" });
    // Beside them, Vietnamese's core words (VIETNAMESE_CORE_WORDS), which need no file.
    expect(notes).toEqual([expect.stringMatching(/^lexicon: cc-cedict-sino-vietnamese \+ vietnamese-core \(\d{3} \+ 0 headwords\)$/u)]);
    expect(lexicon?.forward.get("chinh phu")).toEqual(["government"]);
  });
});
