import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCandidates } from "../src/scoring/build-candidates.js";
import { buildTokenSide } from "../src/scoring/build-token-side.js";
import { createPairMasks } from "../src/scoring/create-pair-masks.js";
import { DEFAULT_LEXICAL_SETTINGS } from "../src/scoring/lexical-scorer-settings.js";
import { createSpanCoverage } from "../src/scoring/span-coverage.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const lines = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n");

/** The span coverage of two real sides (identical tokens and cognates: no lexicon needed). */
function coverageOf(sourceLines: string[], targetLines: string[], depth: number) {
  const source = buildTokenSide(sourceLines, DEFAULT_LEXICAL_SETTINGS.idfPower, undefined, "de");
  const target = buildTokenSide(targetLines, DEFAULT_LEXICAL_SETTINGS.idfPower, undefined, "fr");
  const candidates = buildCandidates(source, target, undefined, DEFAULT_LEXICAL_SETTINGS);
  const fresh = () => createSpanCoverage(source, target, createPairMasks(source, target, candidates), depth);
  return { source, target, fresh };
}

/**
 * `match` against the per-sentence values summed as the lexical scorer summed them before it
 * (a loop over each side from 0), read from a second coverage that no `match` has touched, over
 * every bead of up to `maxSide` sentences a side ending in the band, asked row by row as the DP
 * asks them. Spans longer than `depth` take the direct computation.
 */
function expectMatchAsLoops(sourceLines: string[], targetLines: string[], depth: number, maxSide: number, width: number) {
  const { source, target, fresh } = coverageOf(sourceLines, targetLines, depth);
  const spans = fresh();
  const reference = fresh();
  const out = new Float64Array(2);
  const n = sourceLines.length;
  const m = targetLines.length;
  let beads = 0;
  let orphaned = 0;
  let matchedSome = 0;
  for (let i1 = 1; i1 <= n; i1++) {
    const centre = Math.round((i1 * m) / n);
    for (let j1 = Math.max(1, centre - width); j1 <= Math.min(m, centre + width); j1++) {
      for (let a = 1; a <= Math.min(maxSide, i1); a++) {
        for (let b = 1; b <= Math.min(maxSide, j1); b++) {
          const i0 = i1 - a;
          const j0 = j1 - b;
          let sourceMatched = 0, targetMatched = 0, orphans = 0;
          for (let i = i0; i < i1; i++) {
            const matched = reference.source(i, j0, j1);
            if (matched === 0 && a > 1 && source.types[i]!.length > 0) orphans++;
            sourceMatched += matched;
          }
          for (let j = j0; j < j1; j++) {
            const matched = reference.target(j, i0, i1);
            if (matched === 0 && b > 1 && target.types[j]!.length > 0) orphans++;
            targetMatched += matched;
          }
          expect(spans.match(i0, i1, j0, j1, out)).toBe(orphans);
          expect(out[0]).toBe(sourceMatched);
          expect(out[1]).toBe(targetMatched);
          beads++;
          if (orphans > 0) orphaned++;
          if (sourceMatched > 0) matchedSome++;
        }
      }
    }
  }
  return { beads, orphaned, matchedSome };
}

describe("createSpanCoverage: match", () => {
  it("gives each bead the sums and orphans of the per-sentence values (Text+Berg fixture)", () => {
    const dir = path.join(repo, "fixtures/align/textberg-mini");
    const counts = expectMatchAsLoops(lines(path.join(dir, "dev.de")), lines(path.join(dir, "dev.fr")), 4, 5, 6);
    // The fixture has beads with matched words and merged beads with an orphan: both paths ran.
    expect(counts.matchedSome).toBeGreaterThan(0);
    expect(counts.orphaned).toBeGreaterThan(0);
  });

  const test0 = path.resolve(repo, "../shared/bench/textberg-de-fr/test0.de");
  it.runIf(existsSync(test0))("gives each bead the sums and orphans of the per-sentence values (Text+Berg test0, the bench's)", () => {
    const counts = expectMatchAsLoops(lines(test0), lines(test0.replace(/\.de$/, ".fr")), 4, 5, 12);
    expect(counts.beads).toBeGreaterThan(10_000);
    expect(counts.orphaned).toBeGreaterThan(0);
  });
});
