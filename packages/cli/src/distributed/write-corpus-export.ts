import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { TandemError } from "@tandem/segment/core";
import { exportMetaFor } from "../pipeline/export-meta-for.js";
import { renderOutput } from "../pipeline/render-output.js";
import { checkOutputPath } from "../files/write-file-atomic.js";
import type { CorpusStore, RunStore } from "../store/index.js";

/** Pairs read from the store per page. */
const PAGE = 200;

export interface CorpusExportSummary {
  readonly output: string;
  readonly format: "tmx" | "tsv" | "jsonl";
  readonly pairs: number;
  readonly written: number;
  readonly failed: number;
  readonly pending: number;
  readonly units: number;
}

/**
 * Streams a corpus out of the store into one TMX, TSV or JSONL file, a page of pairs
 * at a time, with the same bytes `mergeExports` gives on one machine (TMX: one header,
 * `tuid`s numbered through, `srclang="*all*"` for mixed source languages; TSV: the two
 * document paths appended). It writes a temporary file next to `output` and renames it
 * at the end, so a failure leaves no partial file; memory stays at one page of pairs.
 */
export async function writeCorpusExport(
  store: CorpusStore & RunStore,
  corpus: string,
  output: string,
  format: "tmx" | "tsv" | "jsonl",
  options: { force?: boolean; creationDate: Date },
): Promise<CorpusExportSummary> {
  await checkOutputPath(output, options);
  const mixedSources = (await store.pairSourceLanguages(corpus)).length > 1;
  const dir = path.dirname(path.resolve(output));
  const temporary = path.join(dir, `.${path.basename(output)}.${randomBytes(6).toString("hex")}.tmp`);
  const stream = createWriteStream(temporary);
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
  let pairs = 0;
  let written = 0;
  let failed = 0;
  let units = 0;
  let tuid = 0;
  try {
    let after = -1;
    for (;;) {
      const page = await store.listPairs(corpus, { afterOrd: after, limit: PAGE });
      if (page.length === 0) break;
      after = page[page.length - 1]!.ord;
      for (const pair of page) {
        pairs++;
        if (pair.runId === null) {
          if (pair.failure) failed++;
          continue;
        }
        const run = await store.loadRun(pair.runId);
        const meta = exportMetaFor({ ...run.source, path: pair.sourcePath }, { ...run.target, path: pair.targetPath }, options.creationDate);
        units += run.beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).length;
        if (format === "jsonl") await write(renderOutput("jsonl", run.beads, meta));
        else if (format === "tsv") {
          const suffix = `\t${oneLine(pair.sourcePath)}\t${oneLine(pair.targetPath)}`;
          const lines = renderOutput("tsv", run.beads, meta).split("\n").filter(Boolean);
          await write(lines.map((line) => `${line}${suffix}\n`).join(""));
        } else {
          const lines = renderOutput("tmx", run.beads, meta).split("\n");
          const bodyStart = lines.indexOf("  <body>") + 1;
          if (written === 0) {
            const head = lines.slice(0, bodyStart).map((line) => (mixedSources ? line.replace(/ srclang="[^"]*"/, ' srclang="*all*"') : line));
            await write(head.map((line) => `${line}\n`).join(""));
          }
          const body = lines.slice(bodyStart, lines.lastIndexOf("  </body>"));
          await write(body.map((line) => `${line.startsWith("    <tu tuid=") ? `    <tu tuid="${++tuid}">` : line}\n`).join(""));
        }
        written++;
      }
    }
    if (written === 0) throw new TandemError("PAIR_NONE", `none of the corpus's ${pairs} pairs is aligned yet; nothing written`, { file: output });
    if (format === "tmx") await write("  </body>\n</tmx>\n");
    stream.end();
    await once(stream, "finish");
    await checkOutputPath(output, options);
    await fs.rename(temporary, output);
  } catch (error) {
    stream.destroy();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  return { output, format, pairs, written, failed, pending: pairs - written - failed, units };
}

function oneLine(text: string): string {
  return text.replace(/[\t\n]/g, " ");
}
