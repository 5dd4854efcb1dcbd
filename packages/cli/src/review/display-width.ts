// East Asian wide and full-width ranges (Unicode EAW "W"/"F", the common blocks):
// a terminal gives each of these two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * Terminal columns `text` takes: two for CJK and full-width characters, none for
 * combining marks, one for the rest. Close enough to plan a layout; ink itself wraps.
 *
 * @example
 * displayWidth("中文 ok") // 7
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/\p{M}/u.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/**
 * Rows `text` needs when wrapped at `columns`, wrapping at spaces where it can (as ink
 * does) and anywhere in runs without spaces (Chinese).
 */
export function wrappedRows(text: string, columns: number): number {
  if (columns <= 0) return 1;
  let rows = 1;
  let used = 0;
  for (const word of text.split(/(?<= )/)) {
    let width = displayWidth(word);
    const visible = displayWidth(word.trimEnd());
    if (used > 0 && used + visible > columns) {
      rows++;
      used = 0;
    }
    while (width > columns) {
      rows++;
      width -= columns;
    }
    used += width;
  }
  return rows;
}
