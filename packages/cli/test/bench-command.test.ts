import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
const track = (dir: string) => (scratch.push(dir), dir);

const mini = path.join(repoRoot, "fixtures/align/textberg-mini");
const tinyDictd = { TANDEM_DICTD_DIR: path.join(repoRoot, "fixtures/align/dictd-tiny") };
const textberg = path.resolve(repoRoot, "../shared/bench/textberg-de-fr");

describe("tandem bench", () => {
  it("compares methods on a data folder and prints JSON", async () => {
    const cwd = track(mkdtempSync(path.join(tmpdir(), "tandem-bench-")));
    // A lexicon that knows the text: with only the 4-word dictd fixture the scorer rightly lets
    // length lead (a thin dictionary), and lexical would be no better than length.
    const lexiconTsv = path.join(mini, "lexicon.tsv");
    const result = await runCli(
      ["bench", "textberg", "--data", mini, "--split", "dev", "--method", "length,lexical", "--lexicon", lexiconTsv, "--json"],
      { cwd, env: tinyDictd },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.results.map((r: { method: string }) => r.method)).toEqual(["length", "lexical"]);
    const lexical = report.results[1];
    expect(lexical.documents.map((d: { name: string }) => d.name)).toEqual(["dev"]);
    // dev.defr has 5 links with both sides (the 1-0 link does not count in recall).
    expect(lexical.micro.counts.goldLinks).toBe(5);
    expect(lexical.notes).toContain("lexicon: lexicon.tsv + freedict-deu-fra (26 + 0 headwords)");
    expect(lexical.micro.lax.f1).toBeGreaterThan(report.results[0].micro.lax.f1);
    expect(lexical.peakRssMb).toBeGreaterThan(0);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("prints a table with micro-averages, time and peak RSS", async () => {
    const result = await runCli(["bench", "textberg", "--data", mini, "--split", "dev", "--method", "length"], { env: tinyDictd });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^length\s+micro-avg(\s+\d\.\d{3}){6}\s+\d+$/m);
    expect(result.stdout).toMatch(/length: \d+\.\d\d s wall, peak RSS \d+ MB/);
  });

  it("refuses an unknown method, a missing data folder and a broken gold file", async () => {
    const unknown = await runCli(["bench", "textberg", "--data", mini, "--split", "dev", "--method", "length,magic"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown --method "magic".*\[USAGE\]/);

    const missing = await runCli(["bench", "textberg", "--data", "/nonexistent/textberg"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^\/nonexistent\/textberg: Text\+Berg data not found.*\[INPUT_MISSING\]\n$/);

    const broken = track(mkdtempSync(path.join(tmpdir(), "tandem-bench-bad-")));
    cpSync(mini, broken, { recursive: true });
    writeFileSync(path.join(broken, "dev.defr"), "[0]:[0]\n[1]:[1]\n[2]:[9]\n");
    const outOfRange = await runCli(["bench", "textberg", "--data", broken, "--split", "dev"], { env: tinyDictd });
    expect(outOfRange.status).toBe(1);
    expect(outOfRange.stderr).toBe(
      `${path.join(broken, "dev.defr")}:3: target index 9 is out of range: the target has 6 sentences [ALIGN_BAD_INDEX]\n`,
    );
    writeFileSync(path.join(broken, "dev.defr"), "[0]:[0]\n[1] [1]\n");
    const malformed = await runCli(["bench", "textberg", "--data", broken, "--split", "dev"], { env: tinyDictd });
    expect(malformed.stderr).toMatch(/dev\.defr:2: expected .*\[ALIGN_BAD_LINE\]\n$/);
  });

  it("reads a --lexicon TSV and stops at its first bad line", async () => {
    const bad = path.join(repoRoot, "fixtures/align/lexicon-bad/lexicon.tsv");
    const result = await runCli(["bench", "textberg", "--data", mini, "--split", "dev", "--lexicon", bad], { env: tinyDictd });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${bad}:4: expected two tab-separated columns (source, target), found 1 [LEXICON_BAD_LINE]\n`);
    const missing = await runCli(["bench", "textberg", "--data", mini, "--split", "dev", "--lexicon", "/nonexistent.tsv"], { env: tinyDictd });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("/nonexistent.tsv: cannot read lexicon: ENOENT [LEXICON_MISSING]\n");
  });

  it("has help with examples", async () => {
    const result = await runCli(["bench", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("bench textberg --method length,lexical");
  });

  it("runs the Bible set with verse-merged scoring (variant E)", async () => {
    const dir = track(mkdtempSync(path.join(tmpdir(), "tandem-bench-bible-")));
    // Verse v2 is one English sentence and two Chinese ones: the gold has one link per verse.
    writeFileSync(path.join(dir, "en.txt"), "In the beginning God created the heaven and the earth.\nAnd God said, Let there be light: and there was light, and it was good.\nAnd God called the light Day.\n");
    writeFileSync(path.join(dir, "zh.txt"), "起初神创造天地。\n神说：要有光，就有了光。\n神看光是好的。\n神称光为昼。\n");
    writeFileSync(path.join(dir, "en.verse"), "Gen:1:1\nGen:1:3\nGen:1:5\n");
    writeFileSync(path.join(dir, "zh.verse"), "Gen:1:1\nGen:1:3\nGen:1:3\nGen:1:5\n");
    writeFileSync(path.join(dir, "gold.align"), "[0]:[0]\n[1]:[1,2]\n[2]:[3]\n");
    const cedict = path.join(repoRoot, "fixtures/align/cedict-tiny/cedict_ts.u8");
    const result = await runCli(["bench", "bible", "--data", dir, "--method", "lexical", "--json"], { env: { TANDEM_CEDICT: cedict } });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.dataset).toBe("bible");
    const lexical = report.results[0];
    expect(lexical.documents.map((d: { name: string }) => d.name)).toEqual(["bible"]);
    expect(lexical.micro.counts.goldLinks).toBe(3);
    expect(lexical.notes).toContain("lexicon: cc-cedict (0 + 17 headwords)");
    // Not all deletions: the scorer found beads, and at least one matches a verse exactly.
    expect(lexical.micro.counts.recallStrict).toBeGreaterThan(0);

    const table = await runCli(["bench", "bible", "--data", dir, "--method", "length"]);
    expect(table.stdout).toMatch(/^Bible en→zh, test .*variant E/m);
    const dev = await runCli(["bench", "bible", "--data", dir, "--split", "dev"]);
    expect(dev.status).toBe(1);
    expect(dev.stderr).toMatch(/bible has no dev split; use test \[USAGE\]/);
    writeFileSync(path.join(dir, "zh.verse"), "Gen:1:1\n");
    const mismatch = await runCli(["bench", "bible", "--data", dir]);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toBe(`${path.join(dir, "zh.verse")}: 1 verse IDs for 4 sentences [ALIGN_MISMATCH]\n`);
  });

  it("runs ParIce-format documents, tolerating a null gold link past the end, and names a bad index column", async () => {
    const dir = track(mkdtempSync(path.join(tmpdir(), "tandem-bench-parice-")));
    for (const sub of ["eng", "isl", "gold"]) mkdirSync(path.join(dir, sub));
    writeFileSync(path.join(dir, "eng", "n_1.txt"), "0\tIceland joined NATO in 1949.\n1\tThe vote was 37 to 13.\n");
    writeFileSync(path.join(dir, "isl", "n_1.txt"), "0\tÍsland gekk í NATO árið 1949.\n1\tAtkvæði féllu 37 gegn 13.\n");
    writeFileSync(path.join(dir, "gold", "n_1.txt"), "[0]:[0]\n[1]:[1]\n[2]:[]\n");
    const result = await runCli(["bench", "parice", "--data", dir, "--method", "length,lexical", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const method of report.results) {
      expect(method.documents.map((d: { name: string }) => d.name)).toEqual(["n_1"]);
      expect(method.micro.strict.f1).toBe(1);
    }
    writeFileSync(path.join(dir, "isl", "n_1.txt"), "0\tÍsland gekk í NATO árið 1949.\n5\tAtkvæði féllu 37 gegn 13.\n");
    const bad = await runCli(["bench", "parice", "--data", dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`${path.join(dir, "isl", "n_1.txt")}:2: expected "1<TAB>sentence" [INPUT_UNREADABLE]\n`);
  });

  it.skipIf(!existsSync(path.join(textberg, "test0.defr")) || !existsSync("/usr/share/dictd/freedict-deu-fra.index"))(
    "meets the quality bar on Text+Berg test with FreeDict (strict F1 ≥ 0.85, lax F1 ≥ 0.97)",
    async () => {
      const result = await runCli(["bench", "textberg", "--method", "lexical", "--json"]);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.data).toBe(textberg);
      const micro = report.results[0].micro;
      expect(micro.strict.f1).toBeGreaterThanOrEqual(0.85);
      expect(micro.lax.f1).toBeGreaterThanOrEqual(0.97);
      // 916 gold links minus 47 0-1 and 11 1-0 links (README of the data): 858 count in recall.
      expect(micro.counts.goldLinks).toBe(858);
    },
  );
});
