import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractPairFeatures } from "../src/pairing/pair-features.js";

// One folder per case: input.txt and expected.json (the anchors, key → surface).
// UPDATE_FIXTURES=1 rewrites expected.json; review that diff like code.
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/pair");

describe("extractPairFeatures fixtures", () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const input = readFileSync(path.join(fixtures, name, "input.txt"), "utf8");
      const actual = Object.fromEntries(extractPairFeatures(input).anchors);
      const expectedFile = path.join(fixtures, name, "expected.json");
      if (process.env.UPDATE_FIXTURES === "1" || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});
