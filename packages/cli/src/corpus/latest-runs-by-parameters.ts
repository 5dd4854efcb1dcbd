import type { Store } from "../store/index.js";
import { stableJson } from "./stable-json.js";

/** The newest complete corpus run of each parameter set (keyed by `stableJson`), to resume from. */
export function latestRunsByParameters(store: Store): Map<string, number> {
  const byParameters = new Map<string, number>();
  // listRuns is newest first; the first run seen for a parameter set is the latest.
  for (const run of store.listRuns()) {
    if (run.command !== "corpus" || run.status !== "complete") continue;
    const key = stableJson(run.parameters);
    if (!byParameters.has(key)) byParameters.set(key, run.id);
  }
  return byParameters;
}
