/**
 * tandem and hunalign side by side, on the same machine, alternating (tandem, hunalign, tandem, …)
 * so that both see the same load. Each run is timed from outside with `/usr/bin/time -v`
 * (wall clock and peak RSS of the whole process, start-up and dictionary loading included).
 *
 *   HUNALIGN=/path/to/hunalign pnpm exec tsx scripts/bench-vs-hunalign.ts [--runs 3] [--cases 10k,doc] [--dir DIR]
 *
 * Cases (Text+Berg de–fr test, `../shared/bench/textberg-de-fr`, presegmented as the gold):
 *   10k  the 7 test documents concatenated 10 times: 9,910 × 10,110 sentences
 *   doc  one document, test0: 137 × 137 sentences
 * Both aligners get FreeDict de–fr (deu-fra and fra-deu from /usr/share/dictd, or
 * $TANDEM_DICTD_DIR): tandem reads it itself, hunalign gets it written out in its dictionary
 * format (`french @ german` a line). hunalign reads lowercased copies of the inputs (its
 * dictionary lookup is case-sensitive); tandem reads the files as they are. The script does not
 * build hunalign: point $HUNALIGN at a binary (github.com/danielvarga/hunalign).
 * `--tandem "CMD"` replaces the tandem command (default: node packages/cli/bin/tandem.js, the
 * bundled program `pnpm run build` writes, as users run it; run the build first). Prints each run, the medians, the median of the per-pair ratios
 * tandem/hunalign, and both aligners' strict/lax F1 against the gold.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLexicon, evaluateAlignment, parseAlignFile, parseDictd, summarizeCounts, type AlignLink } from "../packages/align/src/index.js";
import { findDictdFiles } from "../packages/cli/src/pipeline/load-lexicon.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const hunalign = process.env.HUNALIGN;
if (!hunalign || !existsSync(hunalign)) {
  console.error("set HUNALIGN to a hunalign binary (github.com/danielvarga/hunalign); this script does not build it");
  process.exit(2);
}
const runs = Number(option("--runs", "3"));
const cases = option("--cases", "10k,doc").split(",");
const dir = path.resolve(option("--dir", "/tmp/tandem-vs-hunalign"));
const data = path.resolve(option("--data", path.join(root, "../shared/bench/textberg-de-fr")));
const tandem = option("--tandem", `node ${path.join(root, "packages/cli/bin/tandem.js")}`).split(" ");
mkdirSync(dir, { recursive: true });

/** Writes the inputs of one case: sentences as given, lowercased copies, and the gold shifted per copy. */
function prepare(name: string, documents: number[], copies: number): void {
  const de: string[] = [];
  const fr: string[] = [];
  const gold: AlignLink[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const k of documents) {
      const read = (ext: string) => readFileSync(path.join(data, `test${k}.${ext}`), "utf8").trimEnd().split("\n");
      const i0 = de.length;
      const j0 = fr.length;
      for (const link of parseAlignFile(read("defr").join("\n"))) {
        gold.push({ source: link.source.map((i) => i + i0), target: link.target.map((j) => j + j0) });
      }
      de.push(...read("de"));
      fr.push(...read("fr"));
    }
  }
  writeFileSync(path.join(dir, `${name}.de`), `${de.join("\n")}\n`);
  writeFileSync(path.join(dir, `${name}.fr`), `${fr.join("\n")}\n`);
  writeFileSync(path.join(dir, `${name}.lc.de`), `${de.join("\n").toLowerCase()}\n`);
  writeFileSync(path.join(dir, `${name}.lc.fr`), `${fr.join("\n").toLowerCase()}\n`);
  writeFileSync(path.join(dir, `${name}.gold.json`), JSON.stringify(gold));
}

/** FreeDict de–fr in hunalign's format: target-language phrase first (`fr @ de`), both directions merged. */
async function prepareDictionary(): Promise<string> {
  const file = path.join(dir, "freedict-de-fr.hunalign.dic");
  const dictionaries = [];
  for (const found of await findDictdFiles("de", "fr")) {
    dictionaries.push({ from: found.from, to: found.to, entries: parseDictd(readFileSync(found.index, "utf8"), readFileSync(found.dict), found.index) });
  }
  if (dictionaries.length === 0) throw new Error("FreeDict de-fr is not installed (apt-get install dict-freedict-deu-fra dict-freedict-fra-deu)");
  const lexicon = createLexicon({ sourceLang: "de", targetLang: "fr", dictionaries });
  const lines = new Set<string>();
  for (const [de, frs] of lexicon.forward) for (const fr of frs) lines.add(`${fr} @ ${de}`);
  for (const [fr, des] of lexicon.backward) for (const de of des) lines.add(`${fr} @ ${de}`);
  writeFileSync(file, `${[...lines].join("\n")}\n`);
  return file;
}

interface Timed {
  wall: number;
  peakMb: number;
}

/** Runs `command` under /usr/bin/time -v and reads wall time and peak RSS from its report. */
function timed(command: string[], stdoutFile?: string): Timed {
  const result = spawnSync("/usr/bin/time", ["-v", ...command], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  if (stdoutFile) writeFileSync(stdoutFile, result.stdout);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time -v report from ${command.join(" ")}`);
  return { wall: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), peakMb: Number(rss[1]) / 1024 };
}

/** hunalign's ladder (`i<TAB>j<TAB>confidence` rungs) as beads: the sentences between two rungs. */
function ladderToLinks(ladder: string): AlignLink[] {
  const rungs = ladder.trim().split("\n").map((line) => line.split("\t").map(Number) as [number, number]);
  const links: AlignLink[] = [];
  for (let k = 1; k < rungs.length; k++) {
    const [i0, j0] = rungs[k - 1]!;
    const [i1, j1] = rungs[k]!;
    links.push({ source: range(i0, i1), target: range(j0, j1) });
  }
  return links;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const dictionary = await prepareDictionary();
console.log(`inputs in ${dir}; hunalign dictionary ${path.basename(dictionary)} (${readFileSync(dictionary, "utf8").split("\n").length - 1} lines); ${runs} runs, alternating`);
for (const name of cases) {
  if (name === "10k") prepare(name, [0, 1, 2, 3, 4, 5, 6], 10);
  else if (name === "doc") prepare(name, [0], 1);
  else throw new Error(`unknown case ${name}: use 10k or doc`);
  const input = (ext: string) => path.join(dir, `${name}.${ext}`);
  const tandemOut = input("tandem.align");
  const hunalignOut = input("hunalign.ladder");
  const tandemCommand = [...tandem, "align", input("de"), input("fr"), "--presegmented", "-o", tandemOut, "--force", "--no-store", "-q"];
  const hunalignCommand = [hunalign, "-utf", dictionary, input("lc.de"), input("lc.fr")];
  const tandemRuns: Timed[] = [];
  const hunalignRuns: Timed[] = [];
  for (let run = 0; run < runs; run++) {
    tandemRuns.push(timed(tandemCommand));
    hunalignRuns.push(timed(hunalignCommand, hunalignOut));
    const t = tandemRuns.at(-1)!;
    const h = hunalignRuns.at(-1)!;
    console.log(`${name} run ${run + 1}: tandem ${t.wall.toFixed(2)} s ${t.peakMb.toFixed(0)} MB; hunalign ${h.wall.toFixed(2)} s ${h.peakMb.toFixed(0)} MB; ratio ${(t.wall / h.wall).toFixed(2)}`);
  }
  const gold = JSON.parse(readFileSync(input("gold.json"), "utf8")) as AlignLink[];
  const f1 = (links: AlignLink[]) => {
    const s = summarizeCounts([evaluateAlignment(gold, links)]);
    return `strict F1 ${s.strict.f1.toFixed(3)} / lax ${s.lax.f1.toFixed(3)}`;
  };
  const ratios = tandemRuns.map((t, k) => t.wall / hunalignRuns[k]!.wall);
  const lines = readFileSync(input("de"), "utf8").split("\n").length - 1;
  const columns = readFileSync(input("fr"), "utf8").split("\n").length - 1;
  console.log(
    `${name} (${lines} × ${columns}): tandem median ${median(tandemRuns.map((r) => r.wall)).toFixed(2)} s, ${median(tandemRuns.map((r) => r.peakMb)).toFixed(0)} MB, ${f1(parseAlignFile(readFileSync(tandemOut, "utf8")))}; ` +
      `hunalign median ${median(hunalignRuns.map((r) => r.wall)).toFixed(2)} s, ${median(hunalignRuns.map((r) => r.peakMb)).toFixed(0)} MB, ${f1(ladderToLinks(readFileSync(hunalignOut, "utf8")))}; ` +
      `tandem/hunalign wall ${median(ratios).toFixed(2)}× (median of ${runs} pairs)`,
  );
}
