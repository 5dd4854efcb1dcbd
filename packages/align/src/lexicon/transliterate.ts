import { createRequire } from "node:module";

type AnyAscii = (text: string) => string;

// any-ascii's tables are 546 KB of JavaScript, about 10 ms of a run to read and compile, and a
// pair of Latin-script texts never needs them (month names come from a cache, sound keys are
// made only for other scripts): they are required at the first call. A Node that cannot require
// an ES module (before 20.19 and 22.12) imports them here, as a static import would.
let anyAscii: AnyAscii | undefined = (process.features as { require_module?: boolean }).require_module
  ? undefined
  : (await import("any-ascii")).default;

/**
 * Unicode text in ASCII, by `any-ascii` ("Путин" → "Putin", "märz" → "marz").
 *
 * @example
 * transliterate("Ερντογάν") // "Erntogan"
 */
export function transliterate(text: string): string {
  // `require` where the code runs bundled (scripts/bundle-cli.mjs resolves the call there, so it
  // must stay a plain `require("…")`), else one made for this file.
  if (!anyAscii) {
    const loaded = typeof require === "function" ? require("any-ascii") : createRequire(import.meta.url)("any-ascii");
    anyAscii = (loaded as { default: AnyAscii }).default;
  }
  return anyAscii(text);
}
