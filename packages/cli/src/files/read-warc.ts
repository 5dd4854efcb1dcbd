import { createReadStream, promises as fs } from "node:fs";
import { gunzipSync, inflateSync, constants as zlib } from "node:zlib";
import { WARCParser } from "warcio";
import { sniffHtml } from "@tandem/segment";
import { headerCharset } from "@tandem/segment";

/** What a file's first bytes say it is, when it is a web archive. */
export type ArchiveKind = "warc" | "arc";

/** How far into a file we look for its kind (a gzip header and the first record line). */
const PEEK_BYTES = 4096;

/**
 * Whether a file is a WARC (plain, gzip per record or whole-file gzip) or an old ARC,
 * from its first bytes; undefined for anything else.
 *
 * @example
 * await archiveKind("crawl.warc.gz"); // "warc"
 */
export async function archiveKind(path: string): Promise<ArchiveKind | undefined> {
  // Opening a FIFO or a device to peek would block or read forever: only regular files are looked at.
  if (!(await fs.stat(path).catch(() => undefined))?.isFile()) return undefined;
  const handle = await fs.open(path, "r").catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(PEEK_BYTES), 0, PEEK_BYTES, 0);
    let head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      try {
        head = gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH });
      } catch {
        return undefined;
      }
    }
    const text = head.subarray(0, 16).toString("latin1");
    if (/^WARC\/\d/u.test(text)) return "warc";
    if (text.startsWith("filedesc://")) return "arc";
    return undefined;
  } finally {
    await handle.close();
  }
}

/** One HTML page of a WARC: its URI, its payload (transfer and content encoding undone) and its HTTP charset. */
export interface WarcPage {
  readonly uri: string;
  readonly bytes: Buffer;
  readonly headerCharset?: string;
  /** Byte offset of the record in the (compressed) file. */
  readonly offset: number;
}

/** What was left out of a WARC and why, for one note per file. */
export interface WarcSkips {
  records: number;
  pages: number;
  /** Records that are no page: warcinfo, request, metadata, revisit (no body of its own), resource. */
  notPages: number;
  /** Responses whose payload is not HTML (images, JSON, PDF…). */
  notHtml: number;
  /** Responses with an HTTP status other than 2xx (redirects, errors). */
  notOk: number;
  /** Records whose body stops before its Content-Length, with their offsets; the partial page is dropped. */
  truncated: number[];
  /** Records whose gzip-encoded body is cut off inside: what inflates is kept as the page. */
  partial: number[];
  /** Pages over the size limit, skipped unread. */
  tooLarge: number;
  /** Messages of the WARC reader (a record not followed by its blank lines…), counted. */
  warnings: number;
  /** The reader could not go on from this offset: the rest of the file was skipped. */
  stoppedAt?: { offset: number; message: string };
}

/**
 * Streams the HTML pages of a WARC file with warcio (records are read one at a time, so
 * memory stays flat on a crawl of any size). Takes `response` records (and `resource`
 * records holding HTML) with a 2xx status and an HTML payload; everything else is counted
 * in `skips`. A truncated record is counted with its offset and its partial page dropped;
 * a record the reader cannot parse ends the file's reading with a note, never a crash.
 *
 * @example
 * const skips = newWarcSkips();
 * for await (const page of readWarcPages("crawl.warc.gz", skips, 20e6)) console.log(page.uri);
 */
export async function* readWarcPages(path: string, skips: WarcSkips, maxBytes: number): AsyncGenerator<WarcPage> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const parser = new WARCParser(stream);
  // warcio reports some damage with console.warn; count it instead of letting it print.
  const warn = console.warn;
  console.warn = () => {
    skips.warnings++;
  };
  let offset = 0;
  try {
    for await (const record of parser) {
      offset = parser.offset;
      skips.records++;
      const type = record.warcType;
      const http = record.httpHeaders;
      const contentType = String(http?.headers.get("content-type") ?? (type === "resource" ? record.warcContentType ?? "" : ""));
      if (type !== "response" && type !== "resource") {
        skips.notPages++;
        continue;
      }
      if (type === "response" && !http) {
        skips.notPages++;
        continue;
      }
      const status = Number(http?.statusCode ?? 200);
      if (status < 200 || status > 299) {
        skips.notOk++;
        continue;
      }
      if (contentType && !/html/iu.test(contentType)) {
        (type === "resource" ? skips.notPages++ : skips.notHtml++);
        continue;
      }
      if (record.warcContentLength > maxBytes) {
        skips.tooLarge++;
        continue;
      }
      const raw = await record.readFully(false);
      // The record's reader stops at Content-Length; anything it still expects is missing.
      const missing = (record.reader as unknown as { limit?: number }).limit ?? 0;
      if (missing > 0) {
        skips.truncated.push(offset);
        continue;
      }
      let body: Uint8Array;
      try {
        body = raw.length === 0 ? raw : await record.readFully(true);
      } catch {
        body = new Uint8Array();
      }
      // A compressed body cut off inside (the record itself complete): keep what inflates.
      if (body.length === 0 && raw.length > 0) {
        body = inflatePartial(raw);
        if (body.length > 0) skips.partial.push(offset);
      }
      const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      if (bytes.length === 0 || (!contentType && !sniffHtml(bytes.subarray(0, 4096).toString("latin1")))) {
        skips.notHtml++;
        continue;
      }
      const uri = (record.warcTargetURI ?? "").replace(/^<(.*)>$/u, "$1").trim() || `${path}#${offset}`;
      skips.pages++;
      const charset = headerCharset(contentType);
      yield { uri, bytes, offset, ...(charset ? { headerCharset: charset } : {}) };
    }
    // A file cut off inside a record's gzip member ends the records early, without an error:
    // the bytes after the last complete member are the truncated record.
    const consumed = (parser as unknown as { _reader?: { getRawOffset?: () => number } })._reader?.getRawOffset?.();
    const size = (await fs.stat(path)).size;
    if (consumed !== undefined && consumed < size && !skips.truncated.includes(consumed) && !(skips.truncated.length && consumed === 0)) {
      skips.truncated.push(consumed);
    }
  } catch (error) {
    skips.stoppedAt = { offset, message: (error as Error).message.split("\n")[0]!.slice(0, 200) };
  } finally {
    console.warn = warn;
    stream.destroy();
  }
}

export function newWarcSkips(): WarcSkips {
  return { records: 0, pages: 0, notPages: 0, notHtml: 0, notOk: 0, truncated: [], partial: [], tooLarge: 0, warnings: 0 };
}

/**
 * The one note for a WARC: how many pages were read and what was left out. Undefined
 * when nothing worth saying happened (only non-page records skipped).
 *
 * @example
 * warcNote({ ...newWarcSkips(), records: 3, pages: 1, truncated: [2048] });
 * // "1 HTML pages read from 3 records; 1 truncated record dropped (at byte 2048)"
 */
export function warcNote(skips: WarcSkips): string {
  const parts = [`${skips.pages} HTML page${skips.pages === 1 ? "" : "s"} read from ${skips.records} record${skips.records === 1 ? "" : "s"}`];
  if (skips.notHtml) parts.push(`${skips.notHtml} non-HTML responses skipped`);
  if (skips.notOk) parts.push(`${skips.notOk} non-2xx responses skipped`);
  if (skips.tooLarge) parts.push(`${skips.tooLarge} pages over the size limit skipped`);
  if (skips.truncated.length) {
    const at = skips.truncated.slice(0, 5).join(", ");
    parts.push(`${skips.truncated.length} truncated record${skips.truncated.length > 1 ? "s" : ""} dropped with the partial page (at byte ${at}${skips.truncated.length > 5 ? ", …" : ""})`);
  }
  if (skips.partial.length) parts.push(`${skips.partial.length} record${skips.partial.length > 1 ? "s" : ""} with a cut-off compressed body kept as far as it inflates (at byte ${skips.partial.slice(0, 5).join(", ")})`);
  if (skips.warnings) parts.push(`${skips.warnings} malformed record boundar${skips.warnings > 1 ? "ies" : "y"} read past`);
  if (skips.stoppedAt) parts.push(`unreadable from byte ${skips.stoppedAt.offset} (${skips.stoppedAt.message}); the rest of the file skipped`);
  return parts.join("; ");
}

/** As much of a gzip or deflate body as inflates; empty when it is neither. */
function inflatePartial(raw: Uint8Array): Uint8Array {
  for (const inflate of [gunzipSync, inflateSync]) {
    try {
      return inflate(raw, { finishFlush: zlib.Z_SYNC_FLUSH });
    } catch {
      // not this format
    }
  }
  return new Uint8Array();
}
