/**
 * Fits the hybrid scorer's neural weight on labelled data (a script, not a test): runs
 * `tandem bench` with `--scorer hybrid --hybrid-weight W` for W on a grid, on Text+Berg dev
 * (micro strict F1) and on the dev pairs of pages-dev (mean strict F1 over the pairs), and
 * prints both, their mean (the objective), and the best W. Test sets and pages-dev2 are not
 * touched, so they stay fair for the figures in docs/neural.md.
 *
 *   pnpm exec tsx scripts/fit-hybrid-weight.ts --embeddings-url http://127.0.0.1:8000/v1 --model intfloat/multilingual-e5-small [--grid 0,0.1,...,1]
 *
 * Vectors come from the bench's embedding cache (~/.cache/tandem/embeddings.db), so after
 * the first weight only the few concatenations a new path needs go to the server.
 * Runs the built CLI (pnpm run build first).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const url = option("--embeddings-url");
const model = option("--model");
if (!url || !model) {
  process.stderr.write("usage: fit-hybrid-weight.ts --embeddings-url URL --model NAME [--grid 0,0.1,…] [--pages DIR]\n");
  process.exit(2);
}
const grid = (option("--grid") ?? "0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1").split(",").map(Number);
const pages = option("--pages") ?? path.join(root, "../shared/bench/pages-dev");
const neural = ["--embeddings-url", url, "--model", model];

const tandem = (argv: string[]) =>
  JSON.parse(execFileSync(process.execPath, [path.join(root, "packages/cli/bin/tandem.js"), ...argv, "--json", "-q"], { encoding: "utf8", maxBuffer: 1 << 28 }));

type Strict = { strict: { f1: number } };
const rows: { weight: number; textberg: number; pages: number; objective: number }[] = [];
process.stdout.write("weight  textberg-dev strict F1 (micro)  pages-dev dev pairs strict F1 (mean)  objective\n");
for (const weight of grid) {
  const hybrid = ["--scorer", "hybrid", "--hybrid-weight", String(weight), ...neural];
  const textberg = tandem(["bench", "textberg", "--split", "dev", ...hybrid]) as { results: { micro: Strict }[] };
  const page = tandem(["bench", "pages", "--data", pages, "--split", "dev", ...hybrid]) as { results: { results: { summary: Strict }[] }[] };
  const pairs = page.results[0]!.results;
  const row = {
    weight,
    textberg: textberg.results[0]!.micro.strict.f1,
    pages: pairs.reduce((sum, pair) => sum + pair.summary.strict.f1, 0) / pairs.length,
    objective: 0,
  };
  row.objective = (row.textberg + row.pages) / 2;
  rows.push(row);
  process.stdout.write(`${weight.toFixed(2).padEnd(8)}${row.textberg.toFixed(3).padEnd(33)}${row.pages.toFixed(3).padEnd(38)}${row.objective.toFixed(3)}\n`);
}
const best = rows.reduce((a, b) => (b.objective > a.objective ? b : a));
process.stdout.write(`best weight ${best.weight} (objective ${best.objective.toFixed(3)})\n`);
