import chardet from "chardet";

/** How {@link decodeHtml} chose the charset, strongest first. */
export type CharsetSource = "bom" | "utf-8" | "header" | "meta" | "detected" | "default";

/** A page's bytes decoded, and which charset was used and why. */
export interface DecodedHtml {
  readonly text: string;
  /** WHATWG encoding name actually used (e.g. "utf-8", "gbk", "windows-1252"). */
  readonly charset: string;
  readonly source: CharsetSource;
}

/** How far into the page a `<meta charset>` is looked for (browsers look at 1024 bytes; real pages put comments and scripts first). */
const META_WINDOW = 8192;
/** How many bytes the detector sees: enough to tell a legacy charset, bounded on a 100 MB page. */
const DETECT_WINDOW = 65_536;

/**
 * Decodes an HTML page's bytes. Order: a byte-order mark; bytes that are valid UTF-8
 * and not pure ASCII are UTF-8 whatever the page declares (real pages re-saved as UTF-8
 * keep their old `<meta charset=gb2312>`, and legacy-encoded text is almost never
 * valid UTF-8 by chance); then the HTTP header's charset (`headerCharset`, from a WARC
 * record); then `<meta charset>` / `<meta http-equiv=content-type>`; then chardet's
 * guess; then windows-1252, the web's default. A label TextDecoder does not know is
 * skipped. Never throws: invalid bytes become U+FFFD.
 *
 * @example
 * decodeHtml(new TextEncoder().encode("<meta charset=gb2312><p>中文</p>")).charset; // "utf-8"
 */
export function decodeHtml(bytes: Uint8Array, options: { headerCharset?: string } = {}): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith("utf-8", bytes.subarray(3), "bom");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2), "bom");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2), "bom");
  const utf8 = utf8Status(bytes);
  if (utf8 === "valid") return decodeWith("utf-8", bytes, "utf-8");
  const header = encodingFor(options.headerCharset);
  if (header && !(utf8 === "ascii" && isUtf16(header))) return decodeWith(header, bytes, "header");
  const meta = encodingFor(metaCharset(bytes));
  // A page that says UTF-16 in a <meta> cannot be read as bytes that say so: browsers treat it as UTF-8.
  if (meta) return decodeWith(isUtf16(meta) ? "utf-8" : meta, bytes, "meta");
  if (utf8 === "ascii") return decodeWith("utf-8", bytes, "default");
  const guess = encodingFor(chardet.detect(bytes.subarray(0, DETECT_WINDOW)) ?? undefined);
  if (guess && !isUtf16(guess)) return decodeWith(guess, bytes, "detected");
  return decodeWith("windows-1252", bytes, "default");
}

function decodeWith(charset: string, bytes: Uint8Array, source: CharsetSource): DecodedHtml {
  return { text: new TextDecoder(charset, { ignoreBOM: true }).decode(bytes), charset, source };
}

function isUtf16(encoding: string): boolean {
  return encoding.startsWith("utf-16");
}

/** The WHATWG name of a charset label, or undefined when TextDecoder does not know it. */
function encodingFor(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

/** "ascii" (no byte ≥ 0x80), "valid" UTF-8 with some multi-byte sequence, or "invalid". */
function utf8Status(bytes: Uint8Array): "ascii" | "valid" | "invalid" {
  let i = 0;
  let multi = false;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return "invalid";
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      // A page cut off inside its last character is still UTF-8.
      if (next === undefined) return multi || need > 0 ? "valid" : "invalid";
      if ((next & 0xc0) !== 0x80) return "invalid";
    }
    multi = true;
    i += need + 1;
  }
  return multi ? "valid" : "ascii";
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, from its first bytes. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_WINDOW));
  for (const tag of head.matchAll(/<meta\b[^>]*>/giu)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag[0]);
    if (direct) return direct[1];
  }
  return undefined;
}

/** The charset parameter of an HTTP Content-Type header value ("text/html; charset=GB2312" → "GB2312"). */
export function headerCharset(contentType: string | undefined): string | undefined {
  return contentType ? /;\s*charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType)?.[1] : undefined;
}
