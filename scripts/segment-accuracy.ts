/**
 * Per-language accuracy of the sentence splitter on fixtures/segment: for each
 * language, how many expected sentences the splitter reproduces exactly (same text,
 * found in the case's output), and how many cases come out entirely right.
 * Cases marked "knownFailure" count like any other: this measures, it does not excuse.
 * Whole-page cases ("document": true in expected.json) count the alignable sentences
 * that segmentDocument keeps, so cleaning is measured too.
 *
 *     pnpm exec tsx scripts/segment-accuracy.ts [--json] [--verbose]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ALIGNABLE_KINDS, segmentDocument, splitSentences } from "../packages/segment/src/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/segment");

interface LanguageScore {
  lang: string;
  sentencesRight: number;
  sentences: number;
  casesRight: number;
  cases: number;
}

const scores = new Map<string, LanguageScore>();
const wrong: string[] = [];
for (const name of readdirSync(root).sort()) {
  const lang = name.slice(0, name.indexOf("-"));
  const input = readFileSync(path.join(root, name, "input.txt"), "utf8");
  const fixture = JSON.parse(readFileSync(path.join(root, name, "expected.json"), "utf8")) as { sentences: string[]; document?: boolean };
  const expected = fixture.sentences;
  // Whole-page cases ("document": true) are scored on the alignable sentences segmentDocument keeps.
  const actual = fixture.document
    ? segmentDocument(input, { lang }).sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind)).map((s) => s.text)
    : splitSentences(input, lang).map((s) => s.text);
  const remaining = [...actual];
  let right = 0;
  for (const sentence of expected) {
    const at = remaining.indexOf(sentence);
    if (at !== -1) {
      right++;
      remaining.splice(at, 1);
    }
  }
  const score = scores.get(lang) ?? { lang, sentencesRight: 0, sentences: 0, casesRight: 0, cases: 0 };
  score.sentencesRight += right;
  score.sentences += expected.length;
  score.cases += 1;
  const exact = JSON.stringify(actual) === JSON.stringify(expected);
  if (exact) score.casesRight += 1;
  else wrong.push(`${name}: got ${JSON.stringify(actual)}`);
  scores.set(lang, score);
}

const all = [...scores.values()];
if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
} else {
  process.stdout.write("lang\tsentences exactly right / total\tcases fully right / total\n");
  for (const s of all) {
    process.stdout.write(`${s.lang}\t${s.sentencesRight}/${s.sentences} (${((100 * s.sentencesRight) / s.sentences).toFixed(1)}%)\t${s.casesRight}/${s.cases}\n`);
  }
  const total = all.reduce((sum, s) => ({ r: sum.r + s.sentencesRight, t: sum.t + s.sentences }), { r: 0, t: 0 });
  process.stdout.write(`all\t${total.r}/${total.t} (${((100 * total.r) / total.t).toFixed(1)}%)\n`);
  if (process.argv.includes("--verbose")) for (const line of wrong) process.stdout.write(`  ${line}\n`);
}
