import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eld } from "eld/medium";
import { describe, expect, it } from "vitest";
import { languageCacheDir, loadLanguageTable } from "../src/language/load-language-table.js";

const LINES = [
  "Der Berg ist hoch, und die Sonne scheint über dem Gletscher.",
  "La montagne est haute et le soleil brille sur le glacier.",
  "De conferentie werd gehouden in Hanoi.",
  "Mr. Phan Anh Son spoke at the conference.",
  "Hội nghị được tổ chức tại Hà Nội.",
  "Конференция прошла в Ханое 31 августа.",
  "会议于八月三十一日在河内举行。",
  "",
  "1234 5678",
];

describe("loadLanguageTable", () => {
  it("writes eld's table as JSON once, then reads it, with eld's own scores both times", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-languages-"));
    const first = await loadLanguageTable(dir);
    const written = readdirSync(dir);
    const second = await loadLanguageTable(dir);
    const reference = eld.newInstance();
    for (const line of LINES) {
      expect(first.detect(line).getScores()).toEqual(reference.detect(line).getScores());
      expect(second.detect(line).getScores()).toEqual(reference.detect(line).getScores());
    }
    expect(written).toEqual([expect.stringMatching(/^eld-medium-\d+-\d+-bytes\.tsv$/)]);
  });

  it("keeps no cache when told so, and follows XDG_CACHE_HOME otherwise", () => {
    expect(languageCacheDir({ TANDEM_LANGUAGE_CACHE: "off" })).toBeUndefined();
    expect(languageCacheDir({ XDG_CACHE_HOME: "/x" })).toBe(path.join("/x", "tandem", "languages"));
  });
});
