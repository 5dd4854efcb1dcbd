import { readdirSync, readFileSync } from "node:fs";
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

  it("segment imports no other tandem package, align only segment", () => {
    expect(offending(sources("segment"), /from "@tandem\//)).toEqual([]);
    expect(offending(sources("align"), /from "@tandem\/(?!segment")/)).toEqual([]);
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
});
