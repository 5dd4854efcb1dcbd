/**
 * Bundles the built CLI (packages/cli/dist, from `tsc -b`) into packages/cli/dist/bundle/, which
 * `bin/tandem.js` runs when it is there. `pnpm run build` runs this after tsc.
 *
 * Why: `tandem align` on one short document spent about a third of its time starting up, most of
 * it finding, reading and compiling ~180 first-party modules one by one. The bundle holds the
 * first-party code (packages/cli, align, segment) in a few files; every command and every lazily
 * imported part (neural scorer, store drivers, review screen, HTML reader) stays a chunk of its
 * own that is loaded only when used, as the dynamic imports in the sources say.
 *
 * yargs is bundled too (BUNDLED below). What stays outside the bundle, imported from where pnpm
 * installed it:
 * - every third-party package. The CLI's own dependencies resolve from packages/cli as before;
 *   those of align and segment are imported by a relative path through that package's
 *   node_modules (pnpm gives the CLI no link to them), so each runs as the same file as without
 *   the bundle (native addons, data files beside them, eld's tables).
 * - the first-party modules that find files next to themselves through `import.meta`
 *   (LOCATED below): they are imported from their dist file, so their paths stay right.
 *   They import no first-party module (checked below), so nothing is loaded twice.
 * Modules that find files relative to the bundle (tool-version's ../../package.json, the
 * corpus worker and the sandboxed BullMQ processor beside the code that starts them) work from
 * dist/bundle/ as from dist/<folder>/: the worker and processor are entry points of their own.
 *
 *   node scripts/bundle-cli.mjs          (after tsc -b packages/cli)
 */
import { build } from "esbuild";
import { existsSync, readFileSync, realpathSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "packages/cli");
const outdir = path.join(cli, "dist/bundle");
const packages = ["cli", "align", "segment"].map((name) => path.join(root, "packages", name));

/**
 * Third-party packages inside the bundle: yargs, which every command loads (15 CommonJS files
 * read one by one otherwise). Where its code reads `__dirname` (for its locale files), it gets
 * its own installed build folder (scripts/bundle-cli-dirname.mjs, injected below).
 */
const BUNDLED = ["yargs"];

/** First-party modules that locate files through import.meta: imported from dist, unbundled. */
const LOCATED = [path.join(root, "packages/segment/dist/language/load-language-table.js")];

for (const file of LOCATED) {
  // Guard the promise above: such a module must not import first-party code (it would be loaded twice).
  const imports = [...readFileSync(file, "utf8").matchAll(/(?:from |import\()\s*"([^"]+)"/g)].map((m) => m[1]);
  const foreign = imports.filter((specifier) => specifier.startsWith(".") || specifier.startsWith("@tandem/"));
  if (foreign.length > 0) throw new Error(`${file} imports ${foreign.join(", ")}: it cannot stay outside the bundle`);
}

const relative = (file) => {
  const link = path.relative(outdir, file).split(path.sep).join("/");
  return link.startsWith(".") ? link : `./${link}`;
};

/** The workspace package (packages/cli, align or segment) a file belongs to, if any. */
const ownerOf = (file) => packages.find((dir) => file.startsWith(`${dir}${path.sep}`));

const outside = {
  name: "outside",
  setup(plugin) {
    plugin.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind === "entry-point" || args.path.startsWith("node:") || args.pluginData?.inner) return undefined;
      if (args.path.startsWith(".") || path.isAbsolute(args.path)) {
        const file = path.resolve(args.resolveDir, args.path);
        if (LOCATED.includes(file)) return { path: relative(file), external: true };
        return undefined;
      }
      // Workspace packages are bundled (resolved by esbuild through their exports maps), and so
      // are the packages of BUNDLED with everything they import.
      if (args.path.startsWith("@tandem/") || BUNDLED.includes(packageName(args.path))) return undefined;
      const owner = ownerOf(args.importer);
      if (owner === undefined) return undefined;
      if (owner === cli) return { path: args.path, external: true };
      // A dependency of align or segment: the file it resolves to there (as `import` would
      // resolve it), by a relative path through the package's node_modules link.
      const found = await plugin.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inner: true } });
      if (found.errors.length > 0) return { errors: found.errors };
      const link = path.join(owner, "node_modules", packageName(args.path));
      return { path: relative(path.join(link, path.relative(realpathSync(link), found.path))), external: true };
    });
  },
};

function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

rmSync(outdir, { recursive: true, force: true });
const entryPoints = ["main", "corpus/align-worker", "distributed/sandboxed-corpus-processor"].map((name) => path.join(cli, "dist", `${name}.js`));
for (const entry of entryPoints) if (!existsSync(entry)) throw new Error(`${entry} is missing: run tsc -b packages/cli first`);
await build({
  entryPoints,
  entryNames: "[name]",
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Node 20 reads \p{…} in regular expression literals; left to itself esbuild rewrote every such
  // literal as `new RegExp("…")`, which parses its pattern again each time a function runs it
  // (once a sentence in isDebris, once a word in others).
  supported: { "regexp-unicode-property-escapes": true },
  plugins: [outside],
  logLevel: "warning",
  legalComments: "none",
  // yargs (CommonJS) reads `__dirname`, which an ES module lacks: given where it is used.
  inject: [path.join(root, "scripts/bundle-cli-dirname.mjs")],
  // yargs requires Node's modules (assert, fs, path …): esbuild's shim for that calls the
  // `require` in scope, which an ES module has only when it makes one. Its `main` is the CLI's
  // package.json: every parser yargs builds guesses a version (unused: `.version(false)`) from the
  // package.json found upward of `require.main.filename`, which an ES module program lacks, so it
  // read every directory from the working directory up to the root (/tmp: ~4,000 entries, ~10 ms).
  // (`globalThis.URL`: a chunk may declare a `URL` of its own, hoisted above the banner.)
  banner: {
    js: 'import { createRequire as __tandemRequire } from "node:module"; import { fileURLToPath as __tandemPath } from "node:url"; const require = __tandemRequire(import.meta.url); require.main ??= { filename: __tandemPath(new globalThis.URL("../../package.json", import.meta.url)) };',
  },
});
