import type { AlignmentSummary, EncoderSummary } from "@tandem/align";

/** One scorer's figures on a dataset, as `tandem bench` prints them (table or JSON). */
export interface MethodResult {
  method: string;
  documents: { name: string; summary: AlignmentSummary }[];
  micro: AlignmentSummary;
  seconds: number;
  peakRssMb: number;
  notes: string[];
  /** Neural and hybrid: what went through the embedding model. */
  encoder?: EncoderSummary;
}
