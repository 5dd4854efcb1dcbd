import type { AlignLink, PageGroup } from "@tandem/align";
import type { GroupRow, ReportGroup } from "./bench-report-data.js";

interface Placed {
  readonly key: string;
  readonly position: number;
  readonly group: ReportGroup;
}

/**
 * Gold and predicted groups paired up by identity (a strict hit is one row with both),
 * in reading order of their first source sentence. Predicted groups with the same key
 * as another count once, as the scorers count them.
 */
export function pairGroupRows(gold: readonly Placed[], predicted: readonly Placed[]): GroupRow[] {
  const predictedByKey = new Map<string, Placed>();
  for (const group of predicted) if (!predictedByKey.has(group.key)) predictedByKey.set(group.key, group);
  const goldKeys = new Set<string>();
  const rows: { position: number; order: number; row: GroupRow }[] = [];
  for (const group of gold) {
    if (goldKeys.has(group.key)) continue;
    goldKeys.add(group.key);
    const hit = predictedByKey.get(group.key);
    rows.push({ position: group.position, order: rows.length, row: hit ? { gold: group.group, predicted: hit.group } : { gold: group.group } });
  }
  for (const group of predictedByKey.values()) {
    if (!goldKeys.has(group.key)) rows.push({ position: group.position, order: rows.length, row: { predicted: group.group } });
  }
  rows.sort((a, b) => a.position - b.position || a.order - b.order);
  return rows.map((entry) => entry.row);
}

/**
 * Rows of a sentence-file benchmark (Text+Berg, Bible, ParIce): links of sentence indices
 * compared as the strict scorer compares them (identical source and target lists). Links
 * empty on both sides are ignored; 1-0 and 0-1 links take part, as they do in precision.
 */
export function linkGroupRows(gold: readonly AlignLink[], predicted: readonly AlignLink[], source: readonly string[], target: readonly string[]): GroupRow[] {
  const scale = target.length === 0 ? 1 : source.length / target.length;
  const place = (link: AlignLink): Placed => ({
    key: `${link.source.join(",")}|${link.target.join(",")}`,
    // A 0-1 link sits where its target sentence would be on the source side.
    position: link.source.length > 0 ? link.source[0]! : (link.target[0] ?? 0) * scale,
    group: { source: link.source.map((i) => source[i] ?? ""), target: link.target.map((j) => target[j] ?? "") },
  });
  const nonEmpty = (link: AlignLink) => link.source.length > 0 || link.target.length > 0;
  return pairGroupRows(gold.filter(nonEmpty).map(place), predicted.filter(nonEmpty).map(place));
}

/**
 * Rows of a page pair: gold groups with the gold's sentence texts, predicted groups with the
 * text of the sentences tandem put in the bead (`beadTexts[bead]`), matched by the gold ids
 * they cover (see listPageGroups).
 */
export function pageGroupRows(
  groups: { gold: readonly PageGroup[]; predicted: readonly PageGroup[] },
  goldTexts: { src: Readonly<Record<string, string>>; tgt: Readonly<Record<string, string>> },
  beadTexts: readonly ReportGroup[],
): GroupRow[] {
  const gold = groups.gold.map((group) => ({
    key: group.key,
    position: group.position,
    group: { source: group.source.map((id) => goldTexts.src[id] ?? id), target: group.target.map((id) => goldTexts.tgt[id] ?? id) },
  }));
  const predicted = groups.predicted.map((group) => ({
    key: group.key,
    position: group.position,
    group: beadTexts[group.bead ?? -1] ?? { source: group.source, target: group.target },
  }));
  return pairGroupRows(gold, predicted);
}
