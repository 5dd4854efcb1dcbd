import { describe, expect, it } from "vitest";
import { COMMAND_LIST } from "../src/commands/index.js";
import { wrapWords } from "../src/terminal/wrap-words.js";
import { runCli } from "./run-cli.js";

/** The help's lines, and the example command lines (`  tandem …` under "Examples:"). */
function split(help: string): { lines: string[]; examples: string[] } {
  const lines = help.trimEnd().split("\n");
  const at = lines.indexOf("Examples:");
  return { lines, examples: at === -1 ? [] : lines.slice(at + 1).filter((line) => line.startsWith("  tandem ")) };
}

describe("help", () => {
  it("wrapWords breaks at spaces only and keeps a long word whole", () => {
    expect(wrapWords("one two three", 9, "  ")).toEqual(["  one two", "  three"]);
    expect(wrapWords("a --keep-unaligned b", 8)).toEqual(["a", "--keep-unaligned", "b"]);
  });

  for (const width of [60, 80, 100]) {
    it.each(COMMAND_LIST.map((entry) => entry.name))(`tandem %s --help at ${width} columns: words and examples whole`, async (name) => {
      const result = await runCli([name, "--help"], { env: { COLUMNS: String(width) } });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      const { lines, examples } = split(result.stdout);
      expect(examples.length, "every command has an example").toBeGreaterThan(0);
      for (const example of examples) {
        // A whole command: the next line is its description, indented, not a continuation.
        const next = lines[lines.indexOf(example) + 1] ?? "";
        expect(next.startsWith("      ") || next === "", example).toBe(true);
      }
      for (const line of lines) if (!examples.includes(line)) expect(line.length, line).toBeLessThanOrEqual(width);
      // No word cut at the column edge: the same words as the help laid out unwrapped.
      const wide = await runCli([name, "--help"], { env: { COLUMNS: "1000" } });
      const words = (help: string) => help.split(/\s+/).filter(Boolean);
      expect(words(result.stdout)).toEqual(words(wide.stdout));
    });
  }

  it("the align examples copy-paste as one line each", async () => {
    const result = await runCli(["align", "--help"], { env: { COLUMNS: "80" } });
    expect(split(result.stdout).examples).toContain(
      "  tandem align a.txt b.txt -o pairs.jsonl --keep-unaligned --min-score 0.3 --json",
    );
    expect(result.stdout).toContain("--method, --scorer  Sentence similarity: lexical (lexicon + cognates +\n");
  });
});
