/**
 * Cost of the neural scorer on Text+Berg (a script, not a test: it measures time).
 *
 *   pnpm exec tsx --conditions=source scripts/bench-neural.ts --model-dir DIR [--model Xenova/LaBSE]
 *     [--times N] [--dtype q8|fp32|fp16] [--raw-cls] [--data DIR] [--tandem "pnpm -s tandem"]
 *
 * Joins the seven Text+Berg test documents (991 × 1,011 sentences; N times over with
 * --times N), then runs `tandem align --presegmented --scorer neural --json` twice on a
 * fresh database: cold (nothing cached) and warm (every vector cached: the ONNX session
 * must not load). Each run is its own process under /usr/bin/time, so its peak RSS is
 * its own. Prints wall and CPU seconds, peak RSS, the `encoder` summary and `uptime`
 * (the machine may be shared: the token counts do not depend on load, the times do).
 *
 * Also counts, with the model's tokenizer alone, the tokens of the sentences and of
 * every span of 1–4 sentences (what the encoder saw before sentence-once embedding),
 * so the encoder's tokens can be read as a multiple of the sentences'.
 */
import { execSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const modelDir = option("--model-dir");
if (!modelDir) throw new Error("--model-dir DIR is required (see ../shared/tools/neural/README.md)");
const model = option("--model") ?? "Xenova/LaBSE";
const times = Number(option("--times") ?? 1);
const data = path.resolve(option("--data") ?? path.join(root, "../shared/bench/textberg-de-fr"));
const tandem = option("--tandem") ?? `node ${path.join(root, "packages/cli/bin/tandem.js")}`;
const extra = [...(option("--dtype") ? ["--dtype", option("--dtype")!] : []), ...(args.includes("--raw-cls") ? ["--raw-cls"] : [])];

const read = (file: string) => readFileSync(path.join(data, file), "utf8").replace(/\n$/, "").split("\n");
const documents = [0, 1, 2, 3, 4, 5, 6];
const source = documents.flatMap((k) => read(`test${k}.de`));
const target = documents.flatMap((k) => read(`test${k}.fr`));
const repeat = (lines: string[]) => Array.from({ length: times }, () => lines).flat();

const work = mkdtempSync(path.join(os.tmpdir(), "tandem-bench-neural-"));
try {
  const sourceFile = path.join(work, "joined.de");
  const targetFile = path.join(work, "joined.fr");
  writeFileSync(sourceFile, `${repeat(source).join("\n")}\n`);
  writeFileSync(targetFile, `${repeat(target).join("\n")}\n`);
  process.stdout.write(`Text+Berg test0-6 joined${times > 1 ? ` ×${times}` : ""}: ${source.length * times} × ${target.length * times} sentences; model ${model} in ${modelDir}\n`);
  await countTokens([...new Set([...source, ...target])]);

  const db = path.join(work, "tandem.db");
  for (const run of ["cold", "warm"]) {
    const load = execSync("uptime").toString().trim();
    const command =
      `/usr/bin/time -f "%e %U %S %M" ${tandem} align ${sourceFile} ${targetFile} --presegmented --source-lang de --target-lang fr ` +
      `-o ${path.join(work, `${run}.align`)} --force --scorer neural --model ${model} --model-dir ${modelDir} --offline --db ${db} --json -q ${extra.join(" ")}`;
    const result = spawnSync("bash", ["-c", command], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(`${run} run failed: ${result.stderr}`);
    const [wall, user, system, rssKb] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) as [number, number, number, number];
    const summary = JSON.parse(result.stdout) as { pairs: number; encoder: Record<string, unknown>; notes: string[] };
    process.stdout.write(
      `${run}: ${wall.toFixed(1)} s wall, ${(user + system).toFixed(1)} s CPU, peak RSS ${(rssKb / 1024).toFixed(0)} MB; ${summary.pairs} pairs; ` +
        `encoder ${JSON.stringify(summary.encoder)}\n  load before the run: ${load}\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Tokens of the distinct sentences, and of every distinct span of 1–4 sentences, through the model's tokenizer. */
async function countTokens(sentences: string[]): Promise<void> {
  // The root package does not depend on transformers.js; @tandem/align does.
  const entry = createRequire(path.join(root, "packages/align/package.json")).resolve("@huggingface/transformers");
  const { AutoTokenizer, env } = (await import(pathToFileURL(entry).href)) as {
    env: { allowRemoteModels: boolean; localModelPath: string };
    AutoTokenizer: { from_pretrained(id: string, options: object): Promise<{ encode(text: string): number[] }> };
  };
  env.allowRemoteModels = false;
  env.localModelPath = path.resolve(modelDir!);
  const tokenizer = await AutoTokenizer.from_pretrained(model, { local_files_only: true });
  const count = (texts: readonly string[], maxLength: number) => {
    let tokens = 0;
    for (const text of texts) tokens += Math.min(maxLength, tokenizer.encode(text).length);
    return tokens;
  };
  const spans = new Set<string>();
  for (const side of [source, target]) {
    for (let i = 0; i < side.length; i++) for (let k = 1; k <= 4 && i + k <= side.length; k++) spans.add(side.slice(i, i + k).join(" "));
  }
  const sentenceTokens = count(sentences, 256);
  // Before sentence-once embedding: every span, truncated at the tokenizer's model_max_length (512).
  const spanTokens = count([...spans], 512);
  process.stdout.write(
    `tokens: ${sentences.length} distinct sentences ${sentenceTokens}; every span of 1-4 sentences (${spans.size} distinct) ${spanTokens} = ${(spanTokens / sentenceTokens).toFixed(2)}x\n`,
  );
}
