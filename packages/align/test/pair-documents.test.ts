import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairDocuments } from "../src/pairing/pair-documents.js";
import { findDates } from "../src/pairing/pair-dates.js";
import { extractPairFeatures } from "../src/pairing/pair-features.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const seed = (name: string) => readFileSync(path.join(root, "seeds", name), "utf8");

describe("findDates", () => {
  it("gives one key to the same day written in four languages and three scripts", () => {
    const keys = ["Op 8 juli hielden", "on July 8, 2025", "Thời Đại08/07/2025", "2025年7月8日", "am 8. Juli"].map((text) =>
      findDates(text).map((date) => date.key),
    );
    expect(keys).toEqual([["07-08"], ["07-08"], ["07-08"], ["07-08"], ["07-08"]]);
  });

  it("keeps the year when one is written", () => {
    expect(findDates("Le matin du 25 avril 2025").map(({ key, year }) => ({ key, year }))).toEqual([{ key: "04-25", year: 2025 }]);
  });

  it("reads French month names after folding their accents", () => {
    expect(findDates("le 12 août 1973").map((date) => date.key)).toEqual(["08-12"]);
  });

  it("does not take an impossible month for a date", () => {
    expect(findDates("score 31/13/2020")).toEqual([]);
  });
});

describe("extractPairFeatures", () => {
  it("folds diacritics in names so both spellings share a key", () => {
    const a = extractPairFeatures("Voorzitter Phan Anh Sơn sprak.");
    const b = extractPairFeatures("President Phan Anh Son spoke.");
    expect(a.anchors.has("name:anh son")).toBe(true);
    expect(b.anchors.has("name:anh son")).toBe(true);
  });

  it("derives the acronym of a spelled-out organisation", () => {
    const features = extractPairFeatures("Een rapport van de Vietnam Union of Friendship Organizations werd besproken.");
    expect(features.anchors.get("acronym:vufo")).toBe("Vietnam Union of Friendship Organizations");
  });

  it("does not count a sentence-initial capital as a name", () => {
    const features = extractPairFeatures("Yesterday it rained. Tomorrow it will not.");
    expect([...features.anchors.keys()].filter((key) => key.startsWith("name:"))).toEqual([]);
  });

  it("reads thousands separators of either style as one number and drops digits below 10", () => {
    const a = extractPairFeatures("about 1,200 people and 3 cars");
    const b = extractPairFeatures("ongeveer 1.200 mensen en 3 auto's");
    expect([...a.anchors.keys()]).toEqual(["number:1200"]);
    expect([...b.anchors.keys()]).toEqual(["number:1200"]);
  });
});

describe("pairDocuments", () => {
  it("pairs the Dutch and English seed reports of one conference and leaves the other seeds single", async () => {
    const docs = [
      { id: "000", lang: "nl", text: seed("000_a2c988d880e43a81.txt") },
      { id: "001", lang: "en", text: seed("001_9c2bcb4f48ee580e.txt") },
      { id: "002", lang: "nl", text: seed("002_2813931674483232.txt") },
      { id: "003", lang: "fr", text: seed("003_08b0f0a572e2c364.txt") },
      { id: "004", lang: "zh", text: seed("004_d4922d260111db05.txt") },
    ];
    const result = await pairDocuments(docs);
    // English sorts before Dutch, so without a preferred source language en is the source.
    expect(result.pairs.map((pair) => [pair.source, pair.target])).toEqual([["001", "000"]]);
    expect(result.pairs[0]!.reasons.map((reason) => reason.target)).toContain("Phan Anh Son");
    expect(result.unpaired.map((document) => [document.id, document.reason])).toEqual([
      ["002", "below-threshold"],
      ["003", "below-threshold"],
      ["004", "below-threshold"],
    ]);
  });

  it("puts the preferred source language on the source side of every pair", async () => {
    const text = (name: string) => `Minister ${name} opende op 8 juli 2025 de brug in Zwolle (1.200 meter).`;
    const docs = [
      { id: "a", lang: "nl", text: text("Jan Peeters") },
      { id: "b", lang: "en", text: text("Jan Peeters") },
      { id: "c", lang: "en", text: text("Piet de Vries").replace("8 juli", "9 mei") },
      { id: "d", lang: "nl", text: text("Piet de Vries").replace("8 juli", "9 mei") },
    ];
    const byCode = await pairDocuments(docs);
    expect(byCode.pairs.map((pair) => `${pair.sourceLang}>${pair.targetLang}`)).toEqual(["en>nl", "en>nl"]);
    const preferred = await pairDocuments(docs, { sourceLang: "nl" });
    expect(preferred.pairs.map((pair) => [pair.source, pair.target])).toEqual([
      ["a", "b"],
      ["d", "c"],
    ]);
  });

  it("never pairs two documents in the same language, however alike", async () => {
    const text = seed("001_9c2bcb4f48ee580e.txt");
    const result = await pairDocuments([
      { id: "a", lang: "en", text },
      { id: "b", lang: "en", text },
    ]);
    expect(result.pairs).toEqual([]);
    // The second is a copy of the first: reported as its duplicate, not as a second single.
    expect(result.unpaired.map((document) => document.reason)).toEqual(["no-candidate"]);
    expect(result.duplicates).toEqual([{ id: "b", lang: "en", of: "a", similarity: 1 }]);
  });

  it("pairs each document at most once: a third near-copy stays single", async () => {
    const text = "Minister Jan Peeters opende op 8 juli 2025 de brug in Zwolle (1.200 meter).";
    const result = await pairDocuments([
      { id: "a", lang: "nl", text },
      { id: "b", lang: "en", text: "Minister Jan Peeters opened the bridge in Zwolle (1,200 metres) on July 8, 2025." },
      { id: "c", lang: "fr", text: "Le ministre Jan Peeters a inauguré le pont à Zwolle (1 200 mètres) le 8 juillet 2025." },
    ]);
    expect(result.pairs).toHaveLength(1);
    expect(result.unpaired).toHaveLength(1);
    expect(result.unpaired[0]!.reason).toBe("taken");
  });

  it("does not pair two texts that share only a year and a number, however little else they have", async () => {
    const result = await pairDocuments([
      { id: "a", lang: "nl", text: "De brug werd in 1954 gebouwd en is 20 meter hoog." },
      { id: "b", lang: "en", text: "The festival started in 1954 and lasts 20 days." },
    ]);
    expect(result.pairs).toEqual([]);
    expect(result.unpaired[0]!.best!.score).toBeLessThan(0.17);
  });

  it("uses an embedding hook when given one, as the neural signal", async () => {
    const result = await pairDocuments(
      [
        { id: "a", lang: "nl", text: "Er gebeurde iets." },
        { id: "b", lang: "en", text: "Something happened." },
      ],
      { embed: async () => [[1, 0], [1, 0]] },
    );
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]!.signals.neural).toBe(1);
  });

  it("raises the threshold to turn a pair into two singles", async () => {
    const docs = [
      { id: "000", lang: "nl", text: seed("000_a2c988d880e43a81.txt") },
      { id: "001", lang: "en", text: seed("001_9c2bcb4f48ee580e.txt") },
    ];
    const loose = await pairDocuments(docs);
    const strict = await pairDocuments(docs, { threshold: loose.pairs[0]!.score + 0.01 });
    expect(strict.pairs).toEqual([]);
    expect(strict.unpaired.map((document) => document.best?.score)).toEqual([loose.pairs[0]!.score, loose.pairs[0]!.score]);
  });
});

describe("pairDocuments properties", () => {
  const pieces = ["Jan Peeters", "Piz Buin", "VUFO", "8 juli", "July 8", "1.200", "2025", "Hanoi", "Zwolle", "de brug", "the bridge", "12 août 1973", "Ngo Le Van"];
  const documentArb = fc.record({
    lang: fc.constantFrom("nl", "en", "fr"),
    words: fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
  });

  it("puts every document in exactly one pair, in unpaired or among the duplicates, never pairs one language, respects the threshold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(documentArb, { maxLength: 9 }), fc.double({ min: 0, max: 1, noNaN: true }), async (specs, threshold) => {
        const docs = specs.map((spec, index) => ({ id: `d${index}`, lang: spec.lang, text: `Er was eens. ${spec.words.join(" en ")}.` }));
        const result = await pairDocuments(docs, { threshold });
        const seen = [
          ...result.pairs.flatMap((pair) => [pair.source, pair.target]),
          ...result.unpaired.map((single) => single.id),
          ...result.duplicates.map((duplicate) => duplicate.id),
        ];
        expect(seen.sort()).toEqual(docs.map((doc) => doc.id).sort());
        for (const pair of result.pairs) {
          expect(pair.sourceLang).not.toBe(pair.targetLang);
          expect(pair.score).toBeGreaterThanOrEqual(threshold);
          expect(pair.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("pairDocuments across one written language", () => {
  // From a US State Department readout (27 May 2020) and a wire report of it (pages-langs-dev,
  // pompeo-retno-call-id-en). The Malay-labelled page is the Indonesian one again, as eld labels it.
  const indonesian =
    "Menteri Luar Negeri Michael R. Pompeo berbicara melalui telepon dengan Menteri Luar Negeri Indonesia Retno Marsudi hari ini tentang keberlanjutan Kemitraan Strategis AS-Indonesia yang kuat serta upaya internasional untuk memerangi pandemi COVID-19. Menlu Pompeo dan Menlu Marsudi menyoroti pentingnya peningkatan kerja sama kesehatan dan ekonomi untuk membangun kembali ekonomi bersama. 27 Mei 2020";
  const english =
    "US Secretary of State Mike Pompeo spoke over the telephone with his Indonesian counterpart Retno Marsudi and emphasized bilateral economic and health cooperation as crucial to rebuilding their economies as they recover from the novel coronavirus crisis (COVID-19), a State Department readout said on 27 May 2020.";

  it("never pairs an Indonesian page with its Malay-detected copy, and pairs it with the English one", async () => {
    const result = await pairDocuments(
      [
        { id: "id.txt", lang: "id", text: indonesian },
        { id: "ms.txt", lang: "ms", text: indonesian },
        { id: "en.txt", lang: "en", text: english },
      ],
      { threshold: 0 },
    );
    expect(result.pairs.map((pair) => [pair.source, pair.target].sort())).toEqual([["en.txt", expect.stringMatching(/^(id|ms)\.txt$/)]]);
  });

  it("still pairs Ukrainian with Russian, which are translated into each other", async () => {
    const result = await pairDocuments(
      [
        { id: "uk.txt", lang: "uk", text: "Президент Володимир Путін провів 12 вересня телефонну розмову з Касим-Жомартом Токаєвим." },
        { id: "ru.txt", lang: "ru", text: "Президент Владимир Путин провёл 12 сентября телефонный разговор с Касым-Жомартом Токаевым." },
      ],
      { threshold: 0 },
    );
    expect(result.pairs.map((pair) => [pair.source, pair.target].sort())).toEqual([["ru.txt", "uk.txt"]]);
  });
});
