/**
 * Writes every bead the aligner produces on the gold sets, with full-precision scores and
 * signals, so two versions of tandem can be compared byte for byte (a speed change must not
 * move a single bead or score).
 *
 *   pnpm exec tsx --conditions=source scripts/alignment-fingerprint.ts OUT_DIR [--sets textberg,bible,parice,pages-dev,pages-dev2,seeds]
 *   diff -r before/ after/
 *
 * One JSONL file per set (a line per document: its name and beads), and `sha256.txt` with one
 * hash per set. Text+Berg runs both splits (test and dev), pages sets go through the same path
 * as `tandem bench pages` (raw files, cleaning, comparable passes), seeds through `tandem align`'s.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { alignSentences, type Bead } from "../packages/align/src/index.js";
import { DATASETS } from "../packages/cli/src/bench/datasets.js";
import { listPagePairs } from "../packages/cli/src/bench/pages.js";
import { createScorer } from "../packages/cli/src/options/scorer-options.js";
import { alignLoadedSides } from "../packages/cli/src/pipeline/align-loaded-sides.js";
import { loadSide } from "../packages/cli/src/pipeline/load-side.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bench = path.resolve(root, "../shared/bench");
const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith("--"));
if (!out) {
  console.error("usage: alignment-fingerprint.ts OUT_DIR [--sets textberg,bible,parice,pages-dev,pages-dev2,seeds]");
  process.exit(2);
}
const setsAt = args.indexOf("--sets");
const sets = (setsAt >= 0 ? args[setsAt + 1]! : "textberg,bible,parice,pages-dev,pages-dev2,seeds").split(",");
mkdirSync(out, { recursive: true });

const line = (name: string, beads: readonly Bead[]) => `${JSON.stringify({ name, beads })}\n`;

async function goldSet(set: string): Promise<string> {
  const dataset = DATASETS[set]!;
  let text = "";
  for (const split of dataset.splits) {
    const documents = await dataset.load(path.join(bench, dataset.folder), split);
    const { scorer } = await createScorer({ method: "lexical" }, { sourceLang: dataset.sourceLang, targetLang: dataset.targetLang });
    for (const doc of documents) text += line(`${split}/${doc.name}`, (await alignSentences(doc.source, doc.target, { scorer })).beads);
  }
  return text;
}

async function pagePair(folder: string, name: string): Promise<string> {
  const refused = (error: Error) => error;
  const source = await loadSide(path.join(folder, "src.txt"), { presegmented: false }).catch(refused);
  const target = await loadSide(path.join(folder, "tgt.txt"), { presegmented: false }).catch(refused);
  if (source instanceof Error || target instanceof Error) return `${JSON.stringify({ name, refused: String(source instanceof Error ? source : target) })}\n`;
  const langs = { sourceLang: source.document.lang, targetLang: target.document.lang };
  if (langs.sourceLang === langs.targetLang) return `${JSON.stringify({ name, refused: "same language" })}\n`;
  const { scorer } = await createScorer({ method: "lexical" }, langs);
  return line(name, (await alignLoadedSides(source, target, { scorer, maxBead: 4, recover: true })).beads);
}

const hashes: string[] = [];
for (const set of sets) {
  const started = performance.now();
  let text = "";
  if (set in DATASETS) text = await goldSet(set);
  else if (set.startsWith("pages")) {
    const dir = path.join(bench, set);
    for (const name of await listPagePairs(dir)) text += await pagePair(path.join(dir, name), name);
  } else if (set === "seeds") {
    const source = await loadSide(path.join(root, "seeds/000_a2c988d880e43a81.txt"), { presegmented: false });
    const target = await loadSide(path.join(root, "seeds/001_9c2bcb4f48ee580e.txt"), { presegmented: false });
    const { scorer } = await createScorer({ method: "lexical" }, { sourceLang: source.document.lang, targetLang: target.document.lang });
    text = line("seeds", (await alignLoadedSides(source, target, { scorer, maxBead: 4, recover: true })).beads);
  } else throw new Error(`unknown set ${set}`);
  writeFileSync(path.join(out, `${set}.jsonl`), text);
  const hash = createHash("sha256").update(text).digest("hex");
  hashes.push(`${hash}  ${set}`);
  console.log(`${set}: ${text.split("\n").length - 1} documents, sha256 ${hash.slice(0, 16)}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
writeFileSync(path.join(out, "sha256.txt"), `${hashes.join("\n")}\n`);
