import type { RunInfo, RunInput, StoredRun } from "./stored-run.js";

/**
 * The runs of a store, SQLite or Postgres, behind one asynchronous interface: a
 * Postgres client cannot answer synchronously, so the interface waits for both
 * (SQLite's answers are simply already there). `runs`, `export` and the distributed
 * corpus use it; `openRunStore` picks the backend from the `--db` value.
 */
export interface RunStore {
  /** The database file, or the Postgres URL without its password. */
  readonly location: string;
  /**
   * Writes a whole run in ONE transaction and returns its id. With `jobKey`, a run
   * already saved under that key is kept and its id returned: a retried job adds nothing.
   */
  saveRun(input: RunInput, options?: { jobKey?: string }): Promise<number>;
  /** Every run, newest first. */
  listRuns(): Promise<RunInfo[]>;
  /** A run with its documents and beads; TandemError STORE_NO_RUN when there is none. */
  loadRun(id: number): Promise<StoredRun>;
  /** The newest run's id, or undefined in an empty store. */
  latestRunId(): Promise<number | undefined>;
  close(): Promise<void>;
}
