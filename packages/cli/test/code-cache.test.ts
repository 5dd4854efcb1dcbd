import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tempWorkdir } from "./e2e-helpers.js";
import { repoRoot, runCli } from "./run-cli.js";

// bin/run-script.js: the built program runs as one script with a V8 code cache per command, kept
// in $TANDEM_CODE_CACHE (else $XDG_CACHE_HOME/tandem/code). These run the built bin as a real
// process (TANDEM_TEST_CLI=dist, as `pnpm test` sets it), whose code cache is the point.
const built = process.env.TANDEM_TEST_CLI === "dist";
const seeds = ["000_a2c988d880e43a81.txt", "001_9c2bcb4f48ee580e.txt"].map((name) => path.join(repoRoot, "seeds", name));

/** `tandem align` on the seed pair into `dir/NAME.tsv`: the result and the output file's text. */
async function align(dir: string, name: string, env: Record<string, string>) {
  const out = path.join(dir, `${name}.tsv`);
  const result = await runCli(["align", ...seeds, "-o", out, "--no-store", "-q"], { cwd: dir, env: { TANDEM_CODE_CACHE: undefined, ...env } });
  return { ...result, text: existsSync(out) ? readFileSync(out, "utf8") : "" };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe.skipIf(!built)("the start-up script's code cache", () => {
  it("is written after the first run, read by the next, and changes nothing in the output", async () => {
    const dir = tempWorkdir("tandem-code-cache-");
    const env = { XDG_CACHE_HOME: path.join(dir, "cache") };
    const code = path.join(dir, "cache", "tandem", "code");
    const first = await align(dir, "first", env);
    expect(first.status).toBe(0);
    const written = files(code);
    expect(written).toEqual([expect.stringMatching(/^align-[0-9a-f]{16}-.+\.bin$/)]);
    const file = path.join(code, written[0]!);
    const before = statSync(file).mtimeMs;
    const bytes = readFileSync(file);
    expect(bytes.readUInt32LE(0)).toBe(crc32(bytes.subarray(4)));
    const second = await align(dir, "second", env);
    expect(second.status).toBe(0);
    expect(second.text).toBe(first.text);
    // Accepted, so not written again.
    expect(statSync(file).mtimeMs).toBe(before);
    expect(files(code)).toEqual(written);
    // The ES module bundle, as before the script: the same output.
    const modules = await align(dir, "modules", { ...env, TANDEM_CODE_CACHE: "off" });
    expect(modules.status).toBe(0);
    expect(modules.text).toBe(first.text);
  });

  it("imports from a run compiled from its cache (the neural scorer's transformers.js)", async () => {
    // Node 20 loses a cached script's import() ("A dynamic import callback was not specified"):
    // the loader imports for it.
    const dir = tempWorkdir("tandem-code-cache-");
    const cache = path.join(dir, "code");
    const env = { TANDEM_CODE_CACHE: cache, TANDEM_MODEL_DIR: path.join(dir, "no-models") };
    const neural = ["--scorer", "neural", "--model-dir", path.join(repoRoot, "fixtures/tiny-model"), "--offline", "--no-store", "-q"];
    const runs = [];
    for (const name of ["first", "second"]) {
      const out = path.join(dir, `${name}.tsv`);
      const run = await runCli(["align", ...seeds, "-o", out, ...neural], { cwd: dir, env });
      runs.push({ ...run, text: existsSync(out) ? readFileSync(out, "utf8") : "" });
      if (name === "first") expect(files(cache)).toEqual([expect.stringMatching(/^align-/)]);
    }
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
    expect(runs[1]!.text).toBe(runs[0]!.text);
  });

  it("replaces a damaged or rejected cache file and runs on as if there was none", async () => {
    const dir = tempWorkdir("tandem-code-cache-");
    const cache = path.join(dir, "code");
    const env = { TANDEM_CODE_CACHE: cache };
    const reference = await align(dir, "reference", env);
    const [name] = files(cache);
    const file = path.join(cache, name!);
    const good = readFileSync(file);
    // Bytes flipped (the check fails), cut short, and garbage with a right check (V8 rejects it).
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1] ^= 0xff;
    const garbage = Buffer.alloc(4096, 7);
    const checked = Buffer.concat([Buffer.alloc(4), garbage]);
    checked.writeUInt32LE(crc32(garbage));
    for (const [label, bad] of [["flipped", flipped], ["cut", good.subarray(0, 1000)], ["rejected", checked]] as const) {
      writeFileSync(file, bad);
      const run = await align(dir, label, env);
      expect(run.status, label).toBe(0);
      expect(run.stderr, label).toBe("");
      expect(run.text, label).toBe(reference.text);
      const now = readFileSync(file);
      expect(now.equals(bad), label).toBe(false);
      expect(now.readUInt32LE(0), label).toBe(crc32(now.subarray(4)));
    }
  });

  it("runs without one where the folder cannot be made, with TANDEM_CODE_CACHE=off, and after a failed run", async () => {
    const dir = tempWorkdir("tandem-code-cache-");
    // A file where the folder would be (a read-only folder does not stop root).
    writeFileSync(path.join(dir, "blocked"), "");
    const blocked = await align(dir, "blocked", { TANDEM_CODE_CACHE: path.join(dir, "blocked", "code") });
    expect(blocked.status).toBe(0);
    expect(blocked.stderr).toBe("");
    const off = path.join(dir, "cache-off");
    const quiet = await align(dir, "off", { XDG_CACHE_HOME: off, TANDEM_CODE_CACHE: "off" });
    expect(quiet.status).toBe(0);
    expect(quiet.text).toBe(blocked.text);
    expect(files(path.join(off, "tandem", "code"))).toEqual([]);
    const cache = path.join(dir, "code");
    mkdirSync(cache);
    const usage = await runCli(["align", seeds[0]!], { cwd: dir, env: { TANDEM_CODE_CACHE: cache } });
    expect(usage.status).toBe(2);
    expect(files(cache)).toEqual([]);
  });

  it("is not used by a command that loads an ES module waiting at its top level (review: ink)", async () => {
    const dir = tempWorkdir("tandem-code-cache-");
    const cache = path.join(dir, "code");
    const db = path.join(dir, "t.db");
    expect((await runCli(["align", ...seeds, "-o", path.join(dir, "a.tsv"), "--db", db, "-q"], { cwd: dir, env: { TANDEM_CODE_CACHE: cache } })).status).toBe(0);
    const head = JSON.parse(readFileSync(path.join(repoRoot, "packages/cli/dist/bundle/tandem.cjs"), "utf8").split("\n", 1)[0]!.slice(3)) as { importOnly: string[] };
    expect(head.importOnly).toEqual(["review"]);
    const review = await runCli(["review", "--db", db, "--list"], { cwd: dir, env: { TANDEM_CODE_CACHE: cache } });
    expect(review.status).toBe(0);
    expect(review.stdout).not.toBe("");
    expect(files(cache)).toEqual([expect.stringMatching(/^align-/)]);
  });
});
