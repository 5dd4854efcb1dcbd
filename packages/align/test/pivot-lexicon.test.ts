import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createLexicon, createPivotLexicon, parseDictd } from "@tandem/align";

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align/dictd-pivot");
const dictd = (name: string) =>
  parseDictd(readFileSync(path.join(folder, `${name}.index`), "utf8"), readFileSync(path.join(folder, `${name}.dict`)), name);

describe("createPivotLexicon", () => {
  it("composes Spanish → English → French from two small dictd files", () => {
    const esEn = createLexicon({ sourceLang: "es", targetLang: "en", dictionaries: [{ from: "es", to: "en", entries: dictd("freedict-spa-eng") }] });
    const enFr = createLexicon({ sourceLang: "en", targetLang: "fr", dictionaries: [{ from: "en", to: "fr", entries: dictd("freedict-eng-fra") }] });
    const esFr = createPivotLexicon({ sourceLang: "es", targetLang: "fr", first: esEn, second: enFr });
    expect(Object.fromEntries(esFr.forward)).toEqual({ casa: ["maison"], "montaña": ["montagne"], perro: ["chien", "toutou"] });
    expect([esFr.sourceLang, esFr.targetLang, esFr.via]).toEqual(["es", "fr", "en"]);
  });

  it("reads a dictionary of the other direction backwards on either step", () => {
    // fr→en read backwards gives en→fr; en→es read backwards gives es→en.
    const frEn = new Map([["maison", ["house"]], ["chien", ["dog"]]]);
    const enEs = new Map([["house", ["casa"]], ["dog", ["perro"]]]);
    const esEn = createLexicon({ sourceLang: "es", targetLang: "en", dictionaries: [{ from: "en", to: "es", entries: enEs }] });
    const enFr = createLexicon({ sourceLang: "en", targetLang: "fr", dictionaries: [{ from: "fr", to: "en", entries: frEn }] });
    const esFr = createPivotLexicon({ sourceLang: "es", targetLang: "fr", first: esEn, second: enFr });
    expect(Object.fromEntries(esFr.forward)).toEqual({ casa: ["maison"], perro: ["chien"] });
  });

  it("keeps the commonest six of the target words one English phrase brings, when told how common they are", () => {
    // Seven Chinese words gloss "partner" first, listed in an order that is not one of use.
    const zhEn = new Map(["伴侣", "搭档", "股东", "合伙人", "合作方", "伙计", "伙伴"].map((word) => [word, ["partner"]]));
    const frEn = createLexicon({ sourceLang: "fr", targetLang: "en", dictionaries: [{ from: "fr", to: "en", entries: new Map([["partenaire", ["partner"]]]) }] });
    const enZh = createLexicon({ sourceLang: "en", targetLang: "zh", dictionaries: [{ from: "zh", to: "en", entries: zhEn }] });
    const plain = createPivotLexicon({ sourceLang: "fr", targetLang: "zh", first: frEn, second: enZh });
    expect(plain.forward.get("partenaire")).toEqual(["伴侣", "搭档", "股东", "合伙人", "合作方", "伙计"]);
    // wordfreq's order: 伙伴 is the commonest; words the list does not have come last.
    const targetCommonness = new Map(["伙伴", "股东", "伴侣", "搭档", "合伙人"].map((word, rank) => [word, rank]));
    const common = createPivotLexicon({ sourceLang: "fr", targetLang: "zh", first: frEn, second: enZh, targetCommonness });
    expect(common.forward.get("partenaire")).toEqual(["伙伴", "股东", "伴侣", "搭档", "合伙人", "合作方"]);
  });

  it("never lets commonness lift a later sense over an earlier one", () => {
    const enFr = createLexicon({ sourceLang: "en", targetLang: "fr", dictionaries: [{ from: "en", to: "fr", entries: new Map([["dog", ["chien", "toutou"]]]) }] });
    const esEn = createLexicon({ sourceLang: "es", targetLang: "en", dictionaries: [{ from: "es", to: "en", entries: new Map([["perro", ["dog"]]]) }] });
    const esFr = createPivotLexicon({ sourceLang: "es", targetLang: "fr", first: esEn, second: enFr, targetCommonness: new Map([["toutou", 0], ["chien", 9]]) });
    expect(esFr.forward.get("perro")).toEqual(["chien", "toutou"]);
  });
});
