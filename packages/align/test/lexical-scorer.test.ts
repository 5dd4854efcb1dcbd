import { describe, expect, it } from "vitest";
import { createLengthScorer, createLexicalScorer, createLexicon, lengthProbability, tokenizeForMatching } from "@tandem/align";
import { foldDiacritics } from "@tandem/segment";

const lexicon = createLexicon({
  sourceLang: "de",
  targetLang: "fr",
  dictionaries: [
    { from: "de", to: "fr", entries: new Map([["Berg", ["montagne"]], ["hoch", ["haut"]], ["Wand", ["paroi", "face"]]]) },
    { from: "fr", to: "de", entries: new Map([["glacier", ["Gletscher"]]]) },
  ],
});

// Knows every word of the sentences below, as a full dictionary would: finding no shared word
// then means the sentences are unrelated (a thin one would make the scorer let length lead).
const fullLexicon = createLexicon({
  sourceLang: "de",
  targetLang: "fr",
  dictionaries: [
    {
      from: "de",
      to: "fr",
      entries: new Map([
        ["der", ["le", "la"]], ["Berg", ["montagne"]], ["ist", ["est"]], ["hoch", ["haut", "haute"]], ["im", ["au", "dans"]],
        ["Tal", ["vallée"]], ["regnet", ["pleut"]], ["es", ["il"]], ["Dorf", ["village"]],
      ]),
    },
  ],
});

async function fullSimilarity(source: string[], target: string[]) {
  return createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon: fullLexicon }).prepare(source, target, { maxBead: 4 });
}

async function similarity(source: string[], target: string[], withLexicon = true) {
  const scorer = createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon: withLexicon ? lexicon : undefined });
  return scorer.prepare(source, target, { maxBead: 4 });
}

describe("tokenizeForMatching and foldDiacritics", () => {
  it("folds diacritics and ligatures, lowercases, keeps numbers whole", () => {
    expect(foldDiacritics("coördinatie Sơn Straße")).toBe("coordinatie Son Strasse");
    expect(tokenizeForMatching("Die ca. 600 m hohe Nordostwand , 4.45 Uhr ; l' aube")).toEqual([
      "die", "ca", "600", "m", "hohe", "nordostwand", "445", "uhr", "l", "aube",
    ]);
  });
});

describe("lengthProbability", () => {
  it("is 1 for equal lengths and falls as the ratio departs from c", () => {
    expect(lengthProbability(100, 100)).toBeCloseTo(1, 6);
    expect(lengthProbability(100, 80)).toBeGreaterThan(lengthProbability(100, 50));
    expect(lengthProbability(100, 30)).toBeLessThan(0.01);
    expect(lengthProbability(100, 120, 1.2)).toBeCloseTo(1, 6);
  });
});

describe("createLexicalScorer", () => {
  it("scores a translation above an unrelated sentence of the same length", async () => {
    const prepared = await fullSimilarity(
      ["Der Berg ist hoch .", "Im Tal regnet es ."],
      ["La montagne est haute .", "Il pleut au village ."],
    );
    const right = prepared.similarity(0, 1, 0, 1);
    const wrong = prepared.similarity(0, 1, 1, 2);
    expect(right).toBeGreaterThan(0.5);
    expect(wrong).toBeLessThan(right / 2);
  });

  it("uses the lexicon in both directions, inflected forms and compound heads", async () => {
    const prepared = await similarity(["Gletscher Berge Nordwand"], ["glacier montagnes paroi"]);
    expect(prepared.signals(0, 1, 0, 1)).toMatchObject({ sourceCoverage: 1, targetCoverage: 1 });
  });

  it("finds a compound on the target side by its head and its modifier (German, Dutch …), not in other languages", async () => {
    const frDe = createLexicon({
      sourceLang: "fr",
      targetLang: "de",
      dictionaries: [{ from: "fr", to: "de", entries: new Map([["chancelier", ["Kanzler"]], ["élection", ["Wahl"]], ["paroi", ["Wand"]], ["peuple", ["Volk"]], ["vote", ["Abstimmung"]]]) }],
    });
    const signals = async (targetLang: string) =>
      (await createLexicalScorer({ sourceLang: "fr", targetLang, lexicon: frDe }).prepare(["chancelier élection paroi peuple vote"], ["Bundeskanzler Präsidentenwahl Nordwand Volksabstimmung"], { maxBead: 4 })).signals(0, 1, 0, 1);
    // Bundes|kanzler, Präsidenten|wahl and Nord|wand by their heads, Volks|abstimmung by its modifier.
    expect(await signals("de")).toMatchObject({ sourceCoverage: 1, targetCoverage: 1 });
    // French writes no such compounds: the same words, read as French, find nothing.
    expect((await signals("fr")).targetCoverage).toBe(0);
  });

  it("matches names, numbers and cognates without a lexicon, and says it has none", async () => {
    const prepared = await similarity(["coördinatie Matterhorn 1865"], ["coordination Matterhorn 1865"], false);
    expect(prepared.notes).toEqual(["no lexicon for de-fr: orthographic + numbers + length only"]);
    expect(prepared.signals(0, 1, 0, 1)).toMatchObject({ sourceCoverage: 1, targetCoverage: 1, numbers: 1 });
  });

  it("reports disagreeing numbers", async () => {
    const prepared = await similarity(["1865 und 1866"], ["1865 et 1867"], false);
    expect(prepared.signals(0, 1, 0, 1).numbers).toBeCloseTo(1 / 3, 6);
  });

  it("prefers the right merge: a 1-2 over the 1-1 with half the translation", async () => {
    const prepared = await similarity(["Der Berg ist hoch , der Gletscher ist lang ."], ["La montagne est haute .", "Le glacier est long ."]);
    expect(prepared.similarity(0, 1, 0, 2)).toBeGreaterThan(prepared.similarity(0, 1, 0, 1));
  });

  it("gives 0 to spans that share no word when the lexicon knows their words", async () => {
    const prepared = await fullSimilarity(["Der Berg ist hoch .", "Im Tal regnet es ."], ["Il pleut au village .", "La montagne est haute ."]);
    expect(prepared.notes).toEqual([]);
    expect(prepared.similarity(0, 1, 0, 1)).toBe(0);
  });

  it("leans on length, names and numbers when a pair has no lexicon and little in common, and says so once", async () => {
    const scorer = createLexicalScorer({ sourceLang: "en", targetLang: "zh" });
    const prepared = await scorer.prepare(
      [
        "In the beginning God created the heaven and the earth.",
        "And God said, Let there be light: and there was light.",
        "In 1865 Whymper climbed the Matterhorn with six companions and a long rope.",
      ],
      ["起初神创造天地。", "神说：要有光，就有了光。", "1865年，Whymper与六名同伴用一条长绳登上了Matterhorn。"],
      { maxBead: 4 },
    );
    expect(prepared.notes).toEqual([
      "no lexicon for en-zh: orthographic + numbers + length only",
      "little lexical evidence for en-zh: length leads, names/numbers/cognates adjust",
    ]);
    // No shared word and nothing that could be shared: judged by length (and punctuation), not 0.
    expect(prepared.similarity(1, 2, 1, 2)).toBeGreaterThan(0.5);
    expect(prepared.similarity(0, 1, 0, 1)).toBeGreaterThan(0.3);
    // Shared year and names lift the right pair above the same sentence against a wrong one…
    expect(prepared.similarity(2, 3, 2, 3)).toBeGreaterThan(prepared.similarity(2, 3, 1, 2) + 0.2);
    // …and a sentence whose names find no counterpart in the span scores below its length alone.
    expect(prepared.similarity(2, 3, 1, 2)).toBeLessThan(prepared.signals(2, 3, 1, 2).length!);
  });
});

describe("createLexicalScorer with little evidence: both sides explained", () => {
  it("gives a bead whose one name explains only its short side less than half the evidence (weakAnchorHarmonic)", async () => {
    const prepare = (weakAnchorHarmonic: boolean) =>
      createLexicalScorer({ sourceLang: "en", targetLang: "zh", settings: { weakAnchorHarmonic } }).prepare(
        [
          "Whymper met Taugwalder, Croz and Hadow in Zermatt on 13 July 1865.",
          "Next morning Whymper walked up the long valley towards the mountain with his rope.",
        ],
        ["1865年7月13日，Whymper在Zermatt与Taugwalder、Croz和Hadow会面。", "第二天早上，Whymper带着绳子走上了通往山的漫长山谷。"],
        { maxBead: 4 },
      );
    const [harmonic, average] = [await prepare(true), await prepare(false)];
    // The second English sentence against the first Chinese one: its only name is matched,
    // but four of the Chinese sentence's names and numbers are not, and the lengths agree.
    expect(harmonic.signals(1, 2, 0, 1).length).toBeGreaterThan(harmonic.signals(1, 2, 1, 2).length! + 0.3);
    expect(harmonic.similarity(1, 2, 0, 1)).toBeLessThan(average.similarity(1, 2, 0, 1) - 0.15);
    // A bead that explains both sides keeps its score, and stays ahead.
    expect(harmonic.similarity(1, 2, 1, 2)).toBeCloseTo(average.similarity(1, 2, 1, 2), 9);
    expect(harmonic.similarity(1, 2, 1, 2)).toBeGreaterThan(harmonic.similarity(1, 2, 0, 1) + 0.3);
  });
});

describe("createLexicalScorer with little evidence: punctuation", () => {
  it("prefers the target whose clause punctuation agrees, at equal lengths", async () => {
    const scorer = createLexicalScorer({ sourceLang: "en", targetLang: "zh" });
    const prepared = await scorer.prepare(
      ["And God said, Let there be light: and there was light.", "And the evening and the morning were the first day."],
      ["甲乙丙，丁戊己，庚辛。", "甲乙丙丁戊己庚辛壬癸。"],
      { maxBead: 4 },
    );
    // Same length on the target side; only the pause counts (2 vs 2, 2 vs 0) differ.
    expect(prepared.signals(0, 1, 0, 1).length).toBeCloseTo(prepared.signals(0, 1, 1, 2).length!, 9);
    expect(prepared.similarity(0, 1, 0, 1)).toBeGreaterThan(prepared.similarity(0, 1, 1, 2) + 0.05);
  });
});

describe("createLengthScorer", () => {
  it("is the length probability with the document's length ratio", async () => {
    const prepared = await createLengthScorer().prepare(["aaaa", "bbbbbbbb"], ["cccccccc", "dddddddddddddddd"], { maxBead: 4 });
    expect(prepared.similarity(0, 1, 0, 1)).toBeCloseTo(1, 6);
    expect(prepared.similarity(0, 1, 0, 2)).toBeLessThan(0.5);
    expect(prepared.signals(0, 1, 0, 1)).toEqual({ length: prepared.similarity(0, 1, 0, 1) });
  });
});

describe("words of a language that writes prefixes (Indonesian)", () => {
  // The dictionary lists roots, as FreeDict's does; the sentences inflect them with prefixes.
  const idLexicon = createLexicon({
    sourceLang: "id",
    targetLang: "en",
    dictionaries: [
      {
        from: "en",
        to: "id",
        entries: new Map([
          ["build", ["bangun"]], ["war", ["perang"]], ["highlight", ["sorot"]], ["economy", ["ekonomi"]], ["bread", ["roti"]],
          ["disguise", ["menyamar"]], ["deliver", ["sampai"]], ["message", ["pesan"]], ["help", ["membantu"]],
        ]),
      },
    ],
  });
  const coverage = async (sourceLang: string, targetLang: string, source: string[], target: string[]) => {
    const scorer = createLexicalScorer({ sourceLang, targetLang, lexicon: idLexicon });
    const prepared = await scorer.prepare(source, target, { maxBead: 4 });
    return source.map((_, i) => target.map((_, j) => prepared.signals(i, i + 1, j, j + 1).sourceCoverage ?? 0));
  };

  it("finds a prefixed word by its root, both as the source and as the target language", async () => {
    const indonesian = ["Mereka membangun ekonomi dan memerangi korupsi.", "Dia menyampaikan pesan."];
    const english = ["They build the economy and war on corruption.", "She delivered a message."];
    const [idEn, enId] = [await coverage("id", "en", indonesian, english), await coverage("en", "id", english, indonesian)];
    // membangun → bangun (build), memerangi → perang (war), menyampaikan → sampai (deliver).
    // (Without roots: 0.167 and 0.333 of the two sentences, 0.125 and 0.313 the other way.)
    expect(idEn[0]![0]!).toBeGreaterThanOrEqual(0.5);
    expect(idEn[1]![1]!).toBeGreaterThan(0.6);
    expect(enId[0]![0]!).toBeGreaterThan(0.35);
    expect(enId[1]![1]!).toBeGreaterThan(0.6);
    expect(Math.max(idEn[0]![1]!, idEn[1]![0]!, enId[0]![1]!, enId[1]![0]!)).toBe(0);
  });

  it("does not read the end of a prefixed word as a word, nor its first letters as another's", async () => {
    // "menyoroti" (highlights) ends in "roti" (bread); "menyampaikan" (delivers) starts like
    // "menyamar" (disguise), and "membangun" like "membantu" (help).
    const [[found]] = await coverage("id", "en", ["Menyoroti menyampaikan membangun."], ["Bread disguise help."]);
    expect(found).toBe(0);
  });
});

describe("Turkish words with their case and possessive endings", () => {
  it("are found by their Snowball root when not a headword as written", async () => {
    const lexicon = createLexicon({
      sourceLang: "tr",
      targetLang: "en",
      dictionaries: [{ from: "tr", to: "en", entries: new Map([["gıda", ["food"]], ["fiyat", ["price"]], ["ülke", ["country"]], ["ihracat", ["export"]]]) }],
    });
    const scorer = createLexicalScorer({ sourceLang: "tr", targetLang: "en", lexicon });
    // fiyatları (its prices), ülkenin (the country's), ihracatı (its exports): six letters of
    // each hold an ending, and none is a headword as written.
    const prepared = await scorer.prepare(["Gıda fiyatları", "Ülkenin ihracatı"], ["Food price index", "The country's exports"], { maxBead: 4 });
    expect(prepared.signals(0, 1, 0, 1).sourceCoverage).toBe(1);
    expect(prepared.signals(1, 2, 1, 2).sourceCoverage).toBe(1);
    expect(prepared.signals(0, 1, 1, 2).sourceCoverage).toBe(0);
  });
});

