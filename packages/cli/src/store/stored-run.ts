import type { Bead } from "@tandem/align";
import type { Sentence } from "@tandem/segment";

/** One side of a run as saved: the file, its decoded text and its sentences. */
export interface StoredDocument {
  readonly path: string;
  /** sha256 of the file's bytes, hex. */
  readonly hash: string;
  readonly lang: string;
  readonly text: string;
  /** True when the file was taken as one sentence per line. */
  readonly presegmented: boolean;
  /** Every sentence, indexed by id (also the non-aligned kinds, so ids stay document ids). */
  readonly sentences: readonly Sentence[];
}

/** What `saveRun` writes: beads use document sentence ids. */
export interface RunInput {
  readonly command: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly versions: Readonly<Record<string, string>>;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly summary?: Readonly<Record<string, unknown>>;
  readonly source: StoredDocument;
  readonly target: StoredDocument;
  readonly beads: readonly Bead[];
}

/** A row of `tandem runs`. */
export interface RunInfo {
  readonly id: number;
  readonly command: string;
  readonly status: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly parameters: Record<string, unknown>;
  readonly versions: Record<string, string>;
  readonly summary: Record<string, unknown> | null;
  readonly source: { readonly path: string; readonly lang: string };
  readonly target: { readonly path: string; readonly lang: string };
  readonly beadCount: number;
}

/** A run read back: enough to export it again without aligning. */
export interface StoredRun {
  readonly run: RunInfo;
  readonly source: StoredDocument;
  readonly target: StoredDocument;
  readonly beads: Bead[];
}
