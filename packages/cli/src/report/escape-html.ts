const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text from a web page as HTML text or attribute value: `<`, `>`, `&` and both quotes
 * escaped, so `<img src=x onerror=…>` shows as those characters and runs nothing.
 *
 * @example
 * escapeHtml('</script><script>alert(1)</script>') // "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * A value as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&`
 * become `\u003c`… so no `</script>` or `<!--` in a sentence can end or bend the block,
 * and U+2028/U+2029 are escaped for engines that treat them as line ends.
 *
 * @example
 * scriptJson({ text: "</script>" }) // '{"text":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
