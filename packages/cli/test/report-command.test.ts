import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "tandem-report-cli-"));
  db = path.join(dir, "runs.db");
  const pair = path.join(repoRoot, "fixtures/report/xss-nl-en");
  const aligned = await runCli(["align", path.join(pair, "src.txt"), path.join(pair, "tgt.txt"), "-o", path.join(dir, "out.tmx"), "--db", db, "--scorer", "lexical", "-q"]);
  expect(aligned.status, aligned.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tandem report", () => {
  it("writes one self-contained file and prints a JSON summary line", async () => {
    const output = path.join(dir, "run.html");
    const result = await runCli(["report", "--db", db, "-o", output, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ output, run: 1, sentences: { source: 5, target: 5 }, matrix: { rows: 5, cols: 5, block: 1, cells: 25, band: null } });
    const html = readFileSync(output, "utf8");
    // Nothing to fetch: no src/href pointing anywhere, no stylesheet or font link.
    expect(html).not.toMatch(/\s(src|href)=["']?(https?:|\/\/)/);
    expect(html).not.toMatch(/<link\b|@import|@font-face|url\(/);
    expect(html).toContain("default-src 'none'");
  });

  it("refuses an existing output, a missing run and a missing database before writing anything", async () => {
    const existing = path.join(dir, "existing.html");
    writeFileSync(existing, "mine");
    const exists = await runCli(["report", "--db", db, "-o", existing]);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toMatch(/existing\.html: output file exists; pass --force to overwrite \[OUTPUT_EXISTS\]\n$/);
    expect(readFileSync(existing, "utf8")).toBe("mine");

    const noRun = await runCli(["report", "--db", db, "--run", "9", "-o", path.join(dir, "none.html")]);
    expect(noRun.status).toBe(1);
    expect(noRun.stderr).toMatch(/no run 9 in this database.*\[STORE_NO_RUN\]\n$/);
    expect(existsSync(path.join(dir, "none.html"))).toBe(false);

    const noDb = await runCli(["report", "--db", path.join(dir, "missing.db"), "-o", path.join(dir, "none.html")]);
    expect(noDb.status).toBe(1);
    expect(existsSync(path.join(dir, "missing.db"))).toBe(false);

    const badRun = await runCli(["report", "--db", db, "--run", "0", "-o", path.join(dir, "none.html")]);
    expect(badRun.status).toBe(2);
    expect(badRun.stderr).toMatch(/--run wants a whole number/);
  });
});
