#!/usr/bin/env node
// The bundled program (dist/bundle/, written by `pnpm run build` after tsc) starts faster than
// the ~180 modules of dist/; see scripts/bundle-cli.mjs. A bundle older than the last tsc build
// of any package (after a bare `tsc -b`) is stale: then, or when there is none, the modules of
// dist/ run instead.
import { statSync } from "node:fs";

const at = (file) => statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const bundle = at("../dist/bundle/main.js");
const built = Math.max(...["../dist", "../../align/dist", "../../segment/dist"].map((dir) => at(`${dir}/.tsbuildinfo`)));
await import(bundle > 0 && bundle >= built ? "../dist/bundle/main.js" : "../dist/main.js");
