/**
 * Per-language accuracy of the sentence splitter on fixtures/segment: for each
 * language, how many expected sentences the splitter reproduces exactly (same text,
 * found in the case's output), and how many cases come out entirely right.
 * Cases marked "knownFailure" count like any other: this measures, it does not excuse.
 * Whole-page cases ("document": true in expected.json) count the alignable sentences
 * that segmentDocument keeps, so cleaning is measured too. Folders named
 * <script>-<lang>-<case> (cyrl-ru-…, deva-hi-…) give their script; the others get their
 * language's usual script (CLDR, through Intl.Locale): figures per language, then per script.
 *
 * With --pages DIR (repeatable: ../shared/bench/pages-langs-dev, pages-dev, pages-dev2), the
 * gold sentences of real page pairs too: each line of src.txt / tgt.txt is split with the
 * gold's language, and a gold sentence counts when one predicted sentence is exactly it
 * (white space collapsed). Cleaning is not involved (scripts/bench-segment-pages.ts measures it).
 *
 * With --golden DIR (../shared/bench/segment-golden), its cases: passed when the list of
 * sentences is exactly the expected one (white space collapsed), per language.
 *
 * --compare adds other splitters on --pages and --golden, for the choice in docs/segment.md:
 * ICU's generic sentence rules through Intl.Segmenter, and sentencex (Wikimedia) when
 * --sentencex DIR names an installed copy of the npm package (not a dependency of tandem).
 *
 *     pnpm exec tsx --conditions=source scripts/segment-accuracy.ts [--json] [--verbose] [--pages DIR …] [--golden DIR] [--compare [--sentencex DIR]]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { ALIGNABLE_KINDS, segmentDocument, splitSentences, usualScript } from "../packages/segment/src/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/segment");

interface Score {
  key: string;
  sentencesRight: number;
  sentences: number;
  casesRight: number;
  cases: number;
}

const args = process.argv.slice(2);
const pageSets = args.flatMap((arg, at) => (arg === "--pages" && args[at + 1] ? [args[at + 1]!] : []));

/** The usual script of a language (ISO 15924 in lower case): "cyrl" for ru, "latn" for id. */
function scriptOf(lang: string): string {
  const script = usualScript(lang)?.toLowerCase() ?? "?";
  // Simplified and Traditional Han, and Korean's mixed code, are one script for splitting.
  return script === "hans" || script === "hant" ? "hani" : script === "kore" ? "hang" : script;
}

const PAGE_SCRIPTS = ["Latn", "Cyrl", "Grek", "Arab", "Hebr", "Deva", "Beng", "Thai", "Laoo", "Khmr", "Mymr", "Ethi", "Armn", "Geor", "Hang"];

/** The script most letters of a page are in; Japanese is kana and Han, Chinese Han only. */
function pageScript(text: string): string {
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  let best = kana > 0 ? "jpan" : "hani";
  let most = kana + han;
  for (const script of PAGE_SCRIPTS) {
    const count = text.match(new RegExp(`\\p{Script=${script}}`, "gu"))?.length ?? 0;
    if (count > most) [best, most] = [script.toLowerCase(), count];
  }
  return best;
}

const byLanguage = new Map<string, Score>();
const byScript = new Map<string, Score>();
const wrong: string[] = [];
const add = (table: Map<string, Score>, key: string, right: number, total: number, exact: boolean) => {
  const score = table.get(key) ?? { key, sentencesRight: 0, sentences: 0, casesRight: 0, cases: 0 };
  score.sentencesRight += right;
  score.sentences += total;
  score.cases += 1;
  if (exact) score.casesRight += 1;
  table.set(key, score);
};
/** Expected sentences found in the output, each output sentence used once. */
const countRight = (expected: readonly string[], actual: readonly string[]) => {
  const remaining = [...actual];
  let right = 0;
  for (const sentence of expected) {
    const at = remaining.indexOf(sentence);
    if (at !== -1) {
      right++;
      remaining.splice(at, 1);
    }
  }
  return right;
};

for (const name of readdirSync(root).sort()) {
  const prefixed = /^([a-z]{4})-([a-z]{2,3})-/u.exec(name);
  const lang = prefixed ? prefixed[2]! : name.slice(0, name.indexOf("-"));
  const script = prefixed ? prefixed[1]! : scriptOf(lang);
  const input = readFileSync(path.join(root, name, "input.txt"), "utf8");
  const fixture = JSON.parse(readFileSync(path.join(root, name, "expected.json"), "utf8")) as { sentences: string[]; document?: boolean };
  const expected = fixture.sentences;
  // Whole-page cases ("document": true) are scored on the alignable sentences segmentDocument keeps.
  const actual = fixture.document
    ? segmentDocument(input, { lang }).sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind)).map((s) => s.text)
    : splitSentences(input, lang).map((s) => s.text);
  const right = countRight(expected, actual);
  const exact = JSON.stringify(actual) === JSON.stringify(expected);
  if (!exact) wrong.push(`${name}: got ${JSON.stringify(actual)}`);
  add(byLanguage, lang, right, expected.length, exact);
  add(byScript, script, right, expected.length, exact);
}

type Splitter = (text: string, lang: string) => string[];
const collapse = (text: string) => text.replace(/\s+/gu, " ").trim();
const splitters: Record<string, Splitter> = { tandem: (text, lang) => splitSentences(text, lang).map((s) => s.text) };
if (args.includes("--compare")) {
  splitters.icu = (text, lang) =>
    [...new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)].map((s) => collapse(s.segment)).filter(Boolean);
  const sentencexDir = args[args.indexOf("--sentencex") + 1];
  if (args.includes("--sentencex") && sentencexDir) {
    const sentencex = createRequire(path.resolve(sentencexDir, "package.json"))(path.resolve(sentencexDir)) as { segment: (lang: string, text: string) => string[] };
    splitters.sentencex = (text, lang) => sentencex.segment(lang, text).map(collapse).filter(Boolean);
  }
}
/** Gold sentences cut exactly, per splitter, over all page sides. */
const pageTotals = new Map<string, { right: number; total: number }>();

const pageLanguages = new Map<string, Score>();
const pageScripts = new Map<string, Score>();
for (const dir of pageSets) {
  for (const pair of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const goldFile = path.join(dir, pair, "gold.json");
    let gold: { src: Record<string, string>; tgt: Record<string, string>; src_lang: string; tgt_lang: string };
    try {
      gold = JSON.parse(readFileSync(goldFile, "utf8")) as typeof gold;
    } catch {
      continue;
    }
    for (const [file, sentences, lang] of [["src.txt", gold.src, gold.src_lang], ["tgt.txt", gold.tgt, gold.tgt_lang]] as const) {
      const lines = readFileSync(path.join(dir, pair, file), "utf8").replace(/\r\n/gu, "\n").split("\n");
      const actual = lines.flatMap((line) => (line.trim() ? splitSentences(line, lang).map((s) => s.text) : []));
      const expected = Object.values(sentences).map((s) => s.replace(/\s+/gu, " ").trim());
      const right = countRight(expected, actual);
      if (right < expected.length) {
        const got = new Set(actual);
        for (const sentence of expected) if (!got.has(sentence)) wrong.push(`${pair}/${file} (${lang}): not cut exactly: ${sentence}`);
      }
      add(pageLanguages, lang, right, expected.length, right === expected.length);
      for (const [name, split] of Object.entries(splitters)) {
        const got = lines.flatMap((line) => (line.trim() ? split(line, lang) : []));
        const total = pageTotals.get(name) ?? { right: 0, total: 0 };
        total.right += countRight(expected, got);
        total.total += expected.length;
        pageTotals.set(name, total);
      }
      add(pageScripts, pageScript(lines.join("\n")), right, expected.length, right === expected.length);
    }
  }
}

const percent = (s: Score) => ((100 * s.sentencesRight) / s.sentences).toFixed(1);
const table = (title: string, scores: Map<string, Score>, unit: string) => {
  const all = [...scores.values()].sort((a, b) => a.key.localeCompare(b.key));
  if (all.length === 0) return;
  process.stdout.write(`${title}\tsentences exactly right / total\t${unit} fully right / total\n`);
  for (const s of all) process.stdout.write(`${s.key}\t${s.sentencesRight}/${s.sentences} (${percent(s)}%)\t${s.casesRight}/${s.cases}\n`);
  const total = all.reduce((sum, s) => ({ r: sum.r + s.sentencesRight, t: sum.t + s.sentences }), { r: 0, t: 0 });
  process.stdout.write(`all\t${total.r}/${total.t} (${((100 * total.r) / total.t).toFixed(1)}%)\n\n`);
};
/** segment-golden: cases passed per language and splitter. */
const golden = new Map<string, Record<string, number>>();
const goldenDir = args.includes("--golden") ? args[args.indexOf("--golden") + 1] : undefined;
if (goldenDir) {
  for (const file of readdirSync(goldenDir).filter((f) => f.endsWith(".json")).sort()) {
    const lang = file.replace(/\.json$/u, "");
    const cases = JSON.parse(readFileSync(path.join(goldenDir, file), "utf8")) as { text: string; sentences: string[] }[];
    const row: Record<string, number> = { cases: cases.length };
    for (const [name, split] of Object.entries(splitters)) {
      row[name] = cases.filter((c) => JSON.stringify(split(c.text, lang).map(collapse).filter(Boolean)) === JSON.stringify(c.sentences.map(collapse).filter(Boolean))).length;
    }
    golden.set(lang, row);
  }
}

if (args.includes("--json")) {
  const json = { fixtures: { languages: [...byLanguage.values()], scripts: [...byScript.values()] }, pages: { languages: [...pageLanguages.values()], scripts: [...pageScripts.values()] } };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
} else {
  table("fixtures: lang", byLanguage, "cases");
  table("fixtures: script", byScript, "cases");
  table("pages: lang", pageLanguages, "page sides");
  table("pages: script", pageScripts, "page sides");
  if (pageSets.length > 0 && Object.keys(splitters).length > 1) {
    process.stdout.write(`pages: gold sentences cut exactly, by splitter\t${[...pageTotals].map(([name, t]) => `${name} ${t.right}/${t.total}`).join("\t")}\n\n`);
  }
  if (golden.size > 0) {
    process.stdout.write(`golden: lang\tcases\t${Object.keys(splitters).join("\t")}\n`);
    const sum: Record<string, number> = {};
    for (const [lang, row] of golden) {
      process.stdout.write(`${lang}\t${row.cases}\t${Object.keys(splitters).map((name) => row[name]).join("\t")}\n`);
      for (const [key, value] of Object.entries(row)) sum[key] = (sum[key] ?? 0) + value;
    }
    process.stdout.write(`all\t${sum.cases}\t${Object.keys(splitters).map((name) => sum[name]).join("\t")}\n`);
  }
  if (args.includes("--verbose")) for (const line of wrong) process.stdout.write(`  ${line}\n`);
}
