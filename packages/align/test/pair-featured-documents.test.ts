import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { segmentDocument } from "@tandem/segment";
import { pairDocuments } from "../src/pairing/pair-documents.js";
import { extractPairFeatures } from "../src/pairing/pair-features.js";
import { pairFeaturedDocuments } from "../src/pairing/pair-featured-documents.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const seeds = readdirSync(path.join(root, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => {
    const document = segmentDocument(readFileSync(path.join(root, "seeds", name), "utf8"));
    return { id: name, lang: document.lang, text: document.sentences.map((sentence) => sentence.text).join("\n") };
  });

it("pairs the seed articles exactly as pairDocuments does, from features alone", async () => {
  const expected = await pairDocuments(seeds);
  expect(expected.pairs.length).toBeGreaterThan(0);
  const featured = seeds.map((seed) => ({ id: seed.id, lang: seed.lang, features: extractPairFeatures(seed.text) }));
  expect(pairFeaturedDocuments(featured)).toEqual(expected);
});

it("gives the same result when an index supplies the candidates and the document counts", async () => {
  const featured = seeds.map((seed) => ({ id: seed.id, lang: seed.lang, features: extractPairFeatures(seed.text) }));
  const counts = new Map<string, number>();
  const holders = new Map<string, number[]>();
  featured.forEach((document, index) => {
    for (const key of document.features.anchors.keys()) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      holders.set(key, [...(holders.get(key) ?? []), index]);
    }
  });
  // Both orders and repeats, as a self-join over an anchor table gives them.
  const candidates: [number, number][] = [];
  for (const list of holders.values()) for (const a of list) for (const b of list) if (a !== b) candidates.push([b, a]);
  expect(pairFeaturedDocuments(featured, { documentCount: counts, candidates })).toEqual(await pairDocuments(seeds));
});

it("finds the same pairs when it skips candidates that cannot reach the threshold", async () => {
  const featured = seeds.map((seed) => ({ id: seed.id, lang: seed.lang, features: extractPairFeatures(seed.text) }));
  const all = pairFeaturedDocuments(featured);
  for (const threshold of [0.05, 0.17, 0.3]) {
    expect(pairFeaturedDocuments(featured, { threshold, skipHopeless: true }).pairs).toEqual(pairFeaturedDocuments(featured, { threshold }).pairs);
  }
  expect(all.pairs.length).toBeGreaterThan(0);
});

// Page pairs in other scripts (../shared/bench/pages-langs-dev): their names and numbers meet
// only through transliteration, so they score below the threshold and pair as mutual bests.
const langsDev = path.resolve(root, "../shared/bench/pages-langs-dev");
const crossScript = ["oli-modi-call-hi-en", "modi-prachanda-call-bn-en", "putin-tokayev-call-ru-en", "guterres-uae-israel-ar-en"].flatMap((pair) =>
  ["src", "tgt"].map((side) => {
    const document = segmentDocument(readFileSync(path.join(langsDev, pair, `${side}.txt`), "utf8"));
    return { id: `${pair}/${side}`, lang: document.lang, text: document.sentences.map((sentence) => sentence.text).join("\n") };
  }),
);

it("pairs documents in two scripts below the threshold as mutual bests, and only them, as pairDocuments does", async () => {
  const documents = [...seeds, ...crossScript];
  const expected = await pairDocuments(documents);
  const found = expected.pairs.map((pair) => [pair.source.split("/")[0], pair.target.split("/")[0], pair.score < 0.17 ? "below" : "above"]);
  // The Bengali and Russian pages pair below the threshold, with their own counterparts; the
  // Hindi pair scores under the floor (0.048) and stays single, as do the seeds' same-script
  // Dutch and French reports on Vietnamese diplomacy (0.071: no second chance in one script).
  expect(found.sort()).toEqual([
    ["001_9c2bcb4f48ee580e.txt", "000_a2c988d880e43a81.txt", "above"],
    ["guterres-uae-israel-ar-en", "guterres-uae-israel-ar-en", "above"],
    ["modi-prachanda-call-bn-en", "modi-prachanda-call-bn-en", "below"],
    ["putin-tokayev-call-ru-en", "putin-tokayev-call-ru-en", "below"],
  ]);
  // Without the second chance they stay single.
  expect((await pairDocuments(documents, { mutual: false })).pairs.filter((pair) => pair.score < 0.17)).toEqual([]);
  // The same from features alone, also when hopeless candidates are skipped.
  const featured = documents.map((document) => ({ id: document.id, lang: document.lang, features: extractPairFeatures(document.text) }));
  expect(pairFeaturedDocuments(featured)).toEqual(expected);
  expect(pairFeaturedDocuments(featured, { skipHopeless: true }).pairs).toEqual(expected.pairs);
});
