import type { PrecisionRecall } from "@tandem/align";

/** One group of sentences as the bench report shows it: texts of each side. */
export interface ReportGroup {
  readonly source: readonly string[];
  readonly target: readonly string[];
}

/**
 * One row of a pair's side-by-side listing: a gold group and the predicted group identical
 * to it (correct), a gold group alone (missed) or a predicted group alone (wrong).
 */
export interface GroupRow {
  readonly gold?: ReportGroup;
  readonly predicted?: ReportGroup;
}

/** One document pair of a benchmark: its figures and, when known, its groups. */
export interface BenchReportPair {
  readonly name: string;
  /** Short facts shown beside the name: split, languages. */
  readonly tags: readonly string[];
  /** Figures by measure name ("strict", "link" or "lax"). */
  readonly figures: Readonly<Record<string, PrecisionRecall>>;
  readonly rows?: readonly GroupRow[];
  /** Why the pair has no predictions (a page tandem refused). */
  readonly error?: string;
}

/** One set of pairs scored one way (a data folder with one method). */
export interface BenchReportSet {
  readonly name: string;
  /** The two measures shown, the strict one first: ["strict", "link"] for pages, ["strict", "lax"] otherwise. */
  readonly measures: readonly string[];
  /** Micro-averages: "all", and "dev" / "holdout" when the set has them. */
  readonly totals: readonly { readonly name: string; readonly figures: Readonly<Record<string, PrecisionRecall>> }[];
  readonly pairs: readonly BenchReportPair[];
  /** Facts of the run: data folder, method, seconds. */
  readonly facts: readonly string[];
}

export interface BenchReportData {
  readonly title: string;
  readonly sets: readonly BenchReportSet[];
  readonly tool: string;
}
