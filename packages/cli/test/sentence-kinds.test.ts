import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignWithMovedSentences, type Bead } from "@tandem/align";
import { createScorer } from "../src/options/scorer-options.js";

// ../shared/bench/pages-dev/chinh-tianjin-en-zh (a dev pair) as `tandem segment` gives its
// alignable sentences: the English page opens with a headline (a photo caption that restates
// the lead), then the lead; the Chinese page has no headline and opens with the lead (gold:
// en 1 ↔ zh 0, the headline unlinked). The DP sees text only and glues the headline to the lead.
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/kinds/chinh-tianjin-en-zh");
const lines = (file: string) => readFileSync(path.join(folder, file), "utf8").trimEnd().split("\n");
const source = lines("source.txt");
const target = lines("target.txt");
const paired = (beads: readonly Bead[]) => beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0);

describe("sentence kinds in the comparable aligner (AlignComparableOptions.kinds)", () => {
  it("no bead mixes the headline with a body sentence once the kinds are known, and the lead pairs with the lead", async () => {
    const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: "en", targetLang: "zh" });
    const blind = await alignWithMovedSentences(source, target, { scorer, maxBead: 4 });
    const kinds = { source: source.map((_, i) => (i === 0 ? "title" : "body")), target: target.map(() => "body") };
    const seeing = await alignWithMovedSentences(source, target, { scorer, maxBead: 4, kinds });
    expect(paired(blind.beads).some((bead) => bead.source.includes(0) && bead.source.includes(1))).toBe(true);
    expect(paired(seeing.beads).some((bead) => bead.source.includes(0) && bead.source.length > 1)).toBe(false);
    expect(paired(seeing.beads).find((bead) => bead.source.includes(1))?.target).toEqual([0]);
  });

  it("a DP bead spanning two paragraphs also competes by its one-paragraph pieces (AlignComparableOptions.paragraphs)", async () => {
    const { scorer } = await createScorer({ method: "lexical", "max-bead": 4 }, { sourceLang: "en", targetLang: "zh" });
    // Kinds unknown; each sentence its own paragraph, as the page has them (one per line).
    const paragraphs = { source: source.map((_, i) => i), target: target.map((_, j) => j) };
    const blind = await alignWithMovedSentences(source, target, { scorer, maxBead: 4 });
    const seeing = await alignWithMovedSentences(source, target, { scorer, maxBead: 4, paragraphs });
    expect(paired(blind.beads).some((bead) => bead.source.includes(0) && bead.source.includes(1))).toBe(true);
    expect(paired(seeing.beads).find((bead) => bead.source.includes(1))).toMatchObject({ source: [1], target: [0] });
  });
});

