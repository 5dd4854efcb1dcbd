import type { ExportMeta, ExportSide } from "@tandem/align";
import { toolVersion } from "../terminal/tool-version.js";

/**
 * The ExportMeta of a document pair, for align, export and corpus alike. Copies only
 * what the exporters read, so stored or loaded sides can be passed as they are.
 */
export function exportMetaFor(source: ExportSide, target: ExportSide, creationDate: Date): ExportMeta {
  const side = ({ path, lang, sentences }: ExportSide): ExportSide => ({ path, lang, sentences });
  return { source: side(source), target: side(target), creationDate, toolVersion: toolVersion() };
}
