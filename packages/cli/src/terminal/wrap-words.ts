/**
 * Wraps `text` at spaces into lines of at most `width` columns, each starting with
 * `indent`. A word longer than the line stays whole: a path or a flag cut in two
 * cannot be copied.
 *
 * @example
 * wrapWords("one two three", 9, "  ") // ["  one two", "  three"]
 */
export function wrapWords(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
