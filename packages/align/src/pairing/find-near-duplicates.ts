import { writtenLanguageOf } from "@tandem/segment/core";
import { foldDiacritics } from "@tandem/segment/core";

/** A document found to be a near-copy of another in the same language. */
export interface NearDuplicate {
  readonly id: string;
  readonly lang: string;
  /** The document of its group that takes part in the pairing (the first, unless another has clearly more text). */
  readonly of: string;
  /** Jaccard similarity of the two texts' word-trigram sets, in [0, 1]. */
  readonly similarity: number;
}

/** Groups of near-duplicate documents, by index: each group's representative first. */
export interface NearDuplicateGroups {
  readonly groups: readonly (readonly number[])[];
  readonly duplicates: readonly NearDuplicate[];
}

/**
 * Two texts sharing this share of their word trigrams are one article saved twice (a
 * copy with a word changed, a re-encoded file, a wire story republished). Two reports
 * of one event by different outlets share far less: they are written independently.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;

const SHINGLE = 3;
// MinHash signature of BANDS × ROWS values; documents agreeing on all values of one
// band become candidates. 20 × 3 finds 99% of pairs at similarity 0.6 and 2% at 0.1.
const BANDS = 20;
const ROWS = 3;

/**
 * Finds near-duplicate documents within each language, before pairing: a copy of an
 * article would otherwise halve the weight of every anchor the two share (anchors
 * count less the more documents have them) and compete with the original for its
 * translation, so the true pair can fall below the threshold.
 *
 * Texts are compared by word-trigram shingles (each Han or kana character is a word),
 * candidates found with MinHash and locality-sensitive hashing, so a crawl is not
 * compared all against all, and confirmed by the exact Jaccard similarity.
 *
 * @example
 * findNearDuplicates([{ id: "a", lang: "nl", text }, { id: "b", lang: "nl", text: text + " Einde." }])
 * // { groups: [[0, 1]], duplicates: [{ id: "b", lang: "nl", of: "a", similarity: 0.95 }] }
 */
export function findNearDuplicates(
  documents: readonly { readonly id: string; readonly lang: string; readonly text: string }[],
  options: { similarity?: number } = {},
): NearDuplicateGroups {
  const least = options.similarity ?? NEAR_DUPLICATE_SIMILARITY;
  const shingles = documents.map((document) => shingleSet(document.text));
  const buckets = new Map<string, number[]>();
  shingles.forEach((set, index) => {
    if (set.size === 0) return;
    const signature = minHash(set);
    for (let band = 0; band < BANDS; band++) {
      const key = `${writtenLanguageOf(documents[index]!.lang)}\u0000${band}\u0000${signature.slice(band * ROWS, band * ROWS + ROWS).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });

  const parent = documents.map((_, index) => index);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const checked = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [a, b] = [bucket[x]!, bucket[y]!];
        const key = `${a},${b}`;
        if (checked.has(key) || find(a) === find(b)) continue;
        checked.add(key);
        if (jaccard(shingles[a]!, shingles[b]!) >= least) parent[find(b)] = find(a);
      }
    }
  }

  const members = new Map<number, number[]>();
  documents.forEach((_, index) => {
    const root = find(index);
    const list = members.get(root);
    if (list) list.push(index);
    else members.set(root, [index]);
  });
  const groups: number[][] = [];
  const duplicates: NearDuplicate[] = [];
  for (const list of members.values()) {
    // The first in input order represents the group, unless another holds clearly more
    // text (5%): a truncated save should not stand for the whole article.
    const representative = list.reduce((best, index) =>
      documents[index]!.text.length > documents[best]!.text.length * 1.05 ? index : best,
    );
    groups.push([representative, ...list.filter((index) => index !== representative)]);
    for (const index of list) {
      if (index === representative) continue;
      duplicates.push({
        id: documents[index]!.id,
        lang: documents[index]!.lang,
        of: documents[representative]!.id,
        similarity: Math.round(jaccard(shingles[index]!, shingles[representative]!) * 1000) / 1000,
      });
    }
  }
  groups.sort((a, b) => a[0]! - b[0]!);
  return { groups, duplicates };
}

/** Hashes of the text's word trigrams (case and diacritics folded). */
function shingleSet(text: string): Set<number> {
  const words = foldDiacritics(text).toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE) set.add(hash(words.join(" ")));
  for (let k = 0; k + SHINGLE <= words.length; k++) set.add(hash(words.slice(k, k + SHINGLE).join(" ")));
  return set;
}

/** FNV-1a, 32 bits. */
function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** One minimum per hash function; the functions are the shingle hash mixed with a per-row seed. */
function minHash(set: ReadonlySet<number>): number[] {
  const signature = new Array<number>(BANDS * ROWS).fill(0xffffffff);
  for (const value of set) {
    for (let k = 0; k < signature.length; k++) {
      let h = Math.imul(value ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}
