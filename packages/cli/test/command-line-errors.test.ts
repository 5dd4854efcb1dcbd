import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempWorkdir } from "./e2e-helpers.js";
import { canMount, runInMount } from "./in-mount.js";
import { repoRoot, runCli, tandemCommand } from "./run-cli.js";

const SOURCE = "seeds/000_a2c988d880e43a81.txt";
const TARGET = "seeds/001_9c2bcb4f48ee580e.txt";

function workdir(): string {
  const dir = tempWorkdir("tandem-errors-");
  mkdirSync(path.join(dir, "seeds"));
  for (const seed of [SOURCE, TARGET]) copyFileSync(path.join(repoRoot, seed), path.join(dir, seed));
  return dir;
}

/** What a refused command left in its folder besides the inputs: must be nothing. */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name !== "seeds").sort();

/** One stderr line `…[CODE]`, exit `status`, nothing written: the shape of every refusal. */
async function expectRefused(args: string[], code: string, status: number, dir = workdir()): Promise<string> {
  const result = await runCli(args, { cwd: dir });
  expect(result.stderr.split("\n").filter(Boolean), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(new RegExp(`\\[${code}\\]\\n$`));
  expect(result.stderr).not.toContain("internal error");
  expect(result.status).toBe(status);
  expect(result.stdout).toBe("");
  expect(leftovers(dir)).toEqual([]);
  return result.stderr;
}

describe("usage mistakes are refused before any work (exit 2, one line, nothing written)", () => {
  it("a misspelt flag: no output, no run stored", async () => {
    const stderr = await expectRefused(["align", SOURCE, TARGET, "-o", "t.tsv", "--min-scor", "0.6"], "USAGE", 2);
    expect(stderr).toContain("Unknown argument: min-scor");
    expect(stderr).not.toContain("minScor");
  });

  it.each([["align"], ["export"], ["corpus"], ["bench"], ["segment"], ["eval", "gold.align"]])("missing positionals or -o: tandem %s", async (...args) => {
    const stderr = await expectRefused(args, "USAGE", 2);
    expect(stderr).toMatch(/Not enough non-option arguments|Missing required argument/);
  });

  it.each([
    [["align", SOURCE, TARGET, "-o", "t.tsv", "--min-score", "abc"], "--min-score wants a number from 0 to 1"],
    [["align", SOURCE, TARGET, "-o", "t.tsv", "--min-score", "2"], "--min-score wants a number from 0 to 1, not 2"],
    [["align", SOURCE, TARGET, "-o", "t.tsv", "--max-bead", "abc"], "--max-bead wants a whole number from 1 to 8"],
    [["align", SOURCE, TARGET, "-o", "t.tsv", "--max-bead", "2.5"], "not 2.5"],
    [["export", "-o", "t.tsv", "--min-score", "-0.1"], "--min-score wants a number from 0 to 1, not -0.1"],
    [["export", "-o", "t.tsv", "--run", "1.5"], "--run wants a whole number ≥ 1, not 1.5"],
    [["review", "--list", "--score-below", "x"], "--score-below wants a number from 0 to 1"],
    [["pair", "seeds", "--threshold", "1.5"], "--threshold wants a number from 0 to 1, not 1.5"],
    [["corpus", "seeds", "-o", "c.tmx", "--threshold", "abc"], "--threshold wants a number"],
    [["corpus", "seeds", "-o", "c.tmx", "--jobs", "0"], "--jobs wants a whole number from 1 to 256, not 0"],
    [["bench", "textberg", "--max-bead", "9"], "--max-bead wants a whole number from 1 to 8, not 9"],
  ])("numbers: %j", async (args, message) => {
    expect(await expectRefused(args, "USAGE", 2)).toContain(message);
  });

  it.each([
    ["align", SOURCE, TARGET, "-o", "t.tsv", "--source-lang", "zz"],
    ["align", SOURCE, TARGET, "-o", "t.tsv", "--target-lang", "e1"],
    ["align", SOURCE, TARGET, "-o", "t.tsv", "--source-lang", "english"],
    ["segment", SOURCE, "--lang", "zz"],
    ["pair", "seeds", "--source-lang", "qq"],
    ["corpus", "seeds", "-o", "c.tmx", "--source-lang", "xx"],
  ])("languages: %j is no ISO 639-1 code", async (...args) => {
    const stderr = await expectRefused(args, "USAGE", 2);
    expect(stderr).toContain("is not an ISO 639-1 language code");
  });

  it("any ISO 639-1 code is taken, with a note of what tandem lacks for it", async () => {
    const dir = workdir();
    const result = await runCli(["segment", SOURCE, "--lang", "sw"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("note: sw (Swahili): no sentence rules of its own");
  });

  it("a language code in capitals is taken as the code", async () => {
    const dir = workdir();
    const result = await runCli(["segment", SOURCE, "--lang", "NL"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
  });

  it.each([
    [["align", SOURCE, TARGET, "-o", "t.tsv", "--format", "xml"], '--format "xml" is not one of'],
    [["align", SOURCE, TARGET, "-o", "t.tsv", "--method", "foo"], '--method "foo" is not one of'],
  ])("one error line for a bad choice: %j", async (args, message) => {
    expect(await expectRefused(args, "USAGE", 2)).toContain(message);
  });

  it("the same file twice is named as such, not as two articles in one language", async () => {
    const stderr = await expectRefused(["align", SOURCE, `./seeds/../${SOURCE}`, "-o", "t.tsv"], "INPUT_SAME", 1);
    expect(stderr).toContain("source and target are the same file");
  });
});

describe("runs and failures leave no debris", () => {
  it("a failed first run leaves no tandem.db", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "empty.txt"), "Menu\nLogin\nShare\n");
    const result = await runCli(["align", SOURCE, "missing.txt", "-o", "t.tsv"], { cwd: dir });
    expect(result.stderr).toMatch(/missing\.txt: no such file \[INPUT_MISSING\]/);
    expect(readdirSync(dir).sort()).toEqual(["empty.txt", "seeds"]);
  });

  it("a page made only of site furniture is refused with DOC_NO_SENTENCES, not aligned", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "menu.txt"), "Menu\nLogin\nShare\n\nHome\nContact\n");
    const result = await runCli(["align", SOURCE, "menu.txt", "-o", "t.tsv", "--target-lang", "en"], { cwd: dir });
    expect(result.stderr).toMatch(/^menu\.txt: .*\[DOC_NO_SENTENCES\]\n$/m);
    expect(result.status).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["menu.txt", "seeds"]);
  });

  it("a document with no sentences is refused with DOC_NO_SENTENCES, naming it", async () => {
    const dir = workdir();
    // Only links: nothing a title, body or caption could be made of.
    writeFileSync(path.join(dir, "furniture.txt"), "https://example.com/menu\n\nhttps://example.com/login\n");
    const result = await runCli(["align", SOURCE, "furniture.txt", "-o", "t.tsv", "--target-lang", "en"], { cwd: dir });
    expect(result.stderr).toMatch(/^furniture\.txt: .*\[DOC_NO_SENTENCES\]\n$/);
    expect(result.status).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["furniture.txt", "seeds"]);
  });

  it.each([["runs"], ["review", "--list"], ["segment", SOURCE, "--all"], ["--help"]])(
    "`tandem %s | true` stops quietly when the reader is gone before it prints",
    async (...args) => {
      const dir = workdir();
      const made = await runCli(["align", SOURCE, TARGET, "-o", "t.tsv", "--method", "length", "-q"], { cwd: dir });
      expect(made.status).toBe(0);
      // `true` exits at once, so every write of tandem's meets a closed pipe (EPIPE).
      const [executable, ...prefix] = tandemCommand();
      const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn("bash", ["-c", 'set -o pipefail; "$@" | true', "bash", executable!, ...prefix, ...args], { cwd: dir });
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
        child.on("close", (status) => resolve({ status, stderr }));
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
  );
});

describe.skipIf(!canMount)("file-system errors name the path and have their own code", () => {
  it("an output folder on a read-only mount: OUTPUT_UNWRITABLE before any work, no run stored", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "out"));
    const result = await runInMount("mount -t tmpfs tmpfs out && mount -o remount,ro out", ["align", SOURCE, TARGET, "-o", "out/t.tsv"], dir);
    expect(result.stderr).toBe("out/t.tsv: cannot write here: read-only file system [OUTPUT_UNWRITABLE]\n");
    expect(result.status).toBe(1);
    expect(existsSync(path.join(dir, "tandem.db"))).toBe(false);
  });

  it("a full disk under the output: DISK_FULL, no temporary file, and the run is not stored", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "out"));
    const result = await runInMount(
      "mount -t tmpfs -o size=12k tmpfs out && head -c 8192 /dev/zero > out/fill",
      ["align", SOURCE, TARGET, "-o", "out/t.tmx", "--method", "length"],
      dir,
    );
    expect(result.stderr).toBe("out/t.tmx: no space left on the device; nothing was written [DISK_FULL]\n");
    expect(result.status).toBe(1);
    // The failed write left no database: a run is only stored once its output is on disk.
    expect(existsSync(path.join(dir, "tandem.db"))).toBe(false);
  });

  it("a database on a read-only mount: align says STORE_READONLY before aligning; runs, export and review --list still read it", async () => {
    const dir = workdir();
    const made = await runCli(["align", SOURCE, TARGET, "-o", "first.tsv", "--method", "length", "--db", "db/tandem.db", "-q"], {
      cwd: (mkdirSync(path.join(dir, "db")), dir),
    });
    expect(made.status).toBe(0);
    const readOnly = "mkdir -p /tmp/keep && cp -a db/. /tmp/keep/ && mount -t tmpfs tmpfs db && cp -a /tmp/keep/. db/ && mount -o remount,ro db";
    const refused = await runInMount(readOnly, ["align", SOURCE, TARGET, "-o", "second.tsv", "--db", "db/tandem.db"], dir);
    expect(refused.stderr).toBe(
      "db/tandem.db: cannot write the database (read-only file system); pass --db with a writable path, or --no-store [STORE_READONLY]\n",
    );
    expect(existsSync(path.join(dir, "second.tsv"))).toBe(false);
    const runs = await runInMount(readOnly, ["runs", "--db", "db/tandem.db", "--json"], dir);
    expect(runs.stderr).toBe("");
    expect(JSON.parse(runs.stdout)).toHaveLength(1);
    const exported = await runInMount(readOnly, ["export", "--db", "db/tandem.db", "-o", "again.tsv"], dir);
    expect(exported.status).toBe(0);
    expect(readFileSync(path.join(dir, "again.tsv"), "utf8")).toBe(readFileSync(path.join(dir, "first.tsv"), "utf8"));
    const listed = await runInMount(readOnly, ["review", "--db", "db/tandem.db", "--list", "--json"], dir);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).run).toBe(1);
    const screen = await runInMount(readOnly, ["review", "--db", "db/tandem.db"], dir);
    expect(screen.stderr).toMatch(/^db\/tandem\.db: .*\[STORE_READONLY\]\n$/);
  });

  it("a full disk under the database: DISK_FULL naming it; the output is kept and says so", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "db"));
    const result = await runInMount(
      "mount -t tmpfs -o size=40k tmpfs db && head -c 30000 /dev/zero > db/fill",
      ["align", SOURCE, TARGET, "-o", "t.tsv", "--method", "length", "--db", "db/tandem.db"],
      dir,
    );
    expect(result.stderr).toMatch(/^db\/tandem\.db: no space left on the device .*\(t\.tsv is written; the run is not stored\) \[DISK_FULL\]\n$/);
    expect(result.status).toBe(1);
    expect(existsSync(path.join(dir, "t.tsv"))).toBe(true);
  });
});
