import type { Store } from "./open-store.js";
import type { RunStore } from "./run-store.js";

/**
 * The SQLite store behind the asynchronous {@link RunStore} interface: same file, same
 * tables, same guarantees (one transaction per run). A `jobKey` is not kept in SQLite,
 * where one process writes; the single-machine corpus finds its runs by parameters.
 */
export function sqliteRunStore(store: Store): RunStore {
  return {
    location: store.file,
    saveRun: async (input) => store.saveRun(input),
    listRuns: async () => store.listRuns(),
    loadRun: async (id) => store.loadRun(id),
    latestRunId: async () => store.latestRunId(),
    close: async () => store.close(),
  };
}
