import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { TandemError } from "@tandem/segment/errors";

/** What {@link readTextFile} returns: the decoded text and facts about the bytes it came from. */
export interface TextFile {
  /** Decoded text: BOM removed, line ends normalised to "\n". Sentence offsets refer to this string. */
  text: string;
  /** Size of the file on disk, in bytes. */
  bytes: number;
  /** SHA-256 of the file's bytes, lowercase hex: identifies the exact input of a run. */
  hash: string;
}

/**
 * Largest article we read. News articles are a few kB to a few hundred kB; a file
 * beyond this is almost surely not an article (a dump, a log, a wrong path), and
 * segmenting and aligning it would take minutes of CPU and memory for nothing. We
 * check the size with stat() before reading, so a 50 MB file costs no memory at all.
 */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads an article as text. Decodes UTF-8 (with or without BOM) and UTF-16 LE/BE
 * with a BOM, normalises CRLF and CR to "\n", and turns every kind of bad input into
 * a one-line {@link TandemError} naming the file: missing path, directory, empty file,
 * binary data, invalid UTF-8, a file larger than {@link MAX_TEXT_FILE_BYTES}.
 *
 * @example
 * const { text, hash } = await readTextFile("seeds/000_a2c988d880e43a81.txt");
 * const doc = segmentDocument(text);
 */
export async function readTextFile(path: string, options: { maxBytes?: number } = {}): Promise<TextFile> {
  const buffer = await readFileBytes(path, options);
  return { ...decodeTextBytes(buffer, path), bytes: buffer.length, hash: hashBytes(buffer) };
}

/**
 * A file's bytes, with the same one-line errors as {@link readTextFile} for a missing
 * path, a directory, an empty file and a file over the size limit (checked with stat()
 * before reading).
 */
export async function readFileBytes(path: string, options: { maxBytes?: number } = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  const at = { file: path };
  const stat = await fs.stat(path).catch((error: NodeJS.ErrnoException) => {
    throw statError(error, path);
  });
  if (stat.isDirectory()) throw new TandemError("INPUT_DIRECTORY", "is a directory, not a text file", at);
  if (!stat.isFile()) throw new TandemError("INPUT_UNREADABLE", "is not a regular file", at);
  if (stat.size > maxBytes) {
    throw new TandemError(
      "INPUT_TOO_LARGE",
      `file is ${formatMb(stat.size)}; tandem reads articles up to ${formatMb(maxBytes)}`,
      at,
    );
  }
  const buffer = await fs.readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("INPUT_UNREADABLE", `cannot read file (${error.code ?? error.message})`, at, { cause: error });
  });
  // The size may have changed between stat() and readFile(); trust the bytes we got.
  if (buffer.length > maxBytes) {
    throw new TandemError("INPUT_TOO_LARGE", `file is ${formatMb(buffer.length)}; tandem reads articles up to ${formatMb(maxBytes)}`, at);
  }
  if (buffer.length === 0) throw new TandemError("INPUT_EMPTY", "file is empty", at);
  return buffer;
}

/** SHA-256 of bytes, lowercase hex. */
export function hashBytes(buffer: Uint8Array): string {
  return createHash("sha256").update(buffer).digest("hex");
}

/** Text bytes decoded as {@link readTextFile} does (UTF-8, UTF-16 with BOM), line ends normalised; `path` names the input in errors. */
export function decodeTextBytes(buffer: Buffer, path: string): { text: string } {
  const at = { file: path };
  const decoded = decode(buffer, path);
  const text = decoded.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new TandemError("INPUT_EMPTY", "file contains only white space", at);
  if (looksBinary(text)) throw new TandemError("INPUT_BINARY", "file looks binary (control characters), not text", at);
  return { text };
}

function statError(error: NodeJS.ErrnoException, path: string): TandemError {
  const at = { file: path };
  if (error.code === "ENOENT") return new TandemError("INPUT_MISSING", "no such file", at, { cause: error });
  if (error.code === "ENOTDIR") return new TandemError("INPUT_MISSING", "no such file (a parent is not a directory)", at, { cause: error });
  if (error.code === "EACCES") return new TandemError("INPUT_UNREADABLE", "permission denied", at, { cause: error });
  return new TandemError("INPUT_UNREADABLE", `cannot read file (${error.code ?? error.message})`, at, { cause: error });
}

function decode(buffer: Buffer, path: string): string {
  const at = { file: path };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeStrict("utf-16le", buffer.subarray(2), path);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeStrict("utf-16be", buffer.subarray(2), path);
  const hasUtf8Bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = hasUtf8Bom ? buffer.subarray(3) : buffer;
  // NUL never occurs in UTF-8 text; checking it before decoding names the real problem
  // ("binary") instead of a confusing encoding error on an image or a zip.
  const nul = body.indexOf(0);
  if (nul !== -1) {
    throw new TandemError("INPUT_BINARY", `file looks binary (NUL byte at offset ${nul}); UTF-16 needs a BOM`, {
      ...at,
      line: lineOfByte(body, nul),
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    const offset = firstInvalidUtf8(body);
    throw new TandemError(
      "INPUT_ENCODING",
      `invalid UTF-8${offset === undefined ? "" : ` at byte ${offset + (hasUtf8Bom ? 3 : 0)}`}; save the file as UTF-8`,
      { ...at, ...(offset === undefined ? {} : { line: lineOfByte(body, offset) }) },
      { cause: error },
    );
  }
}

function decodeStrict(encoding: "utf-16le" | "utf-16be", body: Buffer, path: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    throw new TandemError("INPUT_ENCODING", `invalid ${encoding.toUpperCase()} after its byte-order mark`, { file: path }, { cause: error });
  }
}

/**
 * Text has almost no C0 control characters besides tab and line ends; a file where
 * more than 1 in 100 characters is one (or any NUL survives decoding) is data.
 */
function looksBinary(text: string): boolean {
  if (text.includes("\0")) return true;
  // Counted by the regular expression engine: a loop over the characters ran before V8 had
  // compiled it, a few milliseconds of a one-document align.
  const control = text.match(CONTROL)?.length ?? 0;
  return control > 0 && control * 100 > text.length;
}

/** C0 controls but tab, line feed and form feed (NUL apart), and DEL. */
const CONTROL = /[\x01-\x08\x0b\x0d-\x1f\x7f]/g;

/** Byte offset of the first invalid UTF-8 sequence, to point the user at it. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return undefined;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
