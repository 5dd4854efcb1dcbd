import path from "node:path";
import type { BenchReportSet, GroupRow } from "../report/bench-report-data.js";
import type { Dataset } from "./dataset.js";
import type { MethodResult } from "./method-result.js";
import { pageMicroAverages, type PageResult } from "./pages.js";

/** The key under which a pair's group rows are collected while the bench runs. */
export const groupKey = (dir: string, method: string, name: string) => `${dir}\u0000${method}\u0000${name}`;

/** One method's results on a sentence-file gold set (Text+Berg, Bible, ParIce) as a report set. */
export function datasetReportSet(dataset: Dataset, split: string, dir: string, result: MethodResult, rows: ReadonlyMap<string, GroupRow[]>): BenchReportSet {
  const figures = (summary: MethodResult["micro"]) => ({ strict: summary.strict, lax: summary.lax });
  return {
    name: `${dataset.title}, ${split} · ${result.method}`,
    measures: ["strict", "lax"],
    totals: [{ name: "all", figures: figures(result.micro) }],
    pairs: result.documents.map((doc) => {
      const found = rows.get(groupKey(dir, result.method, doc.name));
      return { name: doc.name, tags: [], figures: figures(doc.summary), ...(found ? { rows: found } : {}) };
    }),
    facts: [dir, dataset.scoring, `${result.seconds.toFixed(1)} s`, ...result.notes],
  };
}

const pageFigures = (summary: PageResult["summary"]) => ({ strict: summary.strict, link: summary.link });

/** The micro-averages over several folders of page pairs, as a set of totals only. */
export function pagesTotalSet(dirs: readonly string[], method: string, results: readonly PageResult[], seconds: number): BenchReportSet {
  const micro = pageMicroAverages(results);
  return {
    name: `all sets · ${method}`,
    measures: ["strict", "link"],
    totals: (["dev", "holdout", "all"] as const).filter((split) => split === "all" || results.some((r) => r.split === split)).map((split) => ({ name: split, figures: pageFigures(micro[split]) })),
    pairs: [],
    facts: [dirs.map((dir) => path.basename(dir)).join(" + "), `${results.length} pairs`, `${seconds.toFixed(1)} s`],
  };
}

/** One method's results on a folder of page pairs as a report set (dev and hold-out apart). */
export function pagesReportSet(dir: string, method: string, results: readonly PageResult[], seconds: number, rows: ReadonlyMap<string, GroupRow[]>): BenchReportSet {
  const figures = (summary: PageResult["summary"]) => ({ strict: summary.strict, link: summary.link });
  const micro = pageMicroAverages(results);
  const splits = (["dev", "holdout"] as const).filter((split) => results.some((result) => result.split === split));
  return {
    name: `${path.basename(dir)} · ${method}`,
    measures: ["strict", "link"],
    totals: [...(splits.length > 1 ? splits.map((split) => ({ name: split, figures: figures(micro[split]) })) : []), { name: "all", figures: figures(micro.all) }],
    pairs: results.map((result) => {
      const found = rows.get(groupKey(dir, method, result.name));
      return {
        name: result.name,
        tags: [result.split, `${result.langs.source}-${result.langs.target}`, `${result.summary.counts.goldGroups} gold`],
        figures: figures(result.summary),
        ...(found ? { rows: found } : {}),
        ...(result.error ? { error: result.error } : {}),
      };
    }),
    facts: [dir, "pages-dev scoring (score.py)", `${seconds.toFixed(1)} s`],
  };
}
