import { beadType, type Bead } from "../bead.js";
import type { ExportMeta } from "./export-meta.js";
import { formatScore } from "./format-score.js";
import { sideText } from "./side-text.js";

// XML 1.0 forbids C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone
// surrogates; xmllint rejects the whole file for one of them, so they go.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Removes XML-illegal characters and escapes markup characters, for text and attribute values. */
function escapeXml(text: string): string {
  return text
    .replace(XML_ILLEGAL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** `YYYYMMDDThhmmssZ`, the TMX 1.4 date form (UTC). */
function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The value of the `x-bead` prop: the shape ("2-1"), or "moved" for out-of-order beads. */
export function tmxBeadLabel(bead: Bead): string {
  return bead.moved ? "moved" : beadType(bead);
}

/**
 * A TMX 1.4 document valid against the LISA DTD: one `tu` per bead with both sides,
 * props `x-score`, `x-bead`, `x-source-doc`, `x-target-doc`, `x-source-ids`,
 * `x-target-ids` before the two `tuv`s. Beads with an empty side (1-0, 0-1), or whose
 * text is empty after cleaning, are left out: CAT tools reject such units.
 *
 * @example
 * const tmx = toTmx(beads, {
 *   source: { path: "a.txt", lang: "nl", sentences: docA.sentences },
 *   target: { path: "b.txt", lang: "en", sentences: docB.sentences },
 *   creationDate: new Date(), toolVersion: "0.1.0",
 * });
 */
export function toTmx(beads: readonly Bead[], meta: ExportMeta): string {
  const srcLang = meta.source.lang.toLowerCase();
  const tgtLang = meta.target.lang.toLowerCase();
  // No DOCTYPE: a SYSTEM id naming a DTD the reader does not have makes xmllint
  // and some CAT tools warn or fail; validators are given the DTD explicitly.
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="tandem" creationtoolversion="${escapeXml(meta.toolVersion)}" segtype="sentence"` +
      ` o-tmf="tandem" adminlang="en" srclang="${escapeXml(srcLang)}" datatype="plaintext"` +
      ` creationdate="${tmxDate(meta.creationDate)}"/>`,
    `  <body>`,
  ];
  let tuid = 0;
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    const source = escapeXml(sideText(meta.source, bead.source)).trim();
    const target = escapeXml(sideText(meta.target, bead.target)).trim();
    if (!source || !target) continue;
    tuid += 1;
    const prop = (type: string, value: string) => `      <prop type="${type}">${escapeXml(value)}</prop>`;
    lines.push(
      `    <tu tuid="${tuid}">`,
      prop("x-score", formatScore(bead.score)),
      prop("x-bead", tmxBeadLabel(bead)),
      prop("x-source-doc", meta.source.path),
      prop("x-target-doc", meta.target.path),
      prop("x-source-ids", bead.source.join(",")),
      prop("x-target-ids", bead.target.join(",")),
      `      <tuv xml:lang="${escapeXml(srcLang)}"><seg>${source}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(tgtLang)}"><seg>${target}</seg></tuv>`,
      `    </tu>`,
    );
  }
  lines.push(`  </body>`, `</tmx>`, ``);
  return lines.join("\n");
}
