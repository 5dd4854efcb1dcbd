// yargs' CommonJS build, required from a CommonJS module: its help layout (cliui) wraps at word
// boundaries there, while the ES module build cuts words at the column edge ("--keep-una" /
// "ligned"). A plain `require` (not createRequire at run time) lets the bundle
// (scripts/bundle-cli.mjs) hold yargs too.
import yargs = require("yargs");

export = yargs;
