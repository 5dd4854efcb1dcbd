/**
 * Builds the synthetic pairing corpus from the Text+Berg German–French bench set:
 * each test article's German and French sides become separate files with shuffled,
 * meaningless names, plus distractors that have no counterpart:
 *
 * - the first half of the dev article in German and the second half in French: the
 *   same yearbook chronicle, the same mountains and expeditions, but not the same text,
 *   so a pairer that matches "same topic" instead of "same article" fails here;
 * - the seed articles without a counterpart in the corpus (Dutch, French, Chinese).
 *
 * Returns the truth (which file pairs with which); run as a script it prints it as JSON on
 * stdout. It is not written into the folder, where it would be one more "article".
 *
 *     pnpm exec tsx scripts/make-pair-corpus.ts /tmp/pair-corpus [--seed 7] > truth.json
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "./seeded-random.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.resolve(repoRoot, "../shared/bench/textberg-de-fr");
const TEST_DOCS = 7;
const DISTRACTOR_SEEDS = ["002_2813931674483232.txt", "003_08b0f0a572e2c364.txt", "004_d4922d260111db05.txt"];

export interface PairCorpusTruth {
  /** Each expected pair as [German file, French file], names relative to the corpus folder. */
  pairs: [string, string][];
  /** Files that must stay unpaired. */
  singles: string[];
}

/**
 * Writes the corpus into `outDir` (created if missing) and returns the truth.
 * Deterministic for a given `seed`.
 */
export async function makePairCorpus(outDir: string, options: { seed?: number } = {}): Promise<PairCorpusTruth> {
  const random = mulberry32(options.seed ?? 7);
  await fs.mkdir(outDir, { recursive: true });
  const files: { content: string; role: string }[] = [];
  for (let n = 0; n < TEST_DOCS; n++) {
    for (const lang of ["de", "fr"]) {
      const lines = await readLines(path.join(benchDir, `test${n}.${lang}`));
      files.push({ content: toParagraphs(lines, random), role: `test${n}.${lang}` });
    }
  }
  const devDe = await readLines(path.join(benchDir, "dev.de"));
  const devFr = await readLines(path.join(benchDir, "dev.fr"));
  files.push({ content: toParagraphs(devDe.slice(0, Math.floor(devDe.length / 2)), random), role: "dev.de.first-half" });
  files.push({ content: toParagraphs(devFr.slice(Math.ceil(devFr.length / 2)), random), role: "dev.fr.second-half" });
  for (const seed of DISTRACTOR_SEEDS) {
    files.push({ content: await fs.readFile(path.join(repoRoot, "seeds", seed), "utf8"), role: `seed:${seed}` });
  }

  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const file of files) {
    let name: string;
    do name = `${Math.floor(random() * 0xffffff).toString(16).padStart(6, "0")}.txt`;
    while (used.has(name));
    used.add(name);
    names.set(file.role, name);
    await fs.writeFile(path.join(outDir, name), file.content);
  }
  const truth: PairCorpusTruth = { pairs: [], singles: [] };
  for (let n = 0; n < TEST_DOCS; n++) truth.pairs.push([names.get(`test${n}.de`)!, names.get(`test${n}.fr`)!]);
  for (const file of files) if (!file.role.startsWith("test")) truth.singles.push(names.get(file.role)!);
  return truth;
}

async function readLines(file: string): Promise<string[]> {
  return (await fs.readFile(file, "utf8")).split("\n").map((line) => line.trim()).filter(Boolean);
}

/**
 * The bench files hold one sentence per line; real articles have paragraphs. Joining
 * 1–6 lines per paragraph keeps the pairer from relying on line counts.
 */
function toParagraphs(lines: string[], random: () => number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const take = 1 + Math.floor(random() * 6);
    paragraphs.push(lines.slice(i, i + take).join(" "));
    i += take;
  }
  return `${paragraphs.join("\n\n")}\n`;
}


if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write("usage: tsx scripts/make-pair-corpus.ts <out-dir> [--seed N]\n");
    process.exit(2);
  }
  const seedAt = process.argv.indexOf("--seed");
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 7;
  const truth = await makePairCorpus(outDir, { seed });
  process.stdout.write(`${JSON.stringify(truth, null, 2)}\n`);
}
