import path from "node:path";
import { TandemError } from "@tandem/segment/errors";

/** The file formats `tandem align` and `tandem export` write. */
export const OUTPUT_FORMATS = ["tmx", "tsv", "jsonl", "align"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * The format to write: `--format` if given, else the output's extension. Decided
 * before any work, so a typo in the name fails in milliseconds, not after aligning.
 *
 * @example
 * outputFormat("vufo.tmx") // "tmx"
 * outputFormat("pairs.txt", "tsv") // "tsv"
 */
export function outputFormat(output: string, format?: string): OutputFormat {
  const wanted = (format ?? path.extname(output).slice(1)).toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(wanted)) return wanted as OutputFormat;
  throw new TandemError(
    "OUTPUT_FORMAT",
    format
      ? `unknown format "${format}"; use one of ${OUTPUT_FORMATS.join(", ")}`
      : `cannot tell the format from "${path.basename(output)}"; name it .tmx, .tsv, .jsonl or .align, or pass --format`,
    { file: output },
  );
}
