import { useLanguageCacheFolder } from "./cache-folder.js";

// Imported first by every entry point (main.ts, the corpus lane, the queue's worker thread):
// modules are evaluated in the order they are imported, so the libraries get their cache
// store before `@tandem/segment` loads its language detector (see useLanguageCacheFolder).
useLanguageCacheFolder();
