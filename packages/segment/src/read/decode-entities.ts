import { decodeHTMLStrict } from "entities";

/** A text with its HTML entities decoded, and where each of its code units stands in the raw text. */
export interface DecodedText {
  readonly text: string;
  /** Raw offset of decoded offset `i` (0 … text.length; the last is the raw text's length). */
  readonly rawOffset: (i: number) => number;
}

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;

/**
 * Text saved from a page with its HTML entities left in (`AT&amp;T`, `don&#8217;t`, `&nbsp;`,
 * `&quot;`), decoded as a browser shows it (the `entities` package, strict: only complete
 * references with their `;`), or undefined when there is none. Offsets into the decoded text map
 * back to the raw text with `rawOffset`, so a sentence found in the decoded text still points at
 * the file's bytes; a decoded character maps to its whole reference.
 *
 * @example
 * const decoded = decodeEntities("AT&amp;T said");
 * decoded?.text; // "AT&T said"
 * decoded?.rawOffset(4); // 8
 */
export function decodeEntities(raw: string): DecodedText | undefined {
  if (!raw.includes("&")) return undefined;
  const pieces: string[] = [];
  // changes[k]: the decoded offset where the k-th changed reference begins, with its raw span.
  const changes: { at: number; rawStart: number; rawEnd: number; length: number }[] = [];
  let rawCursor = 0;
  let decodedLength = 0;
  for (const match of raw.matchAll(ENTITY)) {
    const decoded = decodeHTMLStrict(match[0]);
    if (decoded === match[0]) continue;
    pieces.push(raw.slice(rawCursor, match.index));
    decodedLength += match.index - rawCursor;
    changes.push({ at: decodedLength, rawStart: match.index, rawEnd: match.index + match[0].length, length: decoded.length });
    pieces.push(decoded);
    decodedLength += decoded.length;
    rawCursor = match.index + match[0].length;
  }
  if (changes.length === 0) return undefined;
  pieces.push(raw.slice(rawCursor));
  const text = pieces.join("");
  const rawOffset = (i: number): number => {
    // The last change at or before i: inside it, its raw start; after it, shifted by its growth.
    let lo = 0;
    let hi = changes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid]!.at <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return i;
    const change = changes[found]!;
    if (i < change.at + change.length) return change.rawStart;
    return change.rawEnd + (i - change.at - change.length);
  };
  return { text, rawOffset };
}
