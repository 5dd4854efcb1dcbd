import type { ReviewBead, ReviewTexts } from "./review-bead.js";

/** Why a bead is risky, with a number to sort on (higher = review sooner). */
export interface RiskAssessment {
  readonly risk: number;
  /** Short human-readable reasons, e.g. "2-1", "numbers 12 ≠ 13". */
  readonly reasons: readonly string[];
}

/**
 * The typical source/target length ratio of a run: the median over its 1-1 beads.
 * Chinese sentences are far shorter in characters than English ones, so outliers are
 * judged against the run's own ratio, not against 1.
 */
export function typicalLengthRatio(beads: readonly ReviewBead[], texts: ReviewTexts): number {
  const ratios = beads
    .filter((bead) => bead.source.length === 1 && bead.target.length === 1)
    .map((bead) => lengthOf(bead.source, texts.source) / Math.max(1, lengthOf(bead.target, texts.target)))
    .filter((ratio) => ratio > 0)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return 1;
  return ratios[Math.floor(ratios.length / 2)]!;
}

/**
 * Scores how likely a bead is wrong, from its score and cheap checks on its text:
 * low score first, then non-1-1 shapes, moved beads, length-ratio outliers and
 * numbers or names found on one side only.
 *
 * @example
 * assessRisk({ key: 0, source: [0], target: [0, 1], score: 0.4, status: "unreviewed", position: 0 }, texts, 1.1)
 * // → { risk: 0.9, reasons: ["score 0.40", "1-2"] }
 */
export function assessRisk(bead: ReviewBead, texts: ReviewTexts, typicalRatio: number): RiskAssessment {
  const reasons: string[] = [];
  // The score dominates; each flag adds less than a whole score point, so a bead with a
  // near-perfect score and one flag still comes after a bead the aligner doubted.
  let risk = 1 - clamp(bead.score);
  if (bead.score < 0.5) reasons.push(`score ${bead.score.toFixed(2)}`);
  const shape = `${bead.source.length}-${bead.target.length}`;
  if (shape !== "1-1") {
    risk += 0.3;
    reasons.push(shape);
  }
  if (bead.moved) {
    risk += 0.25;
    reasons.push("moved");
  }
  const sourceText = bead.source.map((i) => texts.source[i] ?? "").join(" ");
  const targetText = bead.target.map((j) => texts.target[j] ?? "").join(" ");
  if (bead.source.length > 0 && bead.target.length > 0) {
    const ratio = sourceText.length / Math.max(1, targetText.length) / (typicalRatio || 1);
    if (ratio > 2 || ratio < 0.5) {
      risk += 0.2;
      reasons.push(`length ×${ratio.toFixed(1)}`);
    }
    const sourceNumbers = numbersIn(sourceText);
    const targetNumbers = numbersIn(targetText);
    if (sourceNumbers.join(" ") !== targetNumbers.join(" ")) {
      risk += 0.2;
      reasons.push(`numbers ${sourceNumbers.join(",") || "–"} ≠ ${targetNumbers.join(",") || "–"}`);
    }
    const missing = [...namesMissing(sourceText, targetText), ...namesMissing(targetText, sourceText)];
    if (missing.length > 0) {
      risk += 0.1;
      reasons.push(`names ${missing.slice(0, 3).join(", ")}`);
    }
  }
  return { risk, reasons };
}

function clamp(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

function lengthOf(indices: readonly number[], sentences: readonly string[]): number {
  return indices.reduce((sum, i) => sum + (sentences[i]?.length ?? 0), 0);
}

/**
 * Arabic-digit numbers, sorted, with thousands and decimal separators dropped:
 * Dutch writes "3,5" where English writes "3.5", and both mean the same digits.
 * NFKC turns full-width Chinese digits into ASCII ones.
 */
export function numbersIn(text: string): string[] {
  const found = text.normalize("NFKC").match(/\d+(?:[.,\u00a0 ]\d+)*/g) ?? [];
  return found.map((number) => number.replace(/[^\d]/g, "").replace(/^0+(?=\d)/, "")).sort();
}

/**
 * Capitalised words of `from` (not at a sentence start) that `to` does not contain.
 * Only checked when `to` is written in Latin letters: names in Chinese are transliterated.
 */
export function namesMissing(from: string, to: string): string[] {
  if (!/[A-Za-z]{3}/.test(to)) return [];
  const names = new Set<string>();
  for (const match of from.matchAll(/(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{L}'-]{2,}/gu)) names.add(match[0]);
  const lowerTo = to.toLowerCase();
  return [...names].filter((name) => !lowerTo.includes(name.toLowerCase()));
}
