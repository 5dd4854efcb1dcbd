import type { AlignLink } from "../formats/parse-align-file.js";

/**
 * Hit counts of one document under scorer A of the bench README (Vecalign's score.py):
 * precision over all distinct test links, recall over the distinct gold links that have
 * no empty side. Add counts of several documents with {@link summarizeCounts}.
 */
export interface AlignmentCounts {
  /** Distinct test links (links empty on both sides dropped). */
  readonly testLinks: number;
  /** Test links identical to a gold link. */
  readonly precisionStrict: number;
  /** Test links identical to, or sharing a source and a target sentence with, one gold link. */
  readonly precisionLax: number;
  /** Distinct gold links with both sides non-empty. */
  readonly goldLinks: number;
  /** Of those, links also in the test (without null links). */
  readonly recallStrict: number;
  /** Of those, links identical to or overlapping on both sides with a non-null test link. */
  readonly recallLax: number;
}

interface Link {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

const keyOf = (link: Link) => `${link.source.join(",")}|${link.target.join(",")}`;

function distinct(links: readonly Link[]): Map<string, Link> {
  const out = new Map<string, Link>();
  for (const link of links) if (link.source.length > 0 || link.target.length > 0) out.set(keyOf(link), link);
  return out;
}

/** Does one of `links` share a source and a target sentence with `link`? */
function overlapFinder(links: Iterable<Link>): (link: Link) => boolean {
  const bySource = new Map<number, Link[]>();
  for (const other of links) {
    for (const i of other.source) {
      const list = bySource.get(i);
      if (list) list.push(other);
      else bySource.set(i, [other]);
    }
  }
  return (link) => {
    const targets = new Set(link.target);
    for (const i of link.source) {
      for (const other of bySource.get(i) ?? []) if (other.target.some((j) => targets.has(j))) return true;
    }
    return false;
  };
}

/**
 * Counts strict and lax hits of `test` against `gold` (scorer A, see {@link AlignmentCounts}).
 * Order inside a side matters for identity, as in the reference scorer.
 *
 * @example
 * const counts = evaluateAlignment(parseAlignFile(goldText), parseAlignFile(predText));
 * summarizeCounts([counts]).strict.f1
 */
export function evaluateAlignment(gold: readonly AlignLink[], test: readonly AlignLink[]): AlignmentCounts {
  const goldSet = distinct(gold);
  const testSet = distinct(test);
  const goldOverlaps = overlapFinder(goldSet.values());
  let precisionStrict = 0;
  let precisionLax = 0;
  for (const [key, link] of testSet) {
    if (goldSet.has(key)) {
      precisionStrict++;
      precisionLax++;
    } else if (goldOverlaps(link)) precisionLax++;
  }
  const full = (link: Link) => link.source.length > 0 && link.target.length > 0;
  const testFull = new Map([...testSet].filter(([, link]) => full(link)));
  const testOverlaps = overlapFinder(testFull.values());
  let goldLinks = 0;
  let recallStrict = 0;
  let recallLax = 0;
  for (const [key, link] of goldSet) {
    if (!full(link)) continue;
    goldLinks++;
    if (testFull.has(key)) {
      recallStrict++;
      recallLax++;
    } else if (testOverlaps(link)) recallLax++;
  }
  return { testLinks: testSet.size, precisionStrict, precisionLax, goldLinks, recallStrict, recallLax };
}
