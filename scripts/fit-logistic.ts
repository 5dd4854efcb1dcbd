/**
 * The L2-penalised logistic fit the decision scripts share (scripts/fit-bead-acceptance.ts,
 * scripts/fit-bead-extension.ts; not a command): features standardised, full-batch gradient
 * descent, parallel-text rows weighed together as `share` of the page rows.
 */
import type { BeadAcceptanceModel } from "../packages/align/src/index.js";

export interface LogisticRow {
  readonly features: Readonly<Record<string, number>>;
  /** What the fit learns: 0–1 (a soft label, e.g. the share of a bead's links that are gold links). */
  readonly target: number;
  /** The hard label, used instead of `target` with `hard`. */
  readonly label?: 0 | 1;
  readonly parallel?: true;
}

export interface LogisticSettings {
  /** Weight of all parallel-text rows together, as a share of the page rows' count. */
  readonly share: number;
  /** L2 penalty on the standardised weights. */
  readonly lambda: number;
  /** Gradient steps (learning rate 0.5). */
  readonly steps: number;
  /** Learn `label` instead of `target`. */
  readonly hard?: boolean;
}

/** A model over `names` fitted on `rows`, deciding at `threshold`. */
export function fitLogistic(rows: readonly LogisticRow[], names: readonly string[], threshold: number, settings: LogisticSettings): BeadAcceptanceModel {
  const x = rows.map((row) => names.map((name) => row.features[name] ?? 0));
  const mean = names.map((_, k) => x.reduce((sum, r) => sum + r[k]!, 0) / Math.max(1, x.length));
  const scale = names.map((_, k) => Math.sqrt(x.reduce((sum, r) => sum + (r[k]! - mean[k]!) ** 2, 0) / Math.max(1, x.length)) || 1);
  const z = x.map((r) => r.map((v, k) => (v - mean[k]!) / scale[k]!));
  const pageCount = rows.filter((row) => !row.parallel).length;
  const parallelCount = rows.length - pageCount;
  const weights = rows.map((row) => (row.parallel ? (settings.share * pageCount) / Math.max(1, parallelCount) : 1));
  const w = names.map(() => 0);
  let bias = 0;
  for (let step = 0; step < settings.steps; step++) {
    const grad = names.map(() => 0);
    let gradBias = 0;
    let total = 0;
    rows.forEach((row, r) => {
      const p = 1 / (1 + Math.exp(-(bias + w.reduce((sum, wk, k) => sum + wk * z[r]![k]!, 0))));
      const weight = weights[r]!;
      const error = (p - (settings.hard ? (row.label ?? 0) : row.target)) * weight;
      total += weight;
      gradBias += error;
      z[r]!.forEach((v, k) => (grad[k]! += error * v));
    });
    bias -= (0.5 * gradBias) / total;
    w.forEach((_, k) => (w[k]! -= 0.5 * (grad[k]! / total + settings.lambda * w[k]!)));
  }
  return { features: [...names], mean, scale, weights: w, bias, threshold };
}
