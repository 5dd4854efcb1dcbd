import { beforeAll, describe, expect, it } from "vitest";
import {
  alignSentences,
  createHybridScorer,
  createLexicalScorer,
  createNeuralScorer,
  HYBRID_NEURAL_WEIGHT,
  loadEmbeddingModel,
  type EmbeddingModel,
  type PreparedScorer,
} from "@tandem/align";
import { countCalls, tinyModelDir } from "./tiny-model.js";

const nl = [
  "De minister opende de conferentie in Hanoi.",
  "Het regende hard in de hoofdstad.",
  "De kinderen gingen naar school.",
  "De prijzen in de economie stegen.",
];
const en = [
  "The minister opened the conference in Hanoi.",
  "Heavy rain fell in the capital.",
  "The children went to school.",
  "Prices in the economy rose.",
];

describe("createNeuralScorer", () => {
  let model: EmbeddingModel;
  let prepared: PreparedScorer;
  beforeAll(async () => {
    model = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    prepared = await createNeuralScorer({ model }).prepare(nl, en, { maxBead: 2 });
  });

  it("is named neural and scores translations above every other pairing", () => {
    expect(createNeuralScorer({ model }).name).toBe("neural");
    for (let i = 0; i < nl.length; i++) {
      for (let j = 0; j < en.length; j++) {
        if (i !== j) expect(prepared.similarity(i, i + 1, i, i + 1)).toBeGreaterThan(prepared.similarity(i, i + 1, j, j + 1));
      }
    }
  });

  it("keeps similarity in [0, 1] and reports the raw cosine beside it", () => {
    for (let i = 0; i < nl.length; i++) {
      for (let j = 0; j < en.length; j++) {
        const signals = prepared.signals(i, i + 1, j, j + 1);
        expect(Object.keys(signals).sort()).toEqual(["cosine", "neural"]);
        expect(signals.neural).toBe(prepared.similarity(i, i + 1, j, j + 1));
        expect(signals.neural).toBeGreaterThanOrEqual(0);
        expect(signals.neural).toBeLessThanOrEqual(1);
      }
    }
    // Normalising by the distance to other sentences widens each translation's lead over
    // the best wrong pairing (the tiny model's raw cosines of unrelated sentences are ~0.5).
    for (let i = 0; i < nl.length; i++) {
      const row = en.map((_, j) => prepared.signals(i, i + 1, j, j + 1));
      const others = row.filter((_, j) => j !== i);
      const rawLead = row[i]!.cosine! - Math.max(...others.map((s) => s.cosine!));
      const lead = row[i]!.neural! - Math.max(...others.map((s) => s.neural!));
      expect(lead).toBeGreaterThan(rawLead);
    }
    expect(prepared.similarity(0, 1, 2, 3)).toBe(0);
  });

  it("gives an empty span similarity 0", () => {
    expect(prepared.similarity(0, 0, 0, 1)).toBe(0);
  });

  it("embeds each sentence once; concatenations only near the path, every span with spans: all", async () => {
    const counted = countCalls(model);
    const near = await createNeuralScorer({ model: counted }).prepare(nl, en, { maxBead: 3 });
    // Preparing embeds the sentences alone; spans are sums of their vectors.
    expect(counted.texts).toBe(8);
    expect(near.firstPass).toBeDefined();
    // A diagonal path of 1-1 beads has no multi-sentence bead to refine.
    expect(await near.refine!([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]])).toBe(false);
    // A 2-1 bead gets its two sentences embedded together, and its neighbours ([0, 3), [1, 3)…).
    expect(await near.refine!([[0, 0], [2, 1], [3, 2], [4, 4]])).toBe(true);
    expect(counted.texts).toBeGreaterThan(8);
    expect(counted.texts).toBeLessThanOrEqual(8 + 5);
    const all = countCalls(model);
    await createNeuralScorer({ model: all, spans: "all" }).prepare(nl, en, { maxBead: 3 });
    expect(all.texts).toBe(2 * (4 + 3 + 2));
    const summed = countCalls(model);
    const p = await createNeuralScorer({ model: summed, spans: "sum" }).prepare(nl, en, { maxBead: 3 });
    expect(summed.texts).toBe(8);
    expect(await p.refine!([[0, 0], [2, 1], [3, 2], [4, 4]])).toBe(false);
    expect(p.similarity(0, 2, 0, 2)).toBeGreaterThan(p.similarity(0, 2, 2, 4));
  });

  it("scores a span by its normalised sum until its concatenation is embedded", async () => {
    const near = await createNeuralScorer({ model }).prepare(nl, en, { maxBead: 2 });
    const all = await createNeuralScorer({ model, spans: "all" }).prepare(nl, en, { maxBead: 2 });
    const [a, b] = await model.embed([nl[0]!, nl[1]!]);
    const [e] = await model.embed([en[0]!]);
    const sum = a!.map((value, d) => value + b![d]!);
    const length = Math.sqrt(sum.reduce((total, value) => total + value * value, 0));
    const expected = sum.reduce((total, value, d) => total + (value / length) * e![d]!, 0);
    expect(near.signals(0, 2, 0, 1).cosine).toBeCloseTo(expected, 5);
    const [joined] = await model.embed([`${nl[0]} ${nl[1]}`]);
    const concatenated = joined!.reduce((total, value, d) => total + value * e![d]!, 0);
    expect(all.signals(0, 2, 0, 1).cosine).toBeCloseTo(concatenated, 5);
    await near.refine!([[0, 0], [2, 1], [3, 2], [4, 3], [4, 4]]);
    expect(near.signals(0, 2, 0, 1).cosine).toBeCloseTo(concatenated, 5);
    // The first pass keeps to sums.
    expect(near.firstPass!.signals(0, 2, 0, 1).cosine).toBeCloseTo(expected, 5);
  });

  it("says what went through the encoder: texts, tokens, cached texts, seconds", async () => {
    const cached = createNeuralScorer({ model: await loadEmbeddingModel({ model: tinyModelDir, offline: true }) });
    await cached.prepare(nl, en, { maxBead: 2 });
    const summary = cached.encoder();
    expect(summary).toMatchObject({ model: tinyModelDir, dtype: "fp32", texts: 8, cachedTexts: 0, sessionLoaded: true });
    // Each sentence's tokens plus [CLS] and [SEP]: at least 3 a sentence, fewer than the padded count.
    expect(summary.tokens).toBeGreaterThanOrEqual(8 * 3);
    expect(summary.paddedTokens).toBeGreaterThanOrEqual(summary.tokens);
    expect(summary.seconds).toBeGreaterThan(0);
  });

  it("loads a model given as a function once, at the first prepare", async () => {
    let loads = 0;
    const scorer = createNeuralScorer({ model: async () => (loads++, model) });
    expect(loads).toBe(0);
    await scorer.prepare(nl, en, { maxBead: 1 });
    await scorer.prepare(nl, en, { maxBead: 1 });
    expect(loads).toBe(1);
  });

  it("aligns a four-sentence document pair on the diagonal with alignSentences", async () => {
    const { beads } = await alignSentences(nl, en, { scorer: createNeuralScorer({ model }), maxBead: 2 });
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });
});

describe("span modes where the spans are unambiguous", () => {
  // Sentences of the tiny model's words: one 1-2 bead, one deletion, one 2-1 bead.
  const source = [
    "De minister opende de conferentie in Hanoi.",
    "Regen en water in de hoofdstad en de stad.",
    "De kinderen gingen naar school.",
    "De politie in het ziekenhuis.",
    "De prijzen in de economie stegen.",
    "De voetbal wedstrijd in juli.",
    "De regering hield een vergadering.",
    "De maatregelen van de regering.",
    "Het succes van de diplomatie.",
  ];
  const target = [
    "The minister opened the conference in Hanoi.",
    "Rain in the capital.",
    "Water in the city.",
    "The children went to school.",
    "Prices in the economy rose.",
    "The football match in July.",
    "The government held a meeting and the measures of the government.",
    "The success of diplomacy.",
  ];
  const expected = [
    [[0], [0]],
    [[1], [1, 2]],
    [[2], [3]],
    [[3], []],
    [[4], [4]],
    [[5], [5]],
    [[6, 7], [6]],
    [[8], [7]],
  ];

  it("concatenations near the path give the beads of embedding every span, with a fraction of the texts", async () => {
    const model = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    const beadsOf = async (spans: "all" | "near-path" | "sum") => {
      const counted = countCalls(model);
      // The aligner's lexical prices (merges cheap): where sums alone go wrong. The neural
      // scorer's own prices (merge 0.3) get this case right even with sums.
      const costs = { merge: 0.15, margin: 0 };
      const { beads } = await alignSentences(source, target, { scorer: createNeuralScorer({ model: counted, spans }), maxBead: 4, costs });
      return { beads: beads.map((bead) => [bead.source, bead.target]), texts: counted.texts };
    };
    const all = await beadsOf("all");
    const near = await beadsOf("near-path");
    expect(all.beads).toEqual(expected);
    expect(near.beads).toEqual(expected);
    expect(near.texts).toBeLessThan(all.texts / 2);
    // Sums alone merge the deleted sentence into its neighbour's bead: why concatenations are kept.
    expect((await beadsOf("sum")).beads).not.toEqual(expected);
  });
});

describe("createHybridScorer", () => {
  it("mixes the neural and lexical similarities by HYBRID_NEURAL_WEIGHT and reports both signal sets", async () => {
    const model = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    const neural = createNeuralScorer({ model });
    const lexical = createLexicalScorer({ sourceLang: "nl", targetLang: "en" });
    const hybrid = createHybridScorer(neural, lexical);
    expect(hybrid.name).toBe("hybrid");
    const [h, n, l] = await Promise.all([hybrid, neural, lexical].map((scorer) => scorer.prepare(nl, en, { maxBead: 2 })));
    for (const [i, j] of [[0, 0], [0, 1], [2, 2], [3, 1]] as const) {
      const expected = HYBRID_NEURAL_WEIGHT * n!.similarity(i, i + 1, j, j + 1) + (1 - HYBRID_NEURAL_WEIGHT) * l!.similarity(i, i + 1, j, j + 1);
      expect(h!.similarity(i, i + 1, j, j + 1)).toBeCloseTo(expected, 12);
      const signals = h!.signals(i, i + 1, j, j + 1);
      expect(signals).toMatchObject({ ...n!.signals(i, i + 1, j, j + 1), ...l!.signals(i, i + 1, j, j + 1), hybrid: h!.similarity(i, i + 1, j, j + 1) });
    }
    expect(h!.notes).toEqual([...(n!.notes ?? []), ...(l!.notes ?? [])]);
    // The banded search's first pass and the refinement near the path come with it.
    expect(h!.firstPass!.similarity(0, 1, 0, 1)).toBeCloseTo(
      HYBRID_NEURAL_WEIGHT * n!.firstPass!.similarity(0, 1, 0, 1) + (1 - HYBRID_NEURAL_WEIGHT) * l!.similarity(0, 1, 0, 1),
      12,
    );
    expect(h!.refine).toBeDefined();
  });

  it("blends the DP prices of its parts by the same weight: all lexical at 0, all neural at 1", async () => {
    const model = await loadEmbeddingModel({ model: tinyModelDir, offline: true });
    const neural = createNeuralScorer({ model, alignCosts: { deletion: 0.9, merge: 0.3 } });
    const lexical = createLexicalScorer({ sourceLang: "nl", targetLang: "en" });
    const l = await lexical.prepare(nl, en, { maxBead: 2 });
    const costsAt = async (weight: number) => (await createHybridScorer(neural, lexical, weight).prepare(nl, en, { maxBead: 2 })).alignCosts;
    // The lexical scorer names margin and debrisDeletion; the aligner's defaults stand in for what a part does not name.
    expect(await costsAt(0)).toEqual({ deletion: 0.6, merge: 0.15, ...l.alignCosts });
    expect(await costsAt(1)).toMatchObject({ deletion: 0.9, merge: 0.3 });
    expect((await costsAt(0.5))!.deletion).toBeCloseTo((0.9 + (l.alignCosts?.deletion ?? 0.6)) / 2, 12);
  });
});
