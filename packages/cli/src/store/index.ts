export { openStore } from "./open-store.js";
export type { Store } from "./open-store.js";
export { migrations } from "./migrations.js";
export type { Migration } from "./migrations.js";
export type { RunInfo, RunInput, StoredDocument, StoredRun } from "./stored-run.js";
export { createStoreEmbeddingCache, openEmbeddingCache } from "./embedding-cache.js";
