// Library tests get the CLI's language cache folder as their cache store, as a `tandem` run
// does (TANDEM_LANGUAGE_CACHE, a temporary folder here: vitest.config.ts): without one, every
// test file would compile eld's 2 MB n-gram module again. Runs before each test file's imports.
import { useLanguageCacheFolder } from "./packages/cli/src/files/cache-folder.js";

useLanguageCacheFolder();
