/**
 * Scale benchmark for the aligner (a script, not a test: it measures time and memory).
 *
 *   pnpm exec tsx --conditions=source scripts/bench-scale.ts [textberg|synthetic|all] [--data DIR] [--size N]
 *
 * textberg: the 7 Text+Berg test documents concatenated 10 times (≈ 9,900 × 10,100
 * sentences), aligned as pre-segmented input with the lexical scorer and FreeDict de-fr,
 * then scored against the concatenated gold. synthetic: N × N generated sentences
 * (default 100,000) with deletions, 1-2 and 2-1 splits; checks the result against the
 * generator's answer. Each case runs in its own child process so that its peak RSS
 * (process.resourceUsage().maxRSS) is its own.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  alignSentences,
  createLexicalScorer,
  evaluateAlignment,
  parseAlignFile,
  summarizeCounts,
  type AlignLink,
} from "../packages/align/src/index.js"; // the root package does not depend on @tandem/align; scripts run from sources
import { loadLexicon } from "../packages/cli/src/pipeline/load-lexicon.js";

const here = fileURLToPath(import.meta.url);
// Peak RSS once the modules are loaded, before any text: importing @tandem/align also loads
// the neural scorer's ONNX runtime, which is most of the memory on small inputs.
const baselineRss = process.resourceUsage().maxRSS / 1024;
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dataDir = path.resolve(option("--data") ?? path.join(path.dirname(here), "../../shared/bench/textberg-de-fr"));
const mode = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1]?.startsWith("--") !== true) ?? "all";

/** CPU seconds of this process (user + system): unlike wall time, not inflated by other load on a shared machine. */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function rssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

// The CLI's loader: FreeDict de-fr compiled once into the lexicon cache (~/.cache/tandem/lexicons,
// or $TANDEM_LEXICON_CACHE; `off` measures parsing every time), as `tandem align` loads it.
async function loadDeFr() {
  const { lexicon } = await loadLexicon({ sourceLang: "de", targetLang: "fr" });
  if (!lexicon) throw new Error("FreeDict de-fr is not installed (bash scripts/setup.sh)");
  return lexicon;
}

async function runTextberg(): Promise<void> {
  const source: string[] = [];
  const target: string[] = [];
  const gold: AlignLink[] = [];
  for (let copy = 0; copy < 10; copy++) {
    for (let k = 0; k < 7; k++) {
      const de = readFileSync(path.join(dataDir, `test${k}.de`), "utf8").trimEnd().split("\n");
      const fr = readFileSync(path.join(dataDir, `test${k}.fr`), "utf8").trimEnd().split("\n");
      const links = parseAlignFile(readFileSync(path.join(dataDir, `test${k}.defr`), "utf8"));
      const i0 = source.length;
      const j0 = target.length;
      for (const link of links) gold.push({ source: link.source.map((i) => i + i0), target: link.target.map((j) => j + j0) });
      source.push(...de);
      target.push(...fr);
    }
  }
  const started = performance.now();
  const lexicon = await loadDeFr();
  const loaded = performance.now();
  const { beads } = await alignSentences(source, target, {
    scorer: createLexicalScorer({ sourceLang: "de", targetLang: "fr", lexicon }),
  });
  const done = performance.now();
  const s = summarizeCounts([evaluateAlignment(gold, beads)]);
  console.log(
    `textberg×10: ${source.length} × ${target.length} sentences: ${((done - started) / 1000).toFixed(2)} s wall, ${cpuSeconds().toFixed(2)} s CPU ` +
      `(lexicon ${((loaded - started) / 1000).toFixed(2)} s, align ${((done - loaded) / 1000).toFixed(2)} s), peak RSS ${rssMb().toFixed(0)} MB (${baselineRss.toFixed(0)} MB after imports); ` +
      `strict F1 ${s.strict.f1.toFixed(3)}, lax F1 ${s.lax.f1.toFixed(3)}`,
  );
}

// Deterministic generator (mulberry32) so every run aligns the same text.
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function runSynthetic(size: number): Promise<void> {
  const rand = random(42);
  // Letters only ("bakor", "tuvel"…): tokens with digits count as numbers, which must be identical.
  const letters = (k: number) => {
    const consonants = "bdfgklmnprstvz";
    const vowels = "aeiou";
    let word = "";
    for (let x = k + 70; x > 0; x = Math.floor(x / 70)) word += consonants[x % 14]! + vowels[Math.floor(x / 14) % 5]!;
    return word;
  };
  const vocabulary = Array.from({ length: 5000 }, (_, k) => letters(k));
  const sentence = () => {
    const words = 5 + Math.floor(rand() * 20);
    return Array.from({ length: words }, () => vocabulary[Math.floor(rand() * rand() * vocabulary.length)]).join(" ");
  };
  // Target words are source words with a suffix: cognates the lexical scorer finds without a lexicon.
  const translate = (text: string) => text.split(" ").map((w) => `${w}e`).join(" ");
  const source: string[] = [];
  const target: string[] = [];
  const gold: AlignLink[] = [];
  while (source.length < size && target.length < size) {
    const r = rand();
    const i = source.length;
    const j = target.length;
    if (r < 0.02) {
      source.push(sentence());
      gold.push({ source: [i], target: [] });
    } else if (r < 0.04) {
      target.push(sentence());
      gold.push({ source: [], target: [j] });
    } else if (r < 0.08) {
      const a = sentence();
      const b = sentence();
      source.push(`${a} ${b}`);
      target.push(translate(a), translate(b));
      gold.push({ source: [i], target: [j, j + 1] });
    } else if (r < 0.12) {
      const a = sentence();
      const b = sentence();
      source.push(a, b);
      target.push(translate(`${a} ${b}`));
      gold.push({ source: [i, i + 1], target: [j] });
    } else {
      const a = sentence();
      source.push(a);
      target.push(translate(a));
      gold.push({ source: [i], target: [j] });
    }
  }
  const started = performance.now();
  const { beads } = await alignSentences(source, target, {
    scorer: createLexicalScorer({ sourceLang: "xx", targetLang: "yy" }),
  });
  const done = performance.now();
  const s = summarizeCounts([evaluateAlignment(gold, beads)]);
  console.log(
    `synthetic: ${source.length} × ${target.length} sentences: ${((done - started) / 1000).toFixed(2)} s wall, ${cpuSeconds().toFixed(2)} s CPU, ` +
      `peak RSS ${rssMb().toFixed(0)} MB (${baselineRss.toFixed(0)} MB after imports); strict F1 ${s.strict.f1.toFixed(3)}, lax F1 ${s.lax.f1.toFixed(3)}`,
  );
}

if (mode === "all") {
  // One child per case, so each peak RSS is that case's alone.
  for (const child of ["textberg", "synthetic"]) {
    const result = spawnSync(process.execPath, [...process.execArgv, here, child, ...args.filter((a) => a !== "all")], {
      stdio: "inherit",
    });
    if (result.status !== 0) process.exitCode = result.status ?? 1;
  }
} else if (mode === "textberg") {
  await runTextberg();
} else if (mode === "synthetic") {
  await runSynthetic(Number(option("--size") ?? 100_000));
} else {
  console.error(`unknown case "${mode}": use textberg, synthetic or all`);
  process.exitCode = 2;
}
