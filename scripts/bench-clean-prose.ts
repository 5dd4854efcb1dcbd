/**
 * What the cleaning removes from text that is all content: the documents of the parallel gold
 * sets (Text+Berg de and fr, ParIce en and is, the Bible's en and zh), laid out as a page
 * (the first sentence as a title line, then paragraphs of 1 to 5 sentences, blank lines
 * between) and read exactly as `tandem align` reads a page (the CLI's loadSide, cleaning on).
 * Every sentence is content, so every sentence no alignable sentence covers is a loss, charged
 * to the rule that removed it. The dev pages' budget (bench-segment-pages.ts) is 1% of gold
 * sentences; this is the same count on prose of other genres, sites and languages that no rule
 * was fitted on.
 *
 *     pnpm exec tsx --conditions=source scripts/bench-clean-prose.ts [--sentences 400] [--docs 4] [--verbose] [--json] [--disable RULE[,RULE]]
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bible } from "../packages/cli/src/bench/bible.js";
import type { Dataset } from "../packages/cli/src/bench/dataset.js";
import { parice } from "../packages/cli/src/bench/parice.js";
import { textberg } from "../packages/cli/src/bench/textberg.js";
import { coversGold } from "../packages/align/src/index.js";
import { loadSide } from "../packages/cli/src/pipeline/load-side.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const benchRoot = [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const perDocument = Number(valueOf("--sentences") ?? 400);
const documents = Number(valueOf("--docs") ?? 4);
const disable = new Set((valueOf("--disable") ?? "").split(",").filter(Boolean));
/** Paragraph sizes, in turn: a page's mix of one-sentence leads and longer paragraphs. */
const PARAGRAPHS = [3, 1, 4, 2, 5, 2];

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The page: title line, paragraphs, blank lines between; with each sentence's offsets. */
function layOut(sentences: readonly string[], lang: string): { text: string; spans: Span[] } {
  const glue = /^(zh|ja|th)$/u.test(lang) ? "" : " ";
  let text = "";
  const spans: Span[] = [];
  let k = 0;
  let turn = 0;
  const add = (sentence: string) => {
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
  };
  add(sentences[k++]!);
  while (k < sentences.length) {
    text += "\n\n";
    const size = PARAGRAPHS[turn++ % PARAGRAPHS.length]!;
    for (let s = 0; s < size && k < sentences.length; s++, k++) {
      if (s > 0) text += glue;
      add(sentences[k]!);
    }
  }
  return { text: `${text}\n`, spans };
}

interface Tally {
  set: string;
  lang: string;
  sentences: number;
  lost: number;
  lostBy: Record<string, number>;
  lostTexts: string[];
}

const work = mkdtempSync(path.join(tmpdir(), "tandem-clean-prose-"));
const tallies: Tally[] = [];
const runs: [Dataset, string][] = [
  [textberg, "dev"],
  [parice, "test"],
  [bible, "test"],
];
try {
  for (const [dataset, split] of runs) {
    const dir = path.join(benchRoot, dataset.folder);
    if (!existsSync(dir)) continue;
    const docs = (await dataset.load(dir, split)).slice(0, documents);
    for (const [side, lang] of [
      ["source", dataset.sourceLang],
      ["target", dataset.targetLang],
    ] as const) {
      const tally: Tally = { set: dataset.folder, lang, sentences: 0, lost: 0, lostBy: {}, lostTexts: [] };
      for (const doc of docs) {
        const sentences = doc[side].slice(0, perDocument).map((s) => s.trim()).filter(Boolean);
        if (sentences.length === 0) continue;
        const { text, spans } = layOut(sentences, lang);
        const file = path.join(work, `${doc.name.replace(/[^\w.-]+/gu, "_")}.${lang}.txt`);
        writeFileSync(file, text);
        const loaded = await loadSide(file, { lang, presegmented: false, disable });
        const alignable = new Set(loaded.alignable);
        const removed = loaded.document.sentences.filter((s) => !alignable.has(s));
        tally.sentences += spans.length;
        spans.forEach((gold, k) => {
          if (loaded.alignable.some((p) => coversGold([p.start, p.end], [gold.start, gold.end]))) return;
          let best = { rule: "split (no sentence covers it)", overlap: 0 };
          for (const r of removed) {
            const overlap = Math.min(r.end, gold.end) - Math.max(r.start, gold.start);
            if (overlap > best.overlap) best = { rule: `${r.kind}:${r.rule ?? "?"}`, overlap };
          }
          tally.lost++;
          tally.lostBy[best.rule] = (tally.lostBy[best.rule] ?? 0) + 1;
          tally.lostTexts.push(`[${best.rule}] ${doc.name} #${k + 1}: ${sentences[k]!.slice(0, 120)}`);
        });
      }
      tallies.push(tally);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const all = tallies.reduce((sum, t) => ({ sentences: sum.sentences + t.sentences, lost: sum.lost + t.lost }), { sentences: 0, lost: 0 });
const byRule: Record<string, number> = {};
for (const t of tallies) for (const [rule, n] of Object.entries(t.lostBy)) byRule[rule] = (byRule[rule] ?? 0) + n;
if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ sets: tallies.map(({ lostTexts: _, ...t }) => t), all, byRule }, null, 2)}\n`);
} else {
  process.stdout.write("set\tlang\tsentences\tlost\tshare\n");
  for (const t of tallies) process.stdout.write(`${t.set}\t${t.lang}\t${t.sentences}\t${t.lost}\t${((100 * t.lost) / Math.max(1, t.sentences)).toFixed(2)}%\n`);
  process.stdout.write(`all\t\t${all.sentences}\t${all.lost}\t${((100 * all.lost) / Math.max(1, all.sentences)).toFixed(2)}%\n`);
  process.stdout.write(`lost by rule: ${Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(", ") || "none"}\n`);
  if (args.includes("--verbose")) for (const t of tallies) for (const line of t.lostTexts) process.stdout.write(`${t.set} ${t.lang} ${line}\n`);
}
