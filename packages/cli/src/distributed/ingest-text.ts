import { extractPairFeatures } from "@tandem/align";
import { ALIGNABLE_KINDS, TandemError, segmentDocument } from "@tandem/segment";
import type { IngestResult } from "../store/index.js";

/**
 * The ingest stage for one decoded text, as `loadDocuments` does it on one machine:
 * segment, identify the language, and extract the pairing anchors from the alignable
 * sentences. A text that cannot take part (no language) becomes a stored problem, not
 * a failed job: retrying would not change it.
 *
 * @example
 * const result = ingestText("Phan Anh Sơn sprak op 8 juli 2025 in Hanoi. …");
 * "lang" in result && result.anchors[0]; // ["date:07-08", "8 juli 2025", 0.3]
 */
export function ingestText(text: string): IngestResult {
  try {
    const document = segmentDocument(text);
    if (!document.lang || document.lang === "und") return { problem: { code: "LANG_UNKNOWN", message: "cannot tell the language; skipped" } };
    const alignable = document.sentences.filter((sentence) => ALIGNABLE_KINDS.includes(sentence.kind));
    const pairingText = (alignable.length > 0 ? alignable : document.sentences).map((sentence) => sentence.text).join("\n");
    const features = extractPairFeatures(pairingText);
    const anchors = [...features.anchors].map(([key, surface]) => [key, surface, features.positions.get(key)!] as const);
    return { lang: document.lang, sentences: document.sentences, anchors };
  } catch (error) {
    if (error instanceof TandemError) return { problem: { code: error.code, message: error.message } };
    throw error;
  }
}
