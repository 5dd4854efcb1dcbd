// yargs' CommonJS build, required from a CommonJS module: its help layout (cliui) wraps at word
// boundaries there, while the ES module build cuts words at the column edge ("--keep-una" /
// "ligned"). A plain `require` (not createRequire at run time) lets the bundle
// (scripts/bundle-cli.mjs) hold yargs too. `yargs/yargs` is the factory alone: the package's main
// entry also builds a singleton parser at load, which tandem never uses (and which, like every
// parser yargs builds, looks for a package.json to guess a version from, reading each directory
// from the main script's, or the working directory's, up to the root).
import yargs = require("yargs/yargs");

export = yargs;
