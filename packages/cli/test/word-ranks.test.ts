import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readWordRanks, wordRanksFile } from "../src/pipeline/load-word-ranks.js";

const root = mkdtempSync(path.join(tmpdir(), "tandem-wordfreq-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("word frequency lists from the lexicon folder", () => {
  it("finds a language's list by wordfreq's code, and nothing where set-up wrote none", async () => {
    mkdirSync(path.join(root, "wordfreq"));
    writeFileSync(path.join(root, "wordfreq", "sh.txt"), "i\nje\nrat\n");
    expect(await wordRanksFile(root, "sr")).toBe(path.join(root, "wordfreq", "sh.txt"));
    expect(await wordRanksFile(root, "hr")).toBe(path.join(root, "wordfreq", "sh.txt"));
    expect(await wordRanksFile(root, "fr")).toBeUndefined();
    expect(await wordRanksFile(path.join(root, "nowhere"), "sr")).toBeUndefined();
  });

  it("ranks the words by line, and gives a traditional Chinese form its simplified form's rank", async () => {
    const file = path.join(root, "zh.txt");
    writeFileSync(file, "的\n战争\n伙伴\n");
    const cedict = "戰爭 战争 [zhan4 zheng1] /war/\n夥伴 伙伴 [huo3 ban4] /partner/\n總統 总统 [zong3 tong3] /president/\n";
    const ranks = await readWordRanks(file, async () => cedict);
    expect(Object.fromEntries(ranks)).toEqual({ 的: 0, 战争: 1, 伙伴: 2, 戰爭: 1, 夥伴: 2 });
  });

  it("names the file it cannot read", async () => {
    const error = await readWordRanks(path.join(root, "missing.txt")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LEXICON_MISSING", at: { file: path.join(root, "missing.txt") } });
  });
});
