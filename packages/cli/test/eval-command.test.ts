import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
const track = (dir: string) => (scratch.push(dir), dir);

const fixtures = path.join(repoRoot, "fixtures/align/eval");
const file = (name: string, which: string) => path.join(fixtures, name, which);

describe("tandem eval", () => {
  it("prints the hand-worked figures as JSON and writes nothing", async () => {
    const cwd = track(mkdtempSync(path.join(tmpdir(), "tandem-eval-")));
    const result = await runCli(["eval", file("one-document", "gold.align"), file("one-document", "pred.align"), "--json"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(file("one-document", "expected.json"), "utf8")));
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("prints a strict and a lax line", async () => {
    const result = await runCli(["eval", file("one-document", "gold.align"), file("one-document", "pred.align")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^strict\s+0\.667\s+0\.750\s+0\.706$/m);
    expect(result.stdout).toMatch(/^lax\s+0\.833\s+1\.000\s+0\.909$/m);
  });

  it("names the file and line of a malformed link", async () => {
    const result = await runCli(["eval", file("bad-line", "gold.align"), file("bad-line", "pred.align")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${file("bad-line", "pred.align")}:3: expected .*\\[ALIGN_BAD_LINE\\]\\n$`));
  });

  it("checks indices against sentence files, or against the gold without them", async () => {
    const dir = track(mkdtempSync(path.join(tmpdir(), "tandem-eval-idx-")));
    writeFileSync(path.join(dir, "a.de"), "eins\nzwei\ndrei\n");
    writeFileSync(path.join(dir, "b.fr"), "un\ndeux\ntrois\n");
    const pred = file("out-of-range", "pred.align");
    const withFiles = await runCli(["eval", file("out-of-range", "gold.align"), pred, "--source", "a.de", "--target", "b.fr"], { cwd: dir });
    expect(withFiles.status).toBe(1);
    expect(withFiles.stderr).toBe(`${pred}:3: source index 7 is out of range: the source has 3 sentences [ALIGN_BAD_INDEX]\n`);
    const withoutFiles = await runCli(["eval", file("out-of-range", "gold.align"), pred]);
    expect(withoutFiles.status).toBe(1);
    expect(withoutFiles.stderr).toMatch(new RegExp(`^${pred}:3: source index beyond the gold's last source sentence \\(1\\).*\\[ALIGN_MISMATCH\\]\\n$`));
  });

  it("refuses empty and missing files", async () => {
    const empty = await runCli(["eval", file("empty", "gold.align"), file("empty", "pred.align")]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe(`${file("empty", "pred.align")}: alignment file has no links [ALIGN_EMPTY]\n`);
    const missing = await runCli(["eval", "/nonexistent/gold.align", file("empty", "gold.align")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("/nonexistent/gold.align: gold file not found [INPUT_MISSING]\n");
  });

  it("has help with examples", async () => {
    const result = await runCli(["eval", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("eval test0.defr test0.align");
  });
});
