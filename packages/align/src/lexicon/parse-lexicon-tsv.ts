import { TandemError } from "@tandem/segment/core";
import { normalizeHeadword } from "./normalize-headword.js";

/**
 * Reads a user lexicon: one `source<TAB>target` pair a line, more pairs for more
 * translations. Blank lines and lines starting with `#` are skipped. Keys and values
 * are normalised with {@link normalizeHeadword}.
 *
 * @throws TandemError LEXICON_BAD_LINE naming the file and line when a line has no tab,
 *   more than two columns, or an empty side.
 * @example
 * parseLexiconTsv("berg\tmontagne\nberg\tmont\n") // Map { "berg" => ["montagne", "mont"] }
 */
export function parseLexiconTsv(text: string, file?: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const columns = raw.split("\t");
    const at = { file, line: index + 1 };
    if (columns.length !== 2) {
      throw new TandemError(
        "LEXICON_BAD_LINE",
        `expected two tab-separated columns (source, target), found ${columns.length}`,
        at,
      );
    }
    const source = normalizeHeadword(columns[0]!);
    const target = normalizeHeadword(columns[1]!);
    if (!source || !target) throw new TandemError("LEXICON_BAD_LINE", "empty source or target word", at);
    const list = entries.get(source);
    if (list) {
      if (!list.includes(target)) list.push(target);
    } else entries.set(source, [target]);
  });
  return entries;
}
