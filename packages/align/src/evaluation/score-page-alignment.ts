/**
 * Scoring of an alignment of two raw pages against a hand gold given as sentence texts,
 * exactly as `../shared/bench/pages-dev/score.py` defines it. Everything is counted in
 * code points, as Python counts, and predicted offsets arrive in UTF-16 code units (as
 * tandem's JSONL writes them), so a page with emoji or rare CJK characters scores the
 * same here and there.
 */

/** A gold file of the pages format: sentence texts by id, groups of linked ids. */
export interface PageGold {
  readonly src: Readonly<Record<string, string>>;
  readonly tgt: Readonly<Record<string, string>>;
  readonly links: readonly (readonly [readonly string[], readonly string[]])[];
}

/** One predicted bead: `[start, end)` UTF-16 offsets of its sentences on each side. */
export interface PagePrediction {
  readonly source: readonly (readonly [number, number])[];
  readonly target: readonly (readonly [number, number])[];
}

/** The counts one page pair adds to a micro-average. */
export interface PageCounts {
  tpLinks: number;
  predLinks: number;
  goldLinks: number;
  tpGroups: number;
  predGroups: number;
  goldGroups: number;
}

/** Python's `str.isspace()` (Unicode White_Space less U+200B-style formats; no BOM). */
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

type Span = readonly [number, number];

/**
 * Where each gold sentence sits in `raw`, in code points: whitespace runs collapsed to
 * one space, searched in id order, each after the previous one (else anywhere).
 * Throws when a sentence is not in the text: the gold does not belong to the file.
 */
export function locateGoldSentences(raw: string, sentences: Readonly<Record<string, string>>): Map<string, Span> {
  const chars = Array.from(raw);
  let text = "";
  const index: number[] = [];
  let previousSpace = true;
  chars.forEach((ch, i) => {
    const space = PY_SPACE.test(ch);
    if (space && previousSpace) return;
    // Collapsed text is built per code point, so `index` maps collapsed positions (in
    // code points) to raw code-point offsets.
    text += space ? " " : ch;
    index.push(i);
    previousSpace = space;
  });
  const collapsed = Array.from(text);
  const collapsedText = collapsed.join("");
  // String.indexOf counts UTF-16 units; map them back to code points of `collapsed`.
  const unitToPoint = unitToPointTable(collapsedText);
  const spans = new Map<string, Span>();
  let cursor = 0;
  for (const [id, sentence] of Object.entries(sentences)) {
    const needle = sentence.split(PY_SPACE_RUN).filter(Boolean).join(" ");
    let at = collapsedText.indexOf(needle, cursor);
    if (at < 0) at = collapsedText.indexOf(needle);
    if (at < 0 || needle === "") throw new Error(`gold sentence ${id} not found in text`);
    const startPoint = unitToPoint[at]!;
    const lengthPoints = Array.from(needle).length;
    spans.set(id, [index[startPoint]!, index[startPoint + lengthPoints - 1]! + 1]);
    cursor = at + needle.length;
  }
  return spans;
}

const PY_SPACE_RUN = new RegExp(`${PY_SPACE.source}+`, "u");

/** For each UTF-16 offset of `text` (and its end), the code-point offset. */
function unitToPointTable(text: string): number[] {
  const table: number[] = [];
  let point = 0;
  for (const ch of text) {
    table.push(point);
    if (ch.length === 2) table.push(point);
    point += 1;
  }
  table.push(point);
  return table;
}

/**
 * score.py's rule: a predicted span covers a gold sentence when it overlaps half of it, or
 * lies inside it and holds 30% of it (offsets of one text, start inclusive, end exclusive).
 *
 * @example
 * coversGold([0, 6], [0, 10]); // true: 60% of the gold sentence
 */
export function coversGold([a, b]: Span, [ga, gb]: Span): boolean {
  const overlap = Math.min(b, gb) - Math.max(a, ga);
  if (overlap <= 0) return false;
  const goldLength = gb - ga;
  return overlap >= 0.5 * goldLength || (a >= ga && b <= gb && overlap >= 0.3 * goldLength);
}

/** The gold ids a predicted sentence covers ({@link coversGold}). */
function coveredIds(span: Span, gold: Map<string, Span>): Set<string> {
  const ids = new Set<string>();
  for (const [id, goldSpan] of gold) if (coversGold(span, goldSpan)) ids.add(id);
  return ids;
}

const groupKey = (source: Iterable<string>, target: Iterable<string>) =>
  `${[...source].sort().join(",")}|${[...target].sort().join(",")}`;

/** A group of linked gold sentence ids, as score.py compares them (a predicted side that covers no gold sentence is `noise-src-N` / `noise-tgt-N`). */
export interface PageGroup {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** The group's identity: sorted ids of both sides. */
  readonly key: string;
  /** Code-point offset of its first source sentence (or target, when it has no source), for reading order. */
  readonly position: number;
  /** For a predicted group: the index of its bead in `predictions`. */
  readonly bead?: number;
}

/**
 * The gold groups and the predicted groups of a page pair, as {@link scorePageAlignment}
 * counts them: a predicted group whose `key` is a gold group's key is a strict hit.
 * Beads with an empty side are left out, as score.py leaves them out.
 *
 * @example
 * const { gold: goldGroups, predicted } = listPageGroups(gold, srcText, tgtText, predictions);
 * goldGroups.filter((group) => !predicted.some((p) => p.key === group.key)) // the missed groups
 */
export function listPageGroups(
  gold: PageGold,
  sourceText: string,
  targetText: string,
  predictions: readonly PagePrediction[],
): { gold: PageGroup[]; predicted: PageGroup[] } {
  const goldSource = locateGoldSentences(sourceText, gold.src);
  const goldTarget = locateGoldSentences(targetText, gold.tgt);
  const sourcePoint = unitToPointTable(sourceText);
  const targetPoint = unitToPointTable(targetText);
  const toPoints = (table: number[], [s, e]: readonly [number, number]): Span => [
    table[Math.max(0, Math.min(s, table.length - 1))]!,
    table[Math.max(0, Math.min(e, table.length - 1))]!,
  ];
  const firstStart = (ids: readonly string[], spans: Map<string, Span>) => Math.min(...ids.map((id) => spans.get(id)?.[0] ?? Infinity));
  const goldGroups = gold.links.map(([s, t]): PageGroup => ({
    source: s,
    target: t,
    key: groupKey(s, t),
    position: s.length > 0 ? firstStart(s, goldSource) : firstStart(t, goldTarget),
  }));
  const predicted: PageGroup[] = [];
  predictions.forEach((bead, n) => {
    if (bead.source.length === 0 || bead.target.length === 0) return;
    const side = (offsets: PagePrediction["source"], table: number[], spans: Map<string, Span>, noise: string) => {
      const ids = new Set<string>();
      for (const offset of offsets) for (const id of coveredIds(toPoints(table, offset), spans)) ids.add(id);
      return ids.size > 0 ? [...ids] : [`${noise}-${n}`];
    };
    const source = side(bead.source, sourcePoint, goldSource, "noise-src");
    const target = side(bead.target, targetPoint, goldTarget, "noise-tgt");
    const position = Math.min(...bead.source.map((offset) => toPoints(sourcePoint, offset)[0]));
    predicted.push({ source, target, key: groupKey(source, target), position, bead: n });
  });
  return { gold: goldGroups, predicted };
}

/**
 * Link and strict counts of `predictions` against `gold`, for texts as decoded (BOM
 * dropped, CRLF as LF). Beads with an empty side are skipped; a side that covers no
 * gold sentence is noise and matches nothing.
 *
 * @example
 * const counts = scorePageAlignment(gold, srcText, tgtText, [{ source: [[0, 12]], target: [[0, 10]] }]);
 * counts.tpGroups / counts.predGroups // strict precision
 */
export function scorePageAlignment(
  gold: PageGold,
  sourceText: string,
  targetText: string,
  predictions: readonly PagePrediction[],
): PageCounts {
  const groups = listPageGroups(gold, sourceText, targetText, predictions);
  const goldGroups = new Set(groups.gold.map((group) => group.key));
  const goldLinks = new Set(gold.links.flatMap(([s, t]) => s.flatMap((x) => t.map((y) => `${x}|${y}`))));
  const predGroups = new Set(groups.predicted.map((group) => group.key));
  const predLinks = new Set(groups.predicted.flatMap((group) => group.source.flatMap((x) => group.target.map((y) => `${x}|${y}`))));
  return {
    tpLinks: [...predLinks].filter((link) => goldLinks.has(link)).length,
    predLinks: predLinks.size,
    goldLinks: goldLinks.size,
    tpGroups: [...predGroups].filter((group) => goldGroups.has(group)).length,
    predGroups: predGroups.size,
    goldGroups: goldGroups.size,
  };
}
