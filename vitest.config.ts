import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string, entry = "index.ts") =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

// Tests (and the CLI they start) compile lexicons into a folder of their own, never ~/.cache/tandem.
const lexiconCache = mkdtempSync(path.join(tmpdir(), "tandem-test-lexicons-"));
// The same for the language identifier's n-gram table and ICU's month names, which the CLI's
// language cache folder keeps (and, through vitest.setup.ts, the library tests' too).
const languageCache = mkdtempSync(path.join(tmpdir(), "tandem-test-languages-"));

export default defineConfig({
  resolve: {
    // Tests run against the sources, so a package need not be built to be tested.
    // Subpath entry points first: an alias matches every import that starts with it.
    alias: {
      "@tandem/segment/errors": src("segment", "errors.ts"),
      "@tandem/segment/core": src("segment", "core.ts"),
      "@tandem/segment/cache-store": src("segment", "language/cache-store.ts"),
      "@tandem/segment/identify": src("segment", "language/identify-language.ts"),
      "@tandem/align/bead": src("align", "bead.ts"),
      "@tandem/segment": src("segment"),
      "@tandem/align": src("align"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "packages/*/test/**/*.test.tsx"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    setupFiles: ["./vitest.setup.ts"],
    env: { TANDEM_LEXICON_CACHE: lexiconCache, TANDEM_LANGUAGE_CACHE: languageCache },
  },
});
