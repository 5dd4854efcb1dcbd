import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

// The same translated text written as other sites and scrapers write it (issue 21: "hard wraps,
// glued sentences"): paragraphs of three sentences hard-wrapped at 72 columns, sentences glued
// without a space, soft hyphens inside long words. tandem must pair each sentence with its own
// translation as it does on the clean text (news-20: twenty sentences, line k translates line k).
const dir = path.join(repoRoot, "fixtures/align/translated-lines");
const work = mkdtempSync(path.join(tmpdir(), "tandem-rewritten-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const linesOf = (name: string) => readFileSync(path.join(dir, name), "utf8").trim().split("\n");

function paragraphs(lines: readonly string[], join: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < lines.length; k += 3) out.push(lines.slice(k, k + 3).join(join));
  return out;
}

function wrap(paragraph: string, width = 72): string {
  const lines: string[] = [];
  let current = "";
  for (const word of paragraph.split(" ")) {
    if (current !== "" && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  return [...lines, current].join("\n");
}

const softHyphens = (text: string) => text.replace(/[\p{L}\p{M}]{8,}/gu, (word) => `${word.slice(0, 5)}\u00ad${word.slice(5)}`);

/** Aligns two rewritten files and counts the beads that pair sentence k with its translation k. */
async function sentencesAlignedRight(source: { name: string; text: string }, target: { name: string; text: string }, lines: [string[], string[]]): Promise<number> {
  const sourceFile = path.join(work, source.name);
  const targetFile = path.join(work, target.name);
  writeFileSync(sourceFile, source.text);
  writeFileSync(targetFile, target.text);
  const out = path.join(work, `${source.name}-${target.name}.jsonl`);
  const result = await runCli(["align", sourceFile, targetFile, "-o", out, "--no-store", "--json"]);
  if (result.status !== 0) throw new Error(result.stderr);
  const beads = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { source: { text: string }; target: { text: string } });
  const index = (all: readonly string[], text: string) => all.indexOf(text.replace(/\s+/gu, " ").trim());
  return beads.filter((bead) => {
    const k = index(lines[0], bead.source.text);
    return k >= 0 && k === index(lines[1], bead.target.text);
  }).length;
}

describe("pages written as other sites write them", () => {
  it("aligns English hard-wrapped at 72 columns with Arabic whose sentences are glued", { timeout: 60_000 }, async () => {
    const en = linesOf("news-20.en");
    const ar = linesOf("news-20.ar");
    const wrapped = paragraphs(en, " ").map((paragraph) => wrap(paragraph)).join("\n");
    const glued = paragraphs(ar, "").join("\n");
    expect(wrapped.split("\n").filter((line) => !/[.!?]$/u.test(line)).length).toBeGreaterThan(5); // the wrap broke sentences
    expect(glued).toMatch(/\p{Script=Arabic}\.\p{Script=Arabic}/u); // two sentences glued by their full stop
    expect(await sentencesAlignedRight({ name: "ar.txt", text: glued }, { name: "en.txt", text: wrapped }, [ar, en])).toBeGreaterThanOrEqual(19);
  });

  it("aligns Hindi hard-wrapped, with soft hyphens in its long words, with English", { timeout: 60_000 }, async () => {
    const en = linesOf("news-20.en");
    const hi = linesOf("news-20.hi");
    const page = paragraphs(hi, " ").map((paragraph) => wrap(softHyphens(paragraph))).join("\n");
    expect(page).toContain("\u00ad");
    expect(await sentencesAlignedRight({ name: "hi.txt", text: page }, { name: "en2.txt", text: en.join("\n") }, [hi, en])).toBeGreaterThanOrEqual(19);
  });
});
