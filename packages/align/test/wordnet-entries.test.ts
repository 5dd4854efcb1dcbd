import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createLexicalScorer, createLexicon, parseOmwTab, parseWordnetData, wordnetEntries } from "@tandem/align";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/wordnet");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const english = new Map([...parseWordnetData(read("en/data.noun")), ...parseWordnetData(read("en/data.verb")), ...parseWordnetData(read("en/data.adj"))]);
const thai = parseOmwTab(read("wn-data-tha.tab"));

describe("parseWordnetData", () => {
  it("reads each synset's words, with spaces, keyed offset-pos, satellites as adjectives, licence lines skipped", () => {
    expect(english.get("08168978-n")).toEqual(["state", "nation", "country", "land", "commonwealth", "res publica", "body politic"]);
    expect(english.get("02612762-v")).toEqual(["attend", "go to"]);
    expect(english.get("00005107-a")).toEqual(["full-length", "uncut"]);
    expect(english.size).toBe(10);
  });
});

describe("parseOmwTab", () => {
  it("reads the lemma lines of an Open Multilingual Wordnet file, not its comments", () => {
    expect(thai.length).toBe(19);
    expect(thai[0]).toEqual(["03203806-n", "สถานทูต"]);
  });
});

describe("wordnetEntries", () => {
  const entries = wordnetEntries(thai, english, 3);
  it("gives a word the first English words of each of its synsets, and skips synsets English lacks", () => {
    expect(entries.get("ประเทศ")).toEqual(["country", "state", "land", "nation"]);
    expect(entries.get("สถานทูต")).toEqual(["diplomatic building", "embassy"]);
    expect(entries.get("เข้าร่วม")).toEqual(["attend", "go to"]);
    expect(entries.has("ร่วมกิจกรรม")).toBe(false);
  });

  it("lets a Thai sentence of a real page meet its English translation, which it does not without the lexicon", async () => {
    const lexicon = createLexicon({ sourceLang: "th", targetLang: "en", dictionaries: [{ from: "th", to: "en", entries }] });
    // The first sentence and the date line of loy-krathong-prague-th-en (pages-langs-dev), as the pages write them.
    const source = ["สถานเอกอัครราชทูต ณ กรุงปราก เข้าร่วมกิจกรรมการลอยกระทงของสมาคม Czech - Thai Society", "22/11/2561"];
    const target = ["The Royal Thai Embassy participated in the Loy Krathong activity organised by the Czech - Thai Society", "22 November 2018"];
    const coverage = async (withLexicon: boolean) => {
      const scorer = createLexicalScorer({ sourceLang: "th", targetLang: "en", ...(withLexicon ? { lexicon } : {}) });
      const prepared = await scorer.prepare(source, target, { maxBead: 2 });
      return prepared.signals(0, 1, 0, 1).sourceCoverage!;
    };
    expect(await coverage(true)).toBeGreaterThan(await coverage(false));
  });
});
