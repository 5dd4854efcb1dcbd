import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createLexicon, normalizeHeadword, parseDictd, parseLexiconTsv } from "@tandem/align";
import { thrown } from "./thrown.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align");
const tinyIndex = readFileSync(path.join(fixtures, "dictd-tiny/freedict-deu-fra.index"), "utf8");
const tinyDict = readFileSync(path.join(fixtures, "dictd-tiny/freedict-deu-fra.dict.dz"));


describe("parseDictd", () => {
  it("reads headwords and translations of the tiny fixture, skipping definitions and metadata", () => {
    const entries = parseDictd(tinyIndex, tinyDict, "tiny.index");
    expect(Object.fromEntries(entries)).toEqual({
      berg: ["montagne", "mont"],
      haus: ["maison", "demeure"],
      blijven: ["rester", "séjourner"],
      gipfel: ["sommet"],
    });
  });

  it("also reads an uncompressed .dict", () => {
    const plain = new Uint8Array(Buffer.from(readFileSync(path.join(fixtures, "dictd-tiny/freedict-deu-fra.dict.dz"))));
    expect(parseDictd(tinyIndex, gunzipSync(plain)).get("gipfel")).toEqual(["sommet"]);
  });

  it("names file and line of a malformed index line", () => {
    const error = thrown(() => parseDictd(`${tinyIndex}haus\tCK\n`, tinyDict, "bad.index"));
    expect([error.code, error.at]).toEqual(["DICTD_BAD", { file: "bad.index", line: 6 }]);
  });

  it("names file and line of an entry beyond the data", () => {
    const error = thrown(() => parseDictd("berg\tZZZ\tBU\n", tinyDict, "far.index"));
    expect([error.code, error.at]).toEqual(["DICTD_BAD", { file: "far.index", line: 1 }]);
  });

  it("reads the installed FreeDict nld-eng with the ĳ ligature normalised", () => {
    const base = "/usr/share/dictd/freedict-nld-eng";
    let index: string;
    try {
      index = readFileSync(`${base}.index`, "utf8");
    } catch {
      return; // dictionary not installed on this machine
    }
    const entries = parseDictd(index, readFileSync(`${base}.dict.dz`), base);
    expect(entries.size).toBeGreaterThan(20_000);
    expect([...entries.keys()].some((key) => key.includes("ĳ"))).toBe(false);
    expect(entries.get("huis")).toContain("house");
  });
});

describe("parseLexiconTsv", () => {
  it("reads pairs, merges repeated headwords, skips comments and blank lines", () => {
    const entries = parseLexiconTsv("# de\tfr\nBerg\tmontagne\nberg\tmont (m)\n\nHaus\tmaison\n");
    expect(Object.fromEntries(entries)).toEqual({ berg: ["montagne", "mont"], haus: ["maison"] });
  });

  it("names file and line of a bad line", () => {
    const text = readFileSync(path.join(fixtures, "lexicon-bad/lexicon.tsv"), "utf8");
    const error = thrown(() => parseLexiconTsv(text, "lexicon.tsv"));
    expect([error.code, error.at]).toEqual(["LEXICON_BAD_LINE", { file: "lexicon.tsv", line: 4 }]);
    expect(thrown(() => parseLexiconTsv("a\tb\tc\n", "x.tsv")).at).toEqual({ file: "x.tsv", line: 1 });
    expect(thrown(() => parseLexiconTsv("a\t \n", "y.tsv")).code).toBe("LEXICON_BAD_LINE");
  });
});

describe("createLexicon and normalizeHeadword", () => {
  it("normalises NFKC, case and parenthesised notes", () => {
    expect(normalizeHeadword("  Blĳven (staan) ")).toBe("blijven");
  });

  it("puts dictionaries of the reverse direction in backward and ignores other pairs", () => {
    const lexicon = createLexicon({
      sourceLang: "de",
      targetLang: "fr",
      dictionaries: [
        { from: "de", to: "fr", entries: new Map([["Berg", ["montagne"]]]) },
        { from: "fr", to: "de", entries: new Map([["sommet", ["Gipfel"]]]) },
        { from: "nl", to: "en", entries: new Map([["huis", ["house"]]]) },
      ],
    });
    expect(Object.fromEntries(lexicon.forward)).toEqual({ berg: ["montagne"] });
    expect(Object.fromEntries(lexicon.backward)).toEqual({ sommet: ["gipfel"] });
  });
});
