import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempWorkdir } from "./e2e-helpers.js";
import { runCli } from "./run-cli.js";
import { repoRoot } from "./run-cli.js";

const SOURCE = "seeds/000_a2c988d880e43a81.txt";
const TARGET = "seeds/001_9c2bcb4f48ee580e.txt";
const DATE = "2025-07-08T09:00:00Z";
const golden = (name: string) => readFileSync(path.join(repoRoot, "fixtures/e2e", name), "utf8");

describe("tandem runs and tandem export", () => {
  const dir = tempWorkdir("tandem-export-");

  beforeAll(async () => {
    mkdirSync(path.join(dir, "seeds"));
    for (const seed of [SOURCE, TARGET]) copyFileSync(path.join(repoRoot, seed), path.join(dir, seed));
    // Run 1: the main job as TMX. Run 2: a different run (min-score), so run 1 is "old".
    expect((await runCli(["align", SOURCE, TARGET, "-o", "vufo.tmx", "-q", "--creation-date", DATE, "--method", "lexical"], { cwd: dir })).status).toBe(0);
    expect((await runCli(["align", SOURCE, TARGET, "-o", "high.tsv", "-q", "--min-score", "0.6", "--method", "lexical"], { cwd: dir })).status).toBe(0);
  });

  it("lists both runs, newest first", async () => {
    const result = await runCli(["runs"], { cwd: dir });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("run\tfinished\tlangs\tpairs\tmean\tsource → target");
    expect(lines.slice(1).map((line) => line.split("\t")[0])).toEqual(["2", "1"]);
    expect(lines[2]).toContain(`nl-en`);
    expect(lines[2]).toContain(`${SOURCE} → ${TARGET}`);
  });

  it("re-exports an old run without aligning, identical to what align wrote", async () => {
    for (const ext of ["tmx", "tsv", "jsonl", "align"]) {
      const args = ["export", "--run", "1", "-o", `again.${ext}`, "--creation-date", DATE, "--json"];
      const result = await runCli(ext === "jsonl" ? [...args, "--keep-unaligned"] : args, { cwd: dir });
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ output: `again.${ext}`, run: 1 });
      expect(readFileSync(path.join(dir, `again.${ext}`), "utf8")).toBe(golden(`vufo.${ext}`));
    }
  });

  it("applies the run's own --min-score unless told otherwise, and exports the newest run by default", async () => {
    expect((await runCli(["export", "-o", "newest.tsv", "-q"], { cwd: dir })).status).toBe(0);
    expect(readFileSync(path.join(dir, "newest.tsv"), "utf8")).toBe(readFileSync(path.join(dir, "high.tsv"), "utf8"));
    expect((await runCli(["export", "--run", "2", "--min-score", "0", "-o", "all.tsv", "-q"], { cwd: dir })).status).toBe(0);
    expect(readFileSync(path.join(dir, "all.tsv"), "utf8")).toBe(golden("vufo.tsv"));
  });

  it("refuses a missing run, a missing database and an existing output", async () => {
    const missingRun = await runCli(["export", "--run", "9", "-o", "x.tsv"], { cwd: dir });
    expect(missingRun).toMatchObject({ status: 1, stdout: "" });
    expect(missingRun.stderr).toMatch(/^tandem\.db: no run 9 .*\[STORE_NO_RUN\]\n$/);
    const noDb = await runCli(["runs", "--db", "other.db"], { cwd: dir });
    expect(noDb.stderr).toMatch(/^other\.db: .*\[STORE_NO_RUN\]\n$/);
    expect(existsSync(path.join(dir, "other.db"))).toBe(false);
    writeFileSync(path.join(dir, "taken.tsv"), "mine");
    const taken = await runCli(["export", "--run", "1", "-o", "taken.tsv"], { cwd: dir });
    expect(taken.stderr).toMatch(/\[OUTPUT_EXISTS\]\n$/);
    expect(readFileSync(path.join(dir, "taken.tsv"), "utf8")).toBe("mine");
    expect(existsSync(path.join(dir, "x.tsv"))).toBe(false);
  });
});
