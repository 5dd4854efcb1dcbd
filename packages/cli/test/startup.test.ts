import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempWorkdir } from "./e2e-helpers.js";
import { tandemCommand } from "./run-cli.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The modules `tandem …args` loads, recorded by a resolve hook. */
async function modulesLoaded(args: string[], cwd: string, env: Record<string, string>): Promise<{ modules: string[]; status: number | null }> {
  const record = path.join(cwd, "imports.txt");
  const [executable, ...prefix] = tandemCommand();
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(executable!, ["--import", path.join(here, "record-imports.mjs"), ...prefix, ...args], {
      cwd,
      env: { ...process.env, TANDEM_RECORD_IMPORTS: record, ...env },
      stdio: "ignore",
    });
    child.on("close", resolve);
  });
  return { modules: withBundledModules(readFileSync(record, "utf8").split("\n").filter(Boolean)), status };
}

/**
 * The loaded modules, with the first-party modules each loaded file of the bundle holds
 * (dist/bundle/, see scripts/bundle-cli.mjs): esbuild heads each module's code with a
 * `// packages/align/dist/…` line, so the checks below see the modules the bundle loads.
 */
function withBundledModules(urls: string[]): string[] {
  const held = urls
    .filter((url) => /\/packages\/cli\/dist\/bundle\/[^/]+\.js$/.test(url))
    .flatMap((url) => [...readFileSync(new URL(url), "utf8").matchAll(/^\/\/ (packages\/\S+)$/gm)].map((match) => `file:///${match[1]}`));
  return [...urls, ...held];
}

// Start-up is measured with /usr/bin/time (see the README); a unit test cannot time it
// reliably on a shared machine, but it can check the cause: what gets loaded. The built program
// runs as one script with a code cache (bin/run-script.js), whose first-party modules are in that
// one file and not seen here (what it requires and imports is); the same program as ES modules
// (TANDEM_CODE_CACHE=off) shows them.
describe.each([
  ["the start-up script", {}],
  ["the ES modules", { TANDEM_CODE_CACHE: "off" }],
])("start-up loads only what the command needs (%s)", (_label, env: Record<string, string>) => {
  const heavy = /\/eld\/|@huggingface|onnxruntime|sentence-splitter|fastest-levenshtein|\/ink\/|\/react\//;

  it.each([["--help"], ["runs", "--db", "none.db"]])(
    "`tandem %s` loads no language identification, scorer, lexicon or ONNX runtime",
    async (...args) => {
      const dir = tempWorkdir("tandem-startup-");
      const { modules } = await modulesLoaded(args, dir, env);
      expect(modules.length).toBeGreaterThan(5);
      expect(modules.filter((url) => heavy.test(url))).toEqual([]);
      expect(modules.filter((url) => /packages\/(align|segment)\/(src|dist)\/(?!errors|bead|language\/cache-store)/.test(url))).toEqual([]);
    },
  );

  it("a lexical `tandem align` loads no ONNX runtime or model library", async () => {
    const dir = tempWorkdir("tandem-startup-");
    const seeds = ["000_a2c988d880e43a81.txt", "001_9c2bcb4f48ee580e.txt"].map((name) => path.join(here, "../../../seeds", name));
    const { modules, status } = await modulesLoaded(["align", ...seeds, "-o", path.join(dir, "out.tsv"), "--method", "lexical", "--no-store"], dir, env);
    expect(status).toBe(0);
    expect(modules.filter((url) => /@huggingface|onnxruntime/.test(url))).toEqual([]);
  });

  it("`tandem segment` does load language identification (the check above can fail)", async () => {
    const dir = tempWorkdir("tandem-startup-");
    const { modules } = await modulesLoaded(["segment", path.join(here, "../../../seeds/000_a2c988d880e43a81.txt")], dir, env);
    expect(modules.some((url) => /\/eld\//.test(url))).toBe(true);
  });
});
