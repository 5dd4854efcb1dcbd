import { escapeHtml, scriptJson } from "./escape-html.js";

/**
 * No request leaves the page: everything is inline, and the policy forbids any other
 * source, so even text that slipped past escaping could load nothing.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The style both reports share: system fonts only (no web fonts), a light palette. */
const BASE_STYLE = `
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#1d2329;background:#f6f7f9}
header.top{padding:14px 22px 10px;background:#fff;border-bottom:1px solid #dde1e6}
h1{font-size:19px;margin:0 0 4px}
h2{font-size:16px;margin:18px 0 8px}
h3{font-size:14px;margin:0}
.meta{color:#56606b;font-size:12.5px}
.meta b{color:#1d2329;font-weight:600}
code{font:12px ui-monospace,"DejaVu Sans Mono",monospace}
.badge{display:inline-block;font-size:10.5px;line-height:15px;padding:0 5px;border-radius:3px;background:#e4e7eb;color:#3a434d;vertical-align:1px;white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:14px;align-items:center;font-size:12px;color:#56606b;margin-top:8px}
.ramp{display:inline-block;width:120px;height:10px;border-radius:2px;vertical-align:-1px;background:linear-gradient(90deg,hsl(0 70% 80%),hsl(60 70% 80%),hsl(120 70% 80%))}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-2px;margin-right:3px;border:1px solid #0002}
`;

/**
 * A whole self-contained HTML document: inline style, data as JSON in a script block
 * (escaped for that context), inline script, nothing fetched.
 */
export function reportPage(page: { title: string; style: string; body: string; data?: unknown; script?: string }): string {
  const data = page.data === undefined ? "" : `<script type="application/json" id="report-data">${scriptJson(page.data)}</script>\n`;
  const script = page.script === undefined ? "" : `<script>${page.script}</script>\n`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${BASE_STYLE}${page.style}</style>
</head>
<body>
${page.body}
${data}${script}</body>
</html>
`;
}
