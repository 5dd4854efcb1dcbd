import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../src/pipeline/load-lexicon.js";
import { repoRoot, runCli } from "./run-cli.js";

// VIETNAMESE_CORE_WORDS (packages/align): native Vietnamese words the Sino-Vietnamese lexicon
// cannot give. news-b20 is a second text of twenty news sentences and our Vietnamese translation,
// written after the list, on other events than news-20.
describe("Vietnamese's core words beside the Sino-Vietnamese lexicon", () => {
  it("are part of vi–en and reach vi–fr through English", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    const viEn = await loadLexicon({ sourceLang: "vi", targetLang: "en" });
    expect(viEn.notes[0]).toMatch(/vietnamese-core/u);
    expect(viEn.lexicon?.forward.get("cảnh sát")).toEqual(expect.arrayContaining(["police"]));
    const viFr = await loadLexicon({ sourceLang: "vi", targetLang: "fr" });
    expect(viFr.lexicon?.forward.get("cảnh sát")).toEqual(expect.arrayContaining(["police"]));
  });

  it("align a Vietnamese translation of twenty news sentences line for line", { timeout: 60_000 }, async () => {
    const dir = path.join(repoRoot, "fixtures/align/translated-lines");
    const out = path.join(mkdtempSync(path.join(tmpdir(), "tandem-vi-")), "vi-en.jsonl");
    const result = await runCli(["align", path.join(dir, "news-b20.vi"), path.join(dir, "news-b20.en"), "-o", out, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const beads = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { source: { ids: number[] }; target: { ids: number[] } });
    const right = beads.filter((bead) => bead.source.ids.length === 1 && bead.target.ids.length === 1 && bead.source.ids[0] === bead.target.ids[0]);
    expect(right.length).toBeGreaterThanOrEqual(19);
  });
});
