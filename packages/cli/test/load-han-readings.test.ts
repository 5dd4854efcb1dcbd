import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadHanReadings } from "../src/pipeline/load-han-readings.js";

const root = mkdtempSync(path.join(tmpdir(), "tandem-unihan-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const saved = process.env.TANDEM_UNIHAN_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.TANDEM_UNIHAN_DIR;
  else process.env.TANDEM_UNIHAN_DIR = saved;
});

// Three lines of Unicode 15's Unihan_Readings.txt.
const LINES = "U+570B\tkHangul\t국:0E\nU+570B\tkVietnamese\tquốc\nU+5916\tkVietnamese\tngoại\n";

describe("loadHanReadings", () => {
  it("reads Unihan as Debian ships it, bzip2-compressed, for a pair of a Han-writing language and vi or ko", async () => {
    const dir = mkdtempSync(path.join(root, "bz2-"));
    writeFileSync(path.join(dir, "Unihan_Readings.txt"), LINES);
    execFileSync("bzip2", [path.join(dir, "Unihan_Readings.txt")]);
    process.env.TANDEM_UNIHAN_DIR = dir;
    const { hanReadings, notes } = await loadHanReadings({ sourceLang: "zh", targetLang: "vi" });
    expect([hanReadings?.lang, hanReadings?.readings.get("國"), notes]).toEqual(["vi", ["quoc"], ["readings: Unihan kVietnamese (2 characters)"]]);
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
