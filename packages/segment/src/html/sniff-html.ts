/**
 * Whether a text is an HTML page, from its first characters as the WHATWG MIME
 * sniffing algorithm does: after white space (and a BOM), one of `<!DOCTYPE HTML`,
 * `<html`, `<head`, `<body`, `<script`, `<iframe`, `<h1`, `<div`, `<font`, `<table`,
 * `<a`, `<style`, `<title`, `<b`, `<br`, `<p`, `<meta`, `<!--` followed by a space or `>`
 * — plus an XML declaration followed by an XHTML root. A text file that merely mentions a
 * tag later on stays text.
 *
 * @example
 * sniffHtml("  <!doctype html><p>Hi"); // true
 * sniffHtml("Use <p> for paragraphs."); // false
 */
export function sniffHtml(text: string): boolean {
  let head = text.slice(0, 4096).replace(/^\uFEFF/u, "").trimStart();
  // Comments and an XML declaration may come before the root.
  for (let i = 0; i < 20; i++) {
    const skipped = head.replace(/^(?:<!--[\s\S]*?-->|<\?xml[^>]*\?>)\s*/u, "");
    if (skipped === head) break;
    head = skipped;
  }
  return /^<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|article|section|main|header|nav|link)(?=[\s>/])/iu.test(head);
}
