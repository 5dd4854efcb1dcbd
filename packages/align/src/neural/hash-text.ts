import { createHash } from "node:crypto";

/**
 * The cache key of a text: SHA-256 of its UTF-8 bytes, hex. The text is hashed exactly
 * as it is embedded (after joining a span's sentences, before any model prefix).
 *
 * @example
 * hashText("De minister sprak."); // "9c1f…" (64 hex digits)
 */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
