import type { parseAlignFile } from "@tandem/align";

/** One benchmark document: sentence files and gold. */
export interface BenchDocument {
  readonly name: string;
  readonly source: string[];
  readonly target: string[];
  readonly gold: ReturnType<typeof parseAlignFile>;
  /** Verse IDs per line (Bible): predicted links inside one verse are merged before scoring (variant E). */
  readonly verses?: { source: string[]; target: string[] };
}

/** A gold set `tandem bench` knows: where its data lives by default, its pair, how to read it. */
export interface Dataset {
  readonly title: string;
  readonly folder: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly scoring: string;
  readonly splits: readonly string[];
  readonly missing: string;
  load(dir: string, split: string): Promise<BenchDocument[]>;
}
