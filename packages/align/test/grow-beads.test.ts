import { describe, expect, it } from "vitest";
import { beadFeatures, createLexicalScorer, proposeBeads } from "@tandem/align";
import { growBeads } from "../src/comparable/grow-beads.js";

// Commission press release IP/09/…, Dutch and German (../shared/bench/pages-dev/eu-state-aid-nl-de,
// a dev pair): the German renders the second Dutch sentence as two (gold s06 ↔ t06,t07).
const dutch = [
  "De maatregel voldoet aan de voorwaarden van de tijdelijke kaderregeling van de Commissie die de lidstaten extra mogelijkheden biedt om de toegang tot financiering in de huidige economische en financiële crisis te stimuleren (zie IP/08/1993).",
  "Zo zijn de duur en het bereik van de maatregel beperkt en geldt hij enkel voor ondernemingen die op 1 juli 2008 niet in moeilijkheden verkeerden.",
  "De maatregel is daarom verenigbaar met artikel 87, lid 3, onder b), van het EG-Verdrag, waarin wordt bepaald dat steun om een ernstige verstoring in de economie van een lidstaat op te heffen, geoorloofd is.",
];
const german = [
  "Die Maßnahme entspricht den Vorgaben des Vorübergehenden Beihilferahmens der Kommission, der den Mitgliedstaaten zusätzlichen Spielraum bietet, um den Unternehmen in der gegenwärtigen Finanz- und Wirtschaftskrise den Zugang zu Finanzierungsmitteln zu erleichtern (siehe IP/08/1993).",
  "Sie ist befristet und hat einen genau abgegrenzten Anwendungsbereich.",
  "Ferner dürfen die Beihilfen nur an Unternehmen vergeben werden, die sich am 1. Juli 2008 noch nicht in Schwierigkeiten befanden.",
  "Daher ist die Maßnahme mit Artikel 87 Absatz 3 Buchstabe b EG-Vertrag vereinbar, dem zufolge Beihilfen zulässig sind, wenn sie der Behebung einer beträchtlichen Störung im Wirtschaftsleben eines Mitgliedstaats dienen.",
];
// Xi–Merkel greetings, Italian and English (../shared/bench/pages-dev/xi-merkel-greetings-it-en,
// a dev pair): the English joins two Italian sentences into one (gold s05,s06 ↔ t06); the
// sentences around it have their own partners (s04 ↔ t05, s07 ↔ t07).
const italian = [
  "Merkel si è congratulata con Xi e il popolo cinese per il nuovo anno lunare, augurando buona fortuna e felicità ai cittadini di quel paese.",
  "Xi ha sottolineato che quest'anno sarà fra i più punti importanti nell'agenda politica tra Cina e Germania, nonché tra Cina e Unione Europea.",
  "Il leader cinese ha affermato che è necessario che le due parti mantengano una stretta comunicazione e promuovano insieme lo sviluppo delle relazioni bilaterali verso nuovi traguardi.",
  "Xi ha sottolineato che Cina e Germania hanno assunto importanti responsabilità in un contesto di crescente turbolenza globale, e la loro cooperazione è andata oltre l'ambito bilaterale.",
];
const english = [
  "Xi also extended New Year greetings to Merkel and the German people.",
  "Noting that this year features multiple important items on the political agenda between China and Germany as well as between China and the European Union, Xi said it is necessary for the two sides to maintain close communication and jointly push for new development of China-Germany and China-EU relations in the new year.",
  "The Chinese president pointed out that as the world is becoming more turbulent, China and Germany shoulder important responsibilities and their cooperation has gone beyond the bilateral scope.",
];
const shape = (beads: readonly { source: readonly number[]; target: readonly number[] }[]) => beads.map((bead) => `${bead.source.join(",")}:${bead.target.join(",")}`);

describe("growBeads: many-to-one candidates from a 1-1 core", () => {
  it("grows s1–t1 into the gold 2-1 group s1,s2 ↔ t1: the added sentence explains more of the English", async () => {
    const prepared = await createLexicalScorer({ sourceLang: "it", targetLang: "en" }).prepare(italian, english, { maxBead: 4 });
    const core = [{ source: [1], target: [1], score: prepared.similarity(1, 2, 1, 2) }];
    const grown = growBeads(core, prepared, 4, 3, { maxSpan: 3, steps: 1 });
    expect(shape(grown)).toContain("1,2:1");
    // Every grown bead explains more of the side it did not join than the core did.
    const before = prepared.signals(1, 2, 1, 2);
    for (const bead of grown) {
      const after = bead.signals!;
      expect(bead.source.length > 1 ? after.targetCoverage! > before.targetCoverage! : after.sourceCoverage! > before.sourceCoverage!).toBe(true);
    }
    expect(growBeads(core, prepared, 4, 3, { maxSpan: 1, steps: 2 })).toEqual([]);
  });

  it("joins two 1-1 beads that touch on both sides into a 2-2", async () => {
    const prepared = await createLexicalScorer({ sourceLang: "it", targetLang: "en" }).prepare(italian, english, { maxBead: 4 });
    const touching = [
      { source: [0], target: [0], score: 0.5 },
      { source: [1], target: [1], score: 0.5 },
    ];
    expect(shape(growBeads(touching, prepared, 4, 3, { maxSpan: 3, steps: 0 }))).toEqual(["0,1:0,1"]);
  });

  it("tells the true extension from a glued neighbour: the neighbour adds less and has its own partner", async () => {
    const prepared = await createLexicalScorer({ sourceLang: "it", targetLang: "en" }).prepare(italian, english, { maxBead: 4 });
    const features = (source: number[], target: number[]) => beadFeatures({ source, target, score: 0 }, prepared, 4, 3)!;
    const extension = features([1, 2], [1]);
    const glued = features([0, 1], [1]); // s0 is the counterpart of t0
    expect(extension.gain).toBeGreaterThan(glued.gain!);
    expect(glued.edgeRival).toBeGreaterThan(0);
    expect(extension.edgeRival).toBeLessThan(glued.edgeRival!);
    expect(features([1], [1])).toMatchObject({ gain: 0, edgeRival: 0 });
  });

  it("in the German of an EU release, a second sentence without a shared word is no grown candidate, but its glued rival is told apart", async () => {
    // nl-de: "Sie ist befristet …" (t1) shares no word the lexicon knows with s1, so the
    // coverage cannot rise and the true 1-2 is not grown; the DP's own 1-2 must carry it.
    const prepared = await createLexicalScorer({ sourceLang: "nl", targetLang: "de" }).prepare(dutch, german, { maxBead: 4 });
    expect(shape(growBeads([{ source: [1], target: [2], score: 0.7 }], prepared, 3, 4, { maxSpan: 3, steps: 1 }))).not.toContain("1:1,2");
    const features = (source: number[], target: number[]) => beadFeatures({ source, target, score: 0 }, prepared, 3, 4)!;
    expect(features([1], [2, 3]).edgeRival).toBeGreaterThan(features([1], [1, 2]).edgeRival! + 1);
  });

  it("gives proposeBeads the grown 2-1 as a candidate, marked grown", async () => {
    const prepared = await createLexicalScorer({ sourceLang: "it", targetLang: "en" }).prepare(italian, english, { maxBead: 4 });
    const beads = [
      { source: [0], target: [0], score: 0.5 },
      { source: [1], target: [1], score: 0.5 },
      { source: [2], target: [], score: 0 },
      { source: [3], target: [2], score: 0.5 },
    ];
    const grown = proposeBeads(beads, prepared, { grow: 1 }).candidates.filter((candidate) => candidate.features.grown === 1);
    expect(shape(grown.map((candidate) => candidate.bead))).toContain("1,2:1");
    expect(proposeBeads(beads, prepared, { grow: 0 }).candidates.some((candidate) => candidate.features.grown === 1)).toBe(false);
  });
});
