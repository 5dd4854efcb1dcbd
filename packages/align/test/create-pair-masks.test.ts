import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCandidates } from "../src/scoring/build-candidates.js";
import { buildTokenSide } from "../src/scoring/build-token-side.js";
import { createPairMasks } from "../src/scoring/create-pair-masks.js";
import { DEFAULT_LEXICAL_SETTINGS } from "../src/scoring/lexical-scorer-settings.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const lines = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n");

/** A pair's four masks from their definition: which source positions have a candidate among the target's types, and the reverse. */
function referenceMasks(sourceTypes: Int32Array, targetTypes: Int32Array, candidates: Int32Array[]): number[] {
  const masks = [0, 0, 0, 0];
  const set = (k: number, bit: number) => {
    if (bit < 32) masks[k]! |= 1 << bit;
    else masks[k + 1]! |= 1 << (bit - 32);
  };
  for (let p = 0; p < sourceTypes.length; p++) {
    for (let q = 0; q < targetTypes.length; q++) {
      if (candidates[sourceTypes[p]!]!.includes(targetTypes[q]!)) {
        set(0, p & 63);
        set(2, q & 63);
      }
    }
  }
  return masks;
}

const test0 = path.resolve(repo, "../shared/bench/textberg-de-fr/test0.de");
const mini = path.join(repo, "fixtures/align/textberg-mini/dev.de");

describe("createPairMasks", () => {
  for (const file of [mini, test0]) {
    it.runIf(existsSync(file))(`gives every pair its masks, whatever order rows are asked in and evicted (${path.basename(path.dirname(file))})`, () => {
      const sourceLines = lines(file);
      const targetLines = lines(file.replace(/\.de$/, ".fr"));
      const source = buildTokenSide(sourceLines, DEFAULT_LEXICAL_SETTINGS.idfPower, undefined, "de");
      const target = buildTokenSide(targetLines, DEFAULT_LEXICAL_SETTINGS.idfPower, undefined, "fr");
      const candidates = buildCandidates(source, target, undefined, DEFAULT_LEXICAL_SETTINGS);
      const masks = createPairMasks(source, target, candidates);
      const n = sourceLines.length;
      const m = targetLines.length;
      // Two sweeps of a band, then a wider one, as the margin and the DP ask (a row comes back to
      // its table slot after other rows took it), then pairs far from the diagonal.
      const asks: [number, number][] = [];
      for (const width of [3, 3, 9]) {
        for (let i = 0; i < n; i++) {
          const centre = Math.round((i * m) / n);
          for (let j = Math.max(0, centre - width); j < Math.min(m, centre + width + 1); j++) asks.push([i, j]);
        }
      }
      for (let k = 0; k < 200; k++) asks.push([(k * 37) % n, (k * 53) % m]);
      let matched = 0;
      for (const [i, j] of asks) {
        const at = masks.slot(i, j);
        const pool = masks.pool();
        const got = [pool[4 * at]!, pool[4 * at + 1]!, pool[4 * at + 2]!, pool[4 * at + 3]!];
        expect(got).toEqual(referenceMasks(source.types[i]!, target.types[j]!, candidates));
        if (got[0] !== 0 || got[1] !== 0) matched++;
      }
      expect(matched).toBeGreaterThan(0);
    });
  }
});
