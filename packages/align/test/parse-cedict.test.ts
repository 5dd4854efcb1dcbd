import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cedictTraditionalForms, createLexicalScorer, createLexicon, parseCedict, splitHanRun } from "@tandem/align";
import { thrown } from "./thrown.js";

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align/cedict-tiny/cedict_ts.u8");
const entries = parseCedict(readFileSync(file, "utf8"), file);

describe("parseCedict", () => {
  it("reads glosses as translations, both scripts as headwords, without references, classifiers or explanations", () => {
    expect(entries.get("总统")).toEqual(["president"]);
    expect(entries.get("總統")).toEqual(["president"]);
    expect(entries.get("习近平")).toEqual(["xi jinping", "prc politician"]);
    expect(entries.get("举行")).toEqual(["hold"]);
    expect(entries.get("山")).toEqual(["mountain", "hill"]);
    expect(entries.get("说")).toEqual(["speak", "say"]);
  });

  it("names file and line of a line that is no CC-CEDICT entry", () => {
    const error = thrown(() => parseCedict("# header\n總統 总统 president\n", "bad.u8"));
    expect([error.code, error.at]).toEqual(["LEXICON_BAD_LINE", { file: "bad.u8", line: 2 }]);
  });
});

describe("cedictTraditionalForms", () => {
  it("maps each traditional form that differs to its simplified one, and skips what is no entry", () => {
    const forms = cedictTraditionalForms("# CC-CEDICT\n總統 总统 [zong3 tong3] /president/\n山 山 [shan1] /mountain/\n戰爭 战争 [zhan4 zheng1] /war/\n");
    expect(Object.fromEntries(forms)).toEqual({ 總統: "总统", 戰爭: "战争" });
  });
});

describe("splitHanRun", () => {
  const words = new Set(entries.keys());
  it("cuts a Chinese run into the longest headwords from the left, unknown characters alone", () => {
    expect(splitHanRun("国家主席习近平同巴西总统举行会谈", words, 3)).toEqual(["国", "家", "主", "席", "习近平", "同", "巴西", "总统", "举行", "会谈"]);
    expect(splitHanRun("高山妈妈", words, 3)).toEqual(["高山", "妈妈"]);
  });

  it("leaves other tokens whole", () => {
    expect(splitHanRun("matterhorn", words, 3)).toEqual(["matterhorn"]);
  });
});

describe("the lexical scorer with CC-CEDICT for en–zh", () => {
  it("matches English words to the words of an unspaced Chinese sentence", async () => {
    const lexicon = createLexicon({ sourceLang: "en", targetLang: "zh", dictionaries: [{ from: "zh", to: "en", entries }] });
    const scorer = createLexicalScorer({ sourceLang: "en", targetLang: "zh", lexicon });
    const prepared = await scorer.prepare(
      ["President Xi Jinping held talks with the president of Brazil.", "My mother climbed a high mountain."],
      ["国家主席习近平同巴西总统举行会谈。", "我妈妈登上了一座高山。"],
      { maxBead: 4 },
    );
    expect(prepared.signals(0, 1, 0, 1).targetCoverage).toBeGreaterThan(0.3);
    expect(prepared.signals(1, 2, 1, 2).targetCoverage).toBeGreaterThan(0.1);
    expect(prepared.signals(0, 1, 1, 2).targetCoverage).toBe(0);
    expect(prepared.similarity(0, 1, 0, 1)).toBeGreaterThan(prepared.similarity(0, 1, 1, 2));
  });
});
