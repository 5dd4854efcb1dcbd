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
});
