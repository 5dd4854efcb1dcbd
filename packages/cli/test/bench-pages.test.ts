import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const pagesDev = path.resolve(repoRoot, "../shared/bench/pages-dev");
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

interface PageFigures {
  name: string;
  summary: { link: { f1: number; precision: number; recall: number }; strict: { f1: number; precision: number; recall: number } };
}

describe("tandem bench pages", () => {
  // Two European pairs and a Chinese one (astral-free but full-width text, other offsets).
  const pairs = ["leiden-rector-nl-en", "xi-macron-greetings-en-fr", "chinh-tianjin-en-zh", "xi-biden-video-fr-zh"];

  it("scores the JSONL it writes exactly as score.py does", async () => {
    const save = mkdtempSync(path.join(tmpdir(), "tandem-pages-"));
    scratch.push(save);
    const result = await runCli(["bench", "pages", "--pairs", pairs.join(","), "--save", save, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { results: { results: PageFigures[] }[] };
    const figures = report.results[0]!.results;
    expect(figures.map((f) => f.name)).toEqual(pairs);
    expect(readdirSync(save).sort()).toEqual([...pairs].sort().map((p) => `${p}.jsonl`));

    const args = figures.flatMap(({ name }) => [
      path.join(pagesDev, name, "gold.json"),
      path.join(pagesDev, name, "src.txt"),
      path.join(pagesDev, name, "tgt.txt"),
      path.join(save, `${name}.jsonl`),
    ]);
    const lines = execFileSync("python3", [path.join(pagesDev, "score.py"), ...args], { encoding: "utf8" }).trim().split("\n");
    const f = (x: number) => x.toFixed(3);
    figures.forEach((pair, k) => {
      const { link, strict } = pair.summary;
      expect(lines[k]).toContain(
        `link P=${f(link.precision)} R=${f(link.recall)} F1=${f(link.f1)} | strict P=${f(strict.precision)} R=${f(strict.recall)} F1=${f(strict.f1)}`,
      );
    });
  });

  it("runs several data sets in one go, with a micro line per set and over all", async () => {
    const result = await runCli(["bench", "pages", "--data", "pages-dev,pages-dev2", "--pairs", "xi-macron-greetings-en-fr,pilatus-motion-de-fr", "-q"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^pages-dev micro \(all\)/m);
    expect(result.stdout).toMatch(/^pages-dev2 micro \(all\)/m);
    expect(result.stdout).toMatch(/^all sets micro \(all\)/m);
  });

  it("refuses an unknown rule before aligning anything", async () => {
    const result = await runCli(["bench", "pages", "--disable", "no-such-rule"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown --disable "no-such-rule".*\[USAGE\]/);
  });

  it("refuses an unknown pair before aligning anything", async () => {
    const result = await runCli(["bench", "pages", "--pairs", "no-such-pair"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no page pair no-such-pair.*\[INPUT_MISSING\]/);
  });
});
