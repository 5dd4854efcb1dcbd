import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderCacheStore } from "../src/files/cache-folder.js";
import { tandemCacheDir } from "../src/files/tandem-cache-dir.js";
import { repoRoot, runCli } from "./run-cli.js";

const root = mkdtempSync(path.join(tmpdir(), "tandem-cache-folder-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("tandemCacheDir", () => {
  it("follows the variable, then XDG_CACHE_HOME, then HOME, and can be turned off", () => {
    expect(tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", { TANDEM_LANGUAGE_CACHE: "/c", XDG_CACHE_HOME: "/x" })).toBe("/c");
    expect(tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", { XDG_CACHE_HOME: "/x", HOME: "/home/ann" })).toBe("/x/tandem/languages");
    expect(tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", { HOME: "/home/ann" })).toBe("/home/ann/.cache/tandem/languages");
    expect(tandemCacheDir("TANDEM_LANGUAGE_CACHE", "languages", { TANDEM_LANGUAGE_CACHE: "off" })).toBeUndefined();
  });
});

describe("folderCacheStore", () => {
  it("keeps an entry as a file of its name and reads it back", () => {
    const dir = path.join(mkdtempSync(path.join(root, "case-")), "languages");
    const store = folderCacheStore(dir);
    expect(store.read("months-x.json")).toBeUndefined();
    store.write("months-x.json", "[[\"august\",8]]");
    expect(store.read("months-x.json")?.toString("utf8")).toBe("[[\"august\",8]]");
    expect(readdirSync(dir)).toEqual(["months-x.json"]);
  });

  it("keeps nothing, without an error, where the folder cannot be made", () => {
    const blocker = path.join(mkdtempSync(path.join(root, "case-")), "not-a-folder");
    writeFileSync(blocker, "");
    const store = folderCacheStore(path.join(blocker, "languages"));
    expect(() => store.write("months-x.json", "[]")).not.toThrow();
    expect(store.read("months-x.json")).toBeUndefined();
  });
});

describe("the CLI's language cache folder", () => {
  const seed = path.join(repoRoot, "seeds/000_a2c988d880e43a81.txt");

  it("is where `tandem segment` keeps eld's table, and the output is the same from the cache", async () => {
    const home = mkdtempSync(path.join(root, "xdg-"));
    const first = await runCli(["segment", seed, "--json"], { env: { XDG_CACHE_HOME: home, TANDEM_LANGUAGE_CACHE: undefined } });
    expect(first.status).toBe(0);
    const kept = readdirSync(path.join(home, "tandem", "languages"));
    expect(kept).toContainEqual(expect.stringMatching(/^eld-medium-\d+-\d+-bytes\.tsv$/));
    const second = await runCli(["segment", seed, "--json"], { env: { XDG_CACHE_HOME: home, TANDEM_LANGUAGE_CACHE: undefined } });
    expect(second.stdout).toBe(first.stdout);
  });

  it("keeps Unihan's readings parsed for a pair with Chinese, and aligns the same from them", { timeout: 60_000 }, async () => {
    const home = mkdtempSync(path.join(root, "xdg-"));
    const lines = path.join(repoRoot, "fixtures/align/translated-lines");
    const run = (out: string) =>
      runCli(["align", path.join(lines, "news-names20.zh"), path.join(lines, "news-names20.fr"), "-o", path.join(home, out), "--json"], {
        env: { XDG_CACHE_HOME: home, TANDEM_LANGUAGE_CACHE: undefined, TANDEM_LEXICON_CACHE: "off" },
      });
    expect((await run("first.jsonl")).status).toBe(0);
    expect(readdirSync(path.join(home, "tandem", "languages"))).toContainEqual(expect.stringMatching(/^unihan-pinyin-[0-9a-f]{16}\.json$/));
    expect((await run("second.jsonl")).status).toBe(0);
    expect(readFileSync(path.join(home, "second.jsonl"), "utf8")).toBe(readFileSync(path.join(home, "first.jsonl"), "utf8"));
  });

  it("is not made with TANDEM_LANGUAGE_CACHE=off", async () => {
    const home = mkdtempSync(path.join(root, "xdg-"));
    const result = await runCli(["segment", seed, "--json"], { env: { XDG_CACHE_HOME: home, TANDEM_LANGUAGE_CACHE: "off" } });
    expect(result.status).toBe(0);
    // Only the code cache, which has its own switch (TANDEM_CODE_CACHE, bin/run-script.js).
    const made = readdirSync(home, { recursive: true, encoding: "utf8" }).filter((entry) => !/^tandem(\/code(\/.*)?)?$/.test(entry));
    expect(made).toEqual([]);
  });
});
