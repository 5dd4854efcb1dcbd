#!/usr/bin/env node
// The bundled program (dist/bundle/, written by `pnpm run build` after tsc) starts faster than
// the ~180 modules of dist/; see scripts/bundle-cli.mjs. It runs as one script with a V8 code
// cache (run-script.js) where Node can require an ES module (20.19 and 22.12 on), else, or
// with TANDEM_CODE_CACHE=off, or for a command that loads an ES module with top-level await,
// as ES modules (dist/bundle/main.js). A bundle older than the last tsc build of any package
// (after a bare `tsc -b`) is stale: then, or when there is none, the modules of dist/ run instead.
import { statSync } from "node:fs";

const at = (file) => statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const built = Math.max(...["../dist", "../../align/dist", "../../segment/dist"].map((dir) => at(`${dir}/.tsbuildinfo`)));
const fresh = (file) => {
  const time = at(file);
  return time > 0 && time >= built;
};
const script = new URL("../dist/bundle/tandem.cjs", import.meta.url);
const scripted =
  process.features.require_module === true &&
  fresh(script) &&
  (await import("./run-script.js")).runScript(script, process.argv.slice(2));
if (!scripted) await import(fresh("../dist/bundle/main.js") ? "../dist/bundle/main.js" : "../dist/main.js");
