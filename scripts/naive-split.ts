/**
 * Naive sentence splitting of a saved page, the baseline the page benches compare with
 * (scripts/bench-hunalign-pages.ts, scripts/bench-naive-pages.ts): every line of the file is
 * cut after the end marks of any script (. ! ? … । ॥ ؟ ۔ ። ။ ។ before white space; 。！？
 * anywhere) and the closing quotes or brackets that follow them; nothing is cleaned or dropped.
 */
import { readFileSync } from "node:fs";

export interface Piece {
  start: number;
  end: number;
  text: string;
}

/** The file as score.py reads it: BOM dropped, CRLF turned into LF (offsets count UTF-16 units, as JavaScript does). */
export function readPage(file: string): string {
  return readFileSync(file, "utf8").replace(/^\uFEFF/u, "").replace(/\r\n/gu, "\n");
}

// After an end mark of any script and the closing quotes or brackets that follow it.
const CUT = /(?:[.!?…।॥؟۔።။។]+["'”’»)\]」』）]*(?=\s)|[。！？]+["'”’»)\]」』）]*)/gu;

/** Naive sentences: every line, cut after end marks; offsets into the text. */
export function splitNaively(text: string): Piece[] {
  const pieces: Piece[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) pieces.push({ start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split("\n")) {
    let from = 0;
    for (const match of line.matchAll(CUT)) {
      const cut = match.index + match[0].length;
      push(lineStart + from, lineStart + cut);
      from = cut;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return pieces;
}
