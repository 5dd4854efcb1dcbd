import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTinyModel } from "../../../scripts/make-tiny-model.js";
import { repoRoot, runCli } from "./run-cli.js";

const SOURCE = "seeds/000_a2c988d880e43a81.txt";
const TARGET = "seeds/001_9c2bcb4f48ee580e.txt";
const tinyModel = path.join(repoRoot, "fixtures/tiny-model");
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp dir with the seed pair. */
function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-neural-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "seeds"));
  for (const seed of [SOURCE, TARGET]) copyFileSync(path.join(repoRoot, seed), path.join(dir, seed));
  return dir;
}

// An empty model folder in place of ~/.cache/tandem/models, so no test sees a real model.
const noModels = {
  TANDEM_MODEL_DIR: path.join(tmpdir(), "tandem-no-models-here"),
  // And no test writes bench embeddings into the real ~/.cache.
  TANDEM_EMBEDDING_CACHE: path.join(scratch("tandem-embeddings-"), "embeddings.db"),
};

function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

describe("tandem align --scorer neural (tiny offline model)", () => {
  it("aligns the seed pair end to end, and a second run embeds nothing (SQLite cache)", async () => {
    const cwd = workdir();
    const args = [SOURCE, TARGET, "--scorer", "neural", "--model-dir", tinyModel, "--offline", "--json"];
    const first = await runCli(["align", ...args, "-o", "first.tmx"], { cwd, env: noModels });
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    type Encoder = { model: string; dtype: string; texts: number; tokens: number; cachedTexts: number; seconds: number; sessionLoaded: boolean };
    const summary = JSON.parse(first.stdout) as { pairs: number; notes: string[]; runId: number; encoder: Encoder };
    expect(summary.pairs).toBeGreaterThan(5);
    expect(summary.encoder).toMatchObject({ model: tinyModel, dtype: "fp32", sessionLoaded: true });
    expect(summary.encoder.texts).toBeGreaterThan(0);
    expect(summary.encoder.tokens).toBeGreaterThan(summary.encoder.texts);
    expect(summary.encoder.seconds).toBeGreaterThan(0);
    const tmx = readFileSync(path.join(cwd, "first.tmx"), "utf8");
    expect(tmx.match(/<tu[ >]/g)?.length).toBe(summary.pairs);

    const second = await runCli(["align", ...args, "-o", "second.tmx"], { cwd, env: noModels });
    expect(second.status).toBe(0);
    const again = JSON.parse(second.stdout) as { notes: string[]; encoder: Encoder };
    // Every vector from the database: nothing through the model, and its session never loaded.
    expect(again.encoder).toMatchObject({ texts: 0, tokens: 0, sessionLoaded: false });
    expect(again.encoder.cachedTexts).toBeGreaterThanOrEqual(summary.encoder.texts);
    expect(again.notes.some((note) => /embedded 0 texts, \d+ from the cache/.test(note))).toBe(true);
    // Same vectors, same beads.
    const body = (file: string) => readFileSync(path.join(cwd, file), "utf8").replace(/creationdate="[^"]*"/g, "");
    expect(body("second.tmx")).toBe(body("first.tmx"));
  });

  it("takes the model folder through --model as well", async () => {
    const cwd = workdir();
    const result = await runCli(["align", SOURCE, TARGET, "--scorer", "neural", "--model", tinyModel, "--no-store", "-o", "out.tsv", "-q"], { cwd, env: noModels });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(cwd, "out.tsv"), "utf8").split("\n").length).toBeGreaterThan(5);
  });

  it("fails with one MODEL_MISSING line, and leaves no output, when the model is not there and downloads are off", async () => {
    const cwd = workdir();
    const result = await runCli(["align", SOURCE, TARGET, "--scorer", "hybrid", "--offline", "--no-store", "-o", "out.tmx"], { cwd, env: noModels });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `tandem: model Xenova/LaBSE not found in ${path.join(noModels.TANDEM_MODEL_DIR, "Xenova/LaBSE")} and downloads are off; ` +
        "download it on a machine with internet (tandem align … --scorer neural --model Xenova/LaBSE --model-dir DIR, then copy DIR) " +
        "or pass --model-dir DIR holding Xenova/LaBSE/ [MODEL_MISSING]\n",
    );
    expect(existsSync(path.join(cwd, "out.tmx"))).toBe(false);
    expect(readdirSync(cwd).sort()).toEqual(["seeds"]);
  });

  it("defaults to hybrid when a model is on disk and to lexical when not, saying which", async () => {
    const cwd = workdir();
    const withModel = await runCli(["align", SOURCE, TARGET, "--no-store", "-o", "a.tmx", "--json"], { cwd, env: { TANDEM_MODEL_DIR: tinyModel } });
    expect(withModel.status).toBe(0);
    expect((JSON.parse(withModel.stdout) as { notes: string[] }).notes).toContain(`scorer: hybrid (model folder ${tinyModel})`);
    const without = await runCli(["align", SOURCE, TARGET, "--no-store", "-o", "b.tmx", "--json"], { cwd, env: noModels });
    expect(without.status).toBe(0);
    expect((JSON.parse(without.stdout) as { notes: string[] }).notes[0]).toMatch(/^scorer: lexical \(no model in .*tandem-no-models-here\/Xenova\/LaBSE;/);
  });

  it("refuses a LaBSE folder without its 2_Dense head in one line, and takes it with --raw-cls", async () => {
    const cwd = workdir();
    const labse = path.join(cwd, "models/Xenova/LaBSE");
    makeTinyModel(labse);
    for (const file of ["modules.json", "1_Pooling", "sentence_bert_config.json"]) rmSync(path.join(labse, file), { recursive: true });
    const args = ["align", SOURCE, TARGET, "--scorer", "neural", "--model-dir", path.join(cwd, "models"), "--offline", "--no-store"];
    const refused = await runCli([...args, "-o", "out.tmx"], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^tandem: model Xenova\/LaBSE in .* lacks its Dense head: 2_Dense\/config.json, 2_Dense\/model.safetensors missing; .*--raw-cls.* \[MODEL_MISSING\]\n$/);
    expect(existsSync(path.join(cwd, "out.tmx"))).toBe(false);
    const raw = await runCli([...args, "--raw-cls", "-o", "out.tmx", "--json"], { cwd });
    expect(raw.status).toBe(0);
    expect((JSON.parse(raw.stdout) as { notes: string[] }).notes.some((note) => note.includes("raw CLS vectors"))).toBe(true);
    // Without --scorer, a headless LaBSE on disk is no reason to fail: lexical, and a note says why.
    const plain = await runCli(["align", SOURCE, TARGET, "--no-store", "-o", "plain.tmx", "--json"], { cwd, env: { TANDEM_MODEL_DIR: path.join(cwd, "models") } });
    expect(plain.status).toBe(0);
    expect((JSON.parse(plain.stdout) as { notes: string[] }).notes[0]).toMatch(/^scorer: lexical \(model in .*Xenova\/LaBSE lacks 2_Dense\/config.json, 2_Dense\/model.safetensors;/);
  });

  it("documents the neural options in --help", async () => {
    const help = await runCli(["align", "--help"]);
    expect(help.status).toBe(0);
    for (const option of ["--scorer", "--model ", "--model-dir", "--offline", "--dtype", "--raw-cls", "neural", "hybrid"]) expect(help.stdout).toContain(option);
  });
});

describe("tandem bench textberg --scorer neural", () => {
  it("runs the neural scorer on the benchmark and keeps its embeddings for the next run (tiny model: wiring, not quality)", async () => {
    const cache = path.join(workdir(), "embeddings.db");
    const args = ["bench", "textberg", "--scorer", "neural", "--split", "dev", "--model-dir", tinyModel, "--offline", "--json", "--embedding-cache", cache];
    type Report = { results: { method: string; micro: { strict: { f1: number } }; notes: string[]; encoder: { texts: number; tokens: number; cachedTexts: number; sessionLoaded: boolean } }[] };
    const result = await runCli(args, { env: noModels });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.results.map((r) => r.method)).toEqual(["neural"]);
    expect(report.results[0]!.micro.strict.f1).toBeGreaterThan(0);
    expect(report.results[0]!.encoder.texts).toBeGreaterThan(0);
    expect(report.results[0]!.encoder.tokens).toBeGreaterThan(0);
    const second = JSON.parse((await runCli(args, { env: noModels })).stdout) as Report;
    expect(second.results[0]!.encoder).toMatchObject({ texts: 0, tokens: 0, sessionLoaded: false });
    expect(second.results[0]!.encoder.cachedTexts).toBeGreaterThanOrEqual(report.results[0]!.encoder.texts);
    expect(second.results[0]!.micro).toEqual(report.results[0]!.micro);
  });

  it("says MODEL_MISSING when the model is not there", async () => {
    const result = await runCli(["bench", "textberg", "--scorer", "hybrid", "--split", "dev", "--offline"], { env: noModels });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tandem: model Xenova\/LaBSE not found in .* \[MODEL_MISSING\]\n$/);
  });
});

describe("tandem corpus --scorer neural", () => {
  it("sums the encoder over the pairs in its --json summary", async () => {
    const cwd = workdir();
    const result = await runCli(
      ["corpus", path.join(cwd, "seeds"), "-o", "c.tsv", "--no-store", "--source-lang", "nl", "--scorer", "neural", "--model-dir", tinyModel, "--offline", "--json"],
      { cwd, env: noModels },
    );
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as { aligned: number; encoder: { model: string; texts: number; tokens: number; cachedTexts: number; seconds: number } };
    expect(summary.aligned).toBe(1);
    expect(summary.encoder).toMatchObject({ model: tinyModel });
    expect(summary.encoder.texts).toBeGreaterThan(20);
    expect(summary.encoder.tokens).toBeGreaterThan(summary.encoder.texts);
  });
});
