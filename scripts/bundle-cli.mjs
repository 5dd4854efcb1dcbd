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
 * The same program is also written as one CommonJS script, dist/bundle/tandem.cjs, which
 * bin/tandem.js runs through `vm.Script` with a V8 code cache (bin/run-script.js): see
 * "The start-up script" below.
 *
 *   node scripts/bundle-cli.mjs          (after tsc -b packages/cli)
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
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
      return installedFile(plugin, args, owner);
    });
  },
};

/**
 * A dependency of a workspace package: the file it resolves to there (as `import` would resolve
 * it), by a relative path through the package's node_modules link.
 */
async function installedFile(plugin, args, owner) {
  const found = await plugin.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inner: true } });
  if (found.errors.length > 0) return { errors: found.errors };
  const link = path.join(owner, "node_modules", packageName(args.path));
  return { path: relative(path.join(link, path.relative(realpathSync(link), found.path))), external: true };
}

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

/**
 * The start-up script. dist/bundle/tandem.cjs is the same program (entry dist/main.js, the same
 * plugin rules for what is bundled) as one CommonJS script, which bin/run-script.js compiles with
 * `vm.Script` and a V8 code cache: the bytecode of the top level and of every function the last
 * run of that command compiled, so a run from the cache parses and compiles almost nothing. Node
 * 20 keeps no code cache of ES modules, hence a script. What differs from the ES module build:
 * - third-party code is loaded with `require` (an ES module too: Node 20.19+/22.12+ can require
 *   one, which bin/tandem.js checks). How Node loads each such file is asked of Node itself
 *   (requireKind). A CommonJS file is required as esbuild does it (its default import is
 *   `module.exports`, as `import` gives it); an ES module is required through a module that
 *   re-exports it (`export *`, `export { default }`), so its default import is its default
 *   export; an ES module graph with top-level await (ink's) can only be imported, so the commands
 *   that load one are listed in the script's first line and run from the ES module build.
 *   `import()` of a third-party file becomes a call of a function the loader passes in (see below).
 * - a script cannot wait at its top level: a module that waits for an ES module only where Node
 *   cannot require one says so as `process.features.require_module ? A : await B`, and here
 *   becomes `A` (WAITS_WHERE_NODE_CANNOT_REQUIRE); main.ts's closing `await main();` becomes
 *   `void main();`.
 * - `import.meta.url` is the script's own URL (dist/bundle/, as for the chunks).
 * Its first line is a comment holding the SHA-256 of the rest (the code cache's key) and those
 * commands; the rest is a function taking CommonJS's five arguments and that import function.
 */
const SCRIPT = path.join(outdir, "tandem.cjs");
const ENTRY = path.join(cli, "dist/main.js");

const PROBE = `let kind;
try {
  kind = Object.prototype.toString.call(require(process.argv[1])) === "[object Module]" ? "module" : "commonjs";
} catch (error) {
  kind = error.code === "ERR_REQUIRE_ASYNC_MODULE" ? "async" : \`cannot be required: \${error.message}\`;
}
process.stdout.write(kind);
process.exit(0);`;

const requireKinds = new Map();
/** "commonjs", "module" or "async" (an ES module graph with top-level await): how Node requires `file`. */
function requireKind(file) {
  if (!requireKinds.has(file)) {
    const child = spawnSync(process.execPath, ["-e", PROBE, file], { cwd: outdir, encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "ignore"] });
    requireKinds.set(file, child.stdout || `cannot be required (exit ${child.status})`);
  }
  return requireKinds.get(file);
}

/** The third-party files the script imports (by `import()`), as written in it. */
const imported = new Set();

/** `process.features.require_module ? A : await B;` → `A;` (see above). */
const WAITS_WHERE_NODE_CANNOT_REQUIRE = /process\.features\.require_module\s*\?\s*([^;]*?)\s*:\s*\(?await\b[^;]*;/g;

const scriptOutside = {
  name: "script-outside",
  setup(plugin) {
    // The modules standing for a required ES module, and for one that can only be imported.
    plugin.onResolve({ filter: /.*/, namespace: "required-module" }, (args) => ({ path: args.path, external: true }));
    // Named "FILE?module": esbuild gives a .mjs file Node's interop (default = the whole module).
    plugin.onLoad({ filter: /\?module$/, namespace: "required-module" }, (args) => {
      const file = JSON.stringify(args.path.slice(0, -"?module".length));
      return { contents: `export * from ${file};\nexport { default } from ${file};\n` };
    });
    plugin.onLoad({ filter: /.*/, namespace: "awaited-module" }, (args) => ({
      contents: `module.exports = {};\nthrow new Error(${JSON.stringify(`${args.path} waits at its top level: the command runs from dist/bundle/main.js (bin/tandem.js)`)});\n`,
    }));
    plugin.onLoad({ filter: /\/packages\/(cli|align|segment)\/dist\/.*\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (args.path === ENTRY) {
        if (text.split("\nawait main();\n").length !== 2) throw new Error(`${ENTRY} no longer holds one \`await main();\``);
        return { contents: text.replace("\nawait main();\n", "\nvoid main();\n"), loader: "js" };
      }
      if (!text.includes("process.features.require_module")) return undefined;
      return { contents: text.replace(WAITS_WHERE_NODE_CANNOT_REQUIRE, "$1;"), loader: "js" };
    });
    plugin.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind === "entry-point" || args.path.startsWith("node:") || args.pluginData?.inner) return undefined;
      let found;
      if (args.path.startsWith(".") || path.isAbsolute(args.path)) {
        const file = path.resolve(args.resolveDir, args.path);
        if (!LOCATED.includes(file)) return undefined;
        found = { path: relative(file), external: true };
      } else {
        if (args.path.startsWith("@tandem/") || BUNDLED.includes(packageName(args.path))) return undefined;
        const owner = ownerOf(args.importer);
        if (owner === undefined) return undefined;
        // The CLI's own dependencies too by file, so `require` loads what `import` loaded.
        found = await installedFile(plugin, args, owner);
        if (found.errors) return found;
      }
      // A require() in the sources (transliterate's) stays one; an import() becomes the loader's.
      if (args.kind === "dynamic-import") imported.add(found.path);
      if (args.kind !== "import-statement") return found;
      const kind = requireKind(path.resolve(outdir, found.path));
      if (kind === "commonjs") return found;
      if (kind === "module") return { path: `${found.path}?module`, namespace: "required-module" };
      if (kind === "async") return { path: found.path, namespace: "awaited-module" };
      return { errors: [{ text: `${found.path} ${kind}` }] };
    });
  },
};

/**
 * The commands whose modules reach an ES module that can only be imported (from the build's
 * metafile, following imports backwards); a build error if start-up itself reaches one.
 */
function importOnlyCommands(metafile) {
  const commandList = path.relative(process.cwd(), path.join(cli, "dist/commands/command-list.js"));
  const commands = new Map(
    metafile.inputs[commandList].imports.filter((edge) => edge.kind === "dynamic-import").map((edge) => [edge.path, path.basename(edge.path, ".js")]),
  );
  const importers = new Map();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const edge of input.imports) {
      if (file === commandList && commands.has(edge.path)) continue; // where a command is chosen
      importers.set(edge.path, [...(importers.get(edge.path) ?? []), file]);
    }
  }
  const found = new Set();
  const seen = new Set();
  const queue = Object.keys(metafile.inputs).filter((file) => file.startsWith("awaited-module:"));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (commands.has(file)) found.add(commands.get(file));
    const from = importers.get(file) ?? [];
    if (from.length === 0 && !commands.has(file)) throw new Error(`${file} waits at its top level and is loaded at start-up: no start-up script can hold it`);
    queue.push(...from);
  }
  return [...found].sort();
}

const script = await build({
  entryPoints: [ENTRY],
  outfile: SCRIPT,
  write: false,
  metafile: true,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  supported: { "regexp-unicode-property-escapes": true },
  plugins: [scriptOutside],
  logLevel: "warning",
  legalComments: "none",
  // ASCII only (esbuild escapes the rest in strings and names, `ascii` below in patterns), so
  // bin/run-script.js reads the file as Latin-1: a one-byte string, no UTF-8 decoding.
  charset: "ascii",
  define: { "import.meta.url": "__tandemUrl", "import.meta.resolve": "undefined" },
  inject: [path.join(root, "scripts/bundle-cli-dirname.mjs")],
  // As in the ES module build (see there): yargs' `require.main`.
  banner: {
    js: 'const __tandemUrl = require("node:url").pathToFileURL(__filename).href; require.main ??= { filename: require("node:path").join(__dirname, "../../package.json") };',
  },
});
// esbuild leaves characters beyond ASCII in regular expression literals: written as \u escapes,
// which mean the same there (a surrogate pair is one code point in a /u pattern) as in strings.
const ascii = script.outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
// import() in a script compiled from a code cache fails in Node 20 ("A dynamic import callback was
// not specified": the cache drops the script's host options), so the loader passes a function
// that imports from its own module, resolving against the script's URL as import() would.
let code = ascii;
for (const file of imported) {
  if (!file.startsWith(".")) throw new Error(`${file}: the script imports only files named relative to it`);
  code = code.replaceAll(`import(${JSON.stringify(file)})`, `__tandemImport(${JSON.stringify(file)})`);
}
// Any other import() is one the script could not make (\`import(\${…}\` in a template is text).
const left = code.match(/\bimport\((?!\$\{).{0,60}/);
if (left) throw new Error(`${SCRIPT}: an import() the start-up script cannot make: ${left[0]}`);
const body = `(function (exports, require, module, __filename, __dirname, __tandemImport) {\n"use strict";\n${code}\n})`;
const head = { sha256: createHash("sha256").update(body).digest("hex"), importOnly: importOnlyCommands(script.metafile) };
writeFileSync(SCRIPT, `// ${JSON.stringify(head)}\n${body}`);
