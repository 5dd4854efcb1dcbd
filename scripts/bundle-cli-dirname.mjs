// Injected by scripts/bundle-cli.mjs where bundled CommonJS code (yargs) reads `__dirname`, which an
// ES module lacks: yargs' own build folder, so it finds its locale files where they are installed.
import { createRequire } from "node:module";
import path from "node:path";

const yargsBuild = path.join(path.dirname(createRequire(import.meta.url).resolve("yargs/package.json")), "build");
export { yargsBuild as __dirname };
