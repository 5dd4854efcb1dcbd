import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./run-cli.js";

/** Every .ts/.tsx file below a package's src/, as [relative path, text]. */
function sources(pkg: string): [string, string][] {
  const root = path.join(repoRoot, "packages", pkg, "src");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => [`packages/${pkg}/src/${file}`, readFileSync(path.join(root, file), "utf8")]);
}

const offending = (files: [string, string][], pattern: RegExp) =>
  files.filter(([, text]) => pattern.test(text)).map(([file]) => file);

// The rules of STYLE.md that a linter would enforce: libraries return values, only the
// CLI talks to the terminal; dependencies point cli → align → segment; only store/ opens SQLite.
describe("package boundaries", () => {
  it("libraries never print or exit", () => {
    const libraries = [...sources("segment"), ...sources("align")];
    expect(offending(libraries, /\bconsole\.|process\.(exit|stdout|stderr)\b/)).toEqual([]);
  });

  it("libraries write no files: caches go through the store the CLI gives (setCacheStore)", () => {
    // The one exception: align's neural model reader keeps a downloaded model in the model
    // folder the caller named (--model-dir), as transformers.js does.
    const code = ([file, text]: [string, string]): [string, string] => [file, text.replace(/^\s*(\*|\/\/).*$/gm, "")];
    const libraries = [...sources("segment"), ...sources("align")].filter(([file]) => file !== "packages/align/src/neural/read-model-file.ts").map(code);
    expect(offending(libraries, /\b(writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|rename|renameSync|rm|rmSync|unlink|unlinkSync|createWriteStream)\b\s*\(/)).toEqual([]);
  });

  it("segment imports no other tandem package, align only segment", () => {
    expect(offending(sources("segment"), /from "@tandem\//)).toEqual([]);
    // align may use the segment package's index or its light entry point (no language model).
    expect(offending(sources("align"), /from "@tandem\/(?!segment(\/core)?")/)).toEqual([]);
  });

  it("no relative import reaches into another package", () => {
    const all = [...sources("segment"), ...sources("align"), ...sources("cli")];
    expect(offending(all, /from "(\.\.\/)+(segment|align|cli)\//)).toEqual([]);
    expect(offending(all, /from "[^"]*packages\//)).toEqual([]);
  });

  it("only the store opens SQLite", () => {
    const outside = sources("cli").filter(([file]) => !file.startsWith("packages/cli/src/store/"));
    expect(offending(outside, /from "better-sqlite3"/)).toEqual([]);
  });

  it("only the store opens Postgres, and only distributed/ talks to the queue", () => {
    const outsideStore = sources("cli").filter(([file]) => !file.startsWith("packages/cli/src/store/"));
    expect(offending(outsideStore, /from "pg"/)).toEqual([]);
    const outsideQueue = sources("cli").filter(([file]) => !file.startsWith("packages/cli/src/distributed/"));
    expect(offending(outsideQueue, /from "(bullmq|ioredis)"/)).toEqual([]);
  });

  it("the store imports no other folder of the CLI (review reaches the store, not the other way)", () => {
    const store = sources("cli").filter(([file]) => file.startsWith("packages/cli/src/store/"));
    expect(offending(store, /(from |import\()"\.\.\//)).toEqual([]);
  });

  for (const [pkg, readmePath, topLevel] of [
    ["align", "packages/align/README.md", ["bead.js"]],
    ["segment", "packages/segment/src/README.md", ["document.js", "errors.js", "core.js"]],
    ["cli", "packages/cli/README.md", []],
  ] as const) {
    it(`${pkg}'s folders import only what ${readmePath} allows`, () => {
      const allowed = folderRules(readmePath);
      const entries = folderEntries(readmePath);
      const srcRoot = path.join(repoRoot, "packages", pkg, "src");
      const folders = readdirSync(srcRoot).filter((entry) => statSync(path.join(srcRoot, entry)).isDirectory());
      expect(folders.sort()).toEqual([...allowed.keys()].sort());
      const wrong: string[] = [];
      for (const [file, text] of sources(pkg)) {
        const from = file.split("/")[3];
        if (!allowed.has(from)) continue; // top level: index.ts / main.ts and the shared types
        for (const [, specifier] of text.matchAll(/(?:from |import\()"(\.{1,2}\/[^"]+)"/g)) {
          const target = path.relative(srcRoot, path.resolve(path.dirname(path.join(repoRoot, file)), specifier));
          const to = target.includes(path.sep) ? target.split(path.sep)[0] : target;
          if (to === from || (topLevel as readonly string[]).includes(to)) continue;
          if (!allowed.get(from)!.includes(to)) wrong.push(`${file} imports ${specifier}`);
          // A folder with an entry is reached through it alone.
          const entry = entries.get(to);
          if (entry && target.split(path.sep).join("/").replace(/\.js$/, ".ts") !== entry) wrong.push(`${file} imports ${specifier}, not ${entry}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`every ${pkg} folder says what it owns and what it may import`, () => {
      for (const folder of folderRules(readmePath).keys()) {
        const readme = readFileSync(path.join(repoRoot, "packages", pkg, "src", folder, "README.md"), "utf8");
        expect(readme, folder).toMatch(/May import:/);
      }
    });

    it(`${pkg}'s src holds at most 12 entries at its top level`, () => {
      expect(readdirSync(path.join(repoRoot, "packages", pkg, "src")).length).toBeLessThanOrEqual(12);
    });
  }
});

/** The rows of a package's folder table: `| `folder/` | … | may import |`, the last column the imports. */
function folderRows(readmePath: string): [string, string[]][] {
  const readme = readFileSync(path.join(repoRoot, readmePath), "utf8");
  return [...readme.matchAll(/^\| `([a-z]+)\/` \|(.*)\|$/gm)].map(([, folder, rest]) => [folder!, rest!.split("|").map((cell) => cell.trim())]);
}

/** A package's folder table (in its README): folder → the folders it may import. */
function folderRules(readmePath: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const [folder, cells] of folderRows(readmePath)) {
    rules.set(folder, [...cells.at(-1)!.matchAll(/`([a-z]+)\/`/g)].map((match) => match[1]!));
  }
  return rules;
}

/** Folders whose table row names an entry file (`store/index.ts`): the only file others may import. */
function folderEntries(readmePath: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [folder, cells] of folderRows(readmePath)) {
    if (cells.length < 3) continue;
    const entry = /^`([a-z]+\/[a-z-]+\.ts)`$/.exec(cells[0]!);
    if (entry) entries.set(folder, entry[1]!);
  }
  return entries;
}
