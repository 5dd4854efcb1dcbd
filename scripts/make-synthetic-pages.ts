/**
 * Page pairs with known gold made from the parallel gold sets, for measuring (and checking the
 * fit of) the comparable path on languages and texts it was not tuned on: windows of a gold
 * alignment (Text+Berg de–fr dev, ParIce en–is, the Bible en–zh) where each gold bead loses its
 * source side or its target side with probability `--drop` (a sentence the other page left out,
 * so its counterpart must stay unaligned), and in some pairs a block of target beads moves to
 * the top of the page (a lead written first). Each side is laid out as a page (paragraphs of
 * 1 to 4 sentences) and written with a gold.json in the pages-dev format, so
 * `tandem bench pages --data DIR` scores it like the real page sets.
 *
 * What these pairs are not: rewritten text. Every kept pair is a translation, so they measure
 * omissions, moves and the decision's thresholds on other language pairs, not paraphrase.
 *
 *     pnpm exec tsx --conditions=source scripts/make-synthetic-pages.ts OUT_DIR [--pairs 8] [--beads 24] [--drop 0.25] [--move 0.4] [--seed 31]
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bible } from "../packages/cli/src/bench/bible.js";
import type { BenchDocument, Dataset } from "../packages/cli/src/bench/dataset.js";
import { parice } from "../packages/cli/src/bench/parice.js";
import { textberg } from "../packages/cli/src/bench/textberg.js";
import { mulberry32 } from "./seeded-random.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const out = args[0];
if (!out || out.startsWith("--")) throw new Error("usage: make-synthetic-pages.ts OUT_DIR [--pairs 8] [--beads 24] [--drop 0.25] [--move 0.4] [--seed 31]");
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const pairsPerSet = Number(valueOf("--pairs") ?? 8);
const beadsPerPair = Number(valueOf("--beads") ?? 24);
const drop = Number(valueOf("--drop") ?? 0.25);
const move = Number(valueOf("--move") ?? 0.4);
const random = mulberry32(Number(valueOf("--seed") ?? 31));

/** Text+Berg is tokenised ("Lager 4 !"): glue punctuation back as a page prints it. */
function detokenise(text: string): string {
  return text
    .replace(/\s+([.,;:!?)\]»%])/gu, "$1")
    .replace(/([(\[«])\s+/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A unit that ends a sentence; one that ends in a letter or digit is a heading, printed on its own line. */
const ENDS_SENTENCE = /[.!?。！？…]["'”’»」』)）]*$/u;
/** A unit that stops inside its sentence (a Bible verse ending in a comma): its bead joins the next. */
const CONTINUES = /[,;:，；：、–-]["'”’»」』)）]*$/u;

function layOut(sentences: readonly string[], lang: string): string {
  const glue = /^(zh|ja|th)$/u.test(lang) ? "" : " ";
  const paragraphs: string[] = [];
  // Units that stop inside their sentence run on into the next one.
  const whole: string[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const last = whole.length - 1;
    if (last >= 0 && CONTINUES.test(whole[last]!)) whole[last] += glue + sentences[k]!;
    else whole.push(sentences[k]!);
  }
  for (let k = 0; k < whole.length; ) {
    if (!ENDS_SENTENCE.test(whole[k]!)) {
      paragraphs.push(whole[k++]!);
      continue;
    }
    const size = 1 + Math.floor(random() * 4);
    const paragraph: string[] = [];
    while (paragraph.length < size && k < whole.length && ENDS_SENTENCE.test(whole[k]!)) paragraph.push(whole[k++]!);
    paragraphs.push(paragraph.join(glue));
  }
  return `${paragraphs.join("\n\n")}\n`;
}

/** Gold beads joined while a side stops inside its sentence: the units a page's reader can cut. */
function wholeSentences(beads: readonly Bead[], doc: BenchDocument): Bead[] {
  const merged: Bead[] = [];
  let open: Bead | undefined;
  for (const bead of beads) {
    open = open ? { source: [...open.source, ...bead.source], target: [...open.target, ...bead.target] } : { source: [...bead.source], target: [...bead.target] };
    const lastSource = open.source.at(-1);
    const lastTarget = open.target.at(-1);
    const continues = (lastSource !== undefined && CONTINUES.test(detokenise(doc.source[lastSource] ?? ""))) || (lastTarget !== undefined && CONTINUES.test(detokenise(doc.target[lastTarget] ?? "")));
    if (!continues) {
      merged.push(open);
      open = undefined;
    }
  }
  if (open) merged.push(open);
  return merged;
}

interface Bead {
  source: number[];
  target: number[];
}

function makePair(doc: BenchDocument, dataset: Dataset, name: string): boolean {
  const beads = wholeSentences(
    doc.gold.map((link) => ({ source: [...link.source], target: [...link.target] })).sort((a, b) => (a.source[0] ?? a.target[0] ?? 0) - (b.source[0] ?? b.target[0] ?? 0)),
    doc,
  );
  if (beads.length < beadsPerPair + 2) return false;
  const start = Math.floor(random() * (beads.length - beadsPerPair));
  const window = beads.slice(start, start + beadsPerPair).map((bead) => {
    const r = random();
    if (r < drop / 2) return { source: [], target: bead.target };
    if (r < drop) return { source: bead.source, target: [] };
    return bead;
  });
  // Target order: the window's, with maybe a block of two or three beads moved to the top.
  const targetOrder = window.map((_, k) => k);
  if (random() < move && window.length > 8) {
    const size = 2 + Math.floor(random() * 2);
    const from = 4 + Math.floor(random() * (window.length - size - 4));
    targetOrder.splice(0, 0, ...targetOrder.splice(from, size));
  }
  const sourceTexts: string[] = [];
  const targetTexts: string[] = [];
  const sourceIds = new Map<number, string>();
  const targetIds = new Map<number, string>();
  const text = (raw: string | undefined) => detokenise(raw ?? "");
  for (const bead of window) {
    for (const i of bead.source) {
      const sentence = text(doc.source[i]);
      if (!sentence) continue;
      sourceTexts.push(sentence);
      sourceIds.set(i, `s${String(sourceTexts.length).padStart(2, "0")}`);
    }
  }
  for (const k of targetOrder) {
    for (const j of window[k]!.target) {
      const sentence = text(doc.target[j]);
      if (!sentence) continue;
      targetTexts.push(sentence);
      targetIds.set(j, `t${String(targetTexts.length).padStart(2, "0")}`);
    }
  }
  const links = window
    .map((bead) => [bead.source.flatMap((i) => sourceIds.get(i) ?? []), bead.target.flatMap((j) => targetIds.get(j) ?? [])])
    .filter(([s, t]) => s!.length > 0 && t!.length > 0);
  const dir = path.join(out!, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "src.txt"), layOut(sourceTexts, dataset.sourceLang));
  writeFileSync(path.join(dir, "tgt.txt"), layOut(targetTexts, dataset.targetLang));
  const gold = {
    source: "src.txt",
    target: "tgt.txt",
    src_lang: dataset.sourceLang,
    tgt_lang: dataset.targetLang,
    src: Object.fromEntries(sourceTexts.map((s, k) => [`s${String(k + 1).padStart(2, "0")}`, s])),
    tgt: Object.fromEntries(targetTexts.map((s, k) => [`t${String(k + 1).padStart(2, "0")}`, s])),
    links,
  };
  writeFileSync(path.join(dir, "gold.json"), `${JSON.stringify(gold, null, 1)}\n`);
  return true;
}

const runs: [Dataset, string, string][] = [
  [textberg, "dev", "textberg"],
  [parice, "test", "parice"],
  [bible, "test", "bible"],
];
mkdirSync(out, { recursive: true });
// The page sets' scorer beside the pairs, as scripts/bench-hunalign-pages.ts expects it.
const scorer = path.join(benchRoot, "pages-dev2", "score.py");
if (existsSync(scorer)) copyFileSync(scorer, path.join(out, "score.py"));
for (const [dataset, split, short] of runs) {
  const dir = path.join(benchRoot, dataset.folder);
  if (!existsSync(dir)) continue;
  const docs = await dataset.load(dir, split);
  let made = 0;
  for (let attempt = 0; made < pairsPerSet && attempt < pairsPerSet * 10; attempt++) {
    const doc = docs[attempt % docs.length]!;
    if (makePair(doc, dataset, `${short}-${String(made + 1).padStart(2, "0")}-${dataset.sourceLang}-${dataset.targetLang}`)) made++;
  }
  process.stderr.write(`${dataset.folder}: ${made} pairs\n`);
}
