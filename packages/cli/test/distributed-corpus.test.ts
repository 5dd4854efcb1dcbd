import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, testServicesConfigured, type TestServices } from "./distributed-services.js";
import { repoRoot, runCli, tandemCommand } from "./run-cli.js";

const config = testServicesConfigured();
if (!config) {
  console.warn(
    "note: distributed-corpus tests SKIPPED: no Redis/Postgres (run `bash scripts/services.sh start` and `eval \"$(bash scripts/services.sh env)\"`; CI starts them)",
  );
}

const DATE = ["--creation-date", "2025-07-08T00:00:00Z"];
const bench = path.resolve(repoRoot, "../shared/bench/textberg-de-fr");
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "tandem-dist-"));

/** The seed pair, three Text+Berg pairs (sentences joined into paragraphs) and a single Chinese article. */
function makeSyntheticFolder(): string {
  const folder = path.join(tempDir(), "articles");
  mkdirSync(folder);
  copyFileSync(path.join(repoRoot, "seeds/000_a2c988d880e43a81.txt"), path.join(folder, "vufo-nl.txt"));
  copyFileSync(path.join(repoRoot, "seeds/001_9c2bcb4f48ee580e.txt"), path.join(folder, "vufo-en.txt"));
  copyFileSync(path.join(repoRoot, "seeds/004_d4922d260111db05.txt"), path.join(folder, "essay-zh.txt"));
  for (const n of [1, 2, 4]) {
    for (const lang of ["de", "fr"]) {
      const lines = readFileSync(path.join(bench, `test${n}.${lang}`), "utf8").trim().split("\n");
      const paragraphs: string[] = [];
      for (let i = 0; i < lines.length; i += 4) paragraphs.push(lines.slice(i, i + 4).join(" "));
      writeFileSync(path.join(folder, `berg${n}-${lang}.txt`), `${paragraphs.join("\n\n")}\n`);
    }
  }
  return folder;
}

interface Worker {
  readonly child: ChildProcess;
  stderr: string;
  readonly exited: Promise<number | null>;
}

function startWorker(queue: string, db: string, extra: string[] = []): Worker {
  const [executable, ...prefix] = tandemCommand();
  const child = spawn(executable!, [...prefix, "worker", "--queue", queue, "--db", db, "--lock-seconds", "3", ...extra], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const worker: Worker = { child, stderr: "", exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (worker.stderr += chunk));
  return worker;
}

async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGTERM");
  await worker.exited;
}

const sortedLines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean).sort();

async function singleMachine(folder: string, output: string): Promise<void> {
  const result = await runCli(["corpus", folder, "-o", output, "--no-store", "-q", ...DATE]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}

describe.skipIf(!config)("distributed corpus (BullMQ on Redis, Postgres store)", () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await openTestServices(config!);
  });
  afterAll(async () => {
    await services?.close();
  });

  it("two workers export what the single-machine corpus writes, on the seeds and on a synthetic folder", { timeout: 300_000 }, async () => {
    const db = await services.freshDatabase();
    const queue = await services.freshRedis();
    const workers = [startWorker(queue, db), startWorker(queue, db, ["--concurrency", "2"])];
    try {
      for (const folder of [path.join(repoRoot, "seeds"), makeSyntheticFolder()]) {
        const dir = tempDir();
        await singleMachine(folder, path.join(dir, "single.tsv"));
        const distributed = await runCli(["corpus", folder, "-o", path.join(dir, "dist.tsv"), "--queue", queue, "--db", db, "--json", ...DATE]);
        expect(distributed.stderr).toBe("");
        expect(distributed.status).toBe(0);
        const summary = JSON.parse(distributed.stdout) as { pairs: number; aligned: number; failed: number };
        expect(summary.failed).toBe(0);
        expect(summary.aligned).toBe(summary.pairs);
        expect(sortedLines(path.join(dir, "dist.tsv"))).toEqual(sortedLines(path.join(dir, "single.tsv")));
        // The export command streams the same corpus again, in any format.
        for (const format of ["tmx", "jsonl"]) {
          await singleMachine(folder, path.join(dir, `single.${format}`));
          const exported = await runCli(["corpus", "export", "--db", db, "-o", path.join(dir, `dist.${format}`), "-q", ...DATE]);
          expect(exported.stderr).toBe("");
          expect(readFileSync(path.join(dir, `dist.${format}`), "utf8")).toBe(readFileSync(path.join(dir, `single.${format}`), "utf8"));
        }
      }
      // The seed pair is in both folders under other names: same bytes, same job key, aligned once.
      const lanes = await services.query<{ n: number }>("SELECT count(*)::int AS n FROM runs", [], db);
      expect(lanes[0]!.n).toBe(4);
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
    // The runs are in the store for `tandem runs` and `tandem export`.
    const runs = await runCli(["runs", "--db", db, "--json"]);
    expect(runs.status).toBe(0);
    const listed = JSON.parse(runs.stdout) as { id: number; command: string }[];
    expect(listed).toHaveLength(4);
    const dir = tempDir();
    const one = await runCli(["export", "--db", db, "--run", String(listed[0]!.id), "-o", path.join(dir, "one.tsv"), "-q"]);
    expect(one.stderr).toBe("");
    expect(readFileSync(path.join(dir, "one.tsv"), "utf8").split("\n").length).toBeGreaterThan(5);
  });

  it("finishes after kill -9 of a worker in the middle of a job, with no run or bead written twice", { timeout: 300_000 }, async () => {
    const db = await services.freshDatabase();
    const queue = await services.freshRedis();
    const folder = makeSyntheticFolder();
    const dir = tempDir();
    const enqueued = await runCli(["corpus", folder, "-o", path.join(dir, "dist.tsv"), "--queue", queue, "--db", db, "--no-wait", "--json"]);
    expect(enqueued.status).toBe(0);
    const victim = startWorker(queue, db);
    // Wait until the victim is inside an align job: pairs chosen, no run yet, a job active.
    let midJob = false;
    for (let tries = 0; tries < 1200 && !midJob; tries++) {
      await sleep(100);
      const [row] = await services.query<{ paired: boolean; runs: number }>(
        "SELECT (SELECT count(*) FROM corpora WHERE paired_at IS NOT NULL) > 0 AS paired, (SELECT count(*)::int FROM runs) AS runs",
        [],
        db,
      );
      midJob = row!.paired && row!.runs === 0 && (await services.activeJobIds(queue)).some((id) => id.startsWith("align-"));
    }
    expect(midJob).toBe(true);
    victim.child.kill("SIGKILL");
    expect(await victim.exited).toBe(null);
    const survivor = startWorker(queue, db);
    try {
      const finished = await runCli(["corpus", folder, "-o", path.join(dir, "dist.tsv"), "--queue", queue, "--db", db, "--json", ...DATE]);
      expect(finished.stderr).toBe("");
      expect(finished.status).toBe(0);
    } finally {
      await stopWorker(survivor);
    }
    await singleMachine(folder, path.join(dir, "single.tsv"));
    expect(sortedLines(path.join(dir, "dist.tsv"))).toEqual(sortedLines(path.join(dir, "single.tsv")));
    const twice = await services.query("SELECT job_key FROM runs GROUP BY job_key HAVING count(*) > 1", [], db);
    expect(twice).toEqual([]);
    const counts = await services.query<{ runs: number; pairs: number; beads: number; distinct_beads: number }>(
      `SELECT (SELECT count(*)::int FROM runs) AS runs, (SELECT count(*)::int FROM corpus_pairs) AS pairs,
              (SELECT count(*)::int FROM beads) AS beads, (SELECT count(DISTINCT (run_id, ord))::int FROM beads) AS distinct_beads`,
      [],
      db,
    );
    expect(counts[0]!.runs).toBe(counts[0]!.pairs);
    expect(counts[0]!.beads).toBe(counts[0]!.distinct_beads);
  });

  it("repeats no job when the same folder is enqueued twice", { timeout: 300_000 }, async () => {
    const db = await services.freshDatabase();
    const queue = await services.freshRedis();
    const folder = makeSyntheticFolder();
    const enqueue = async () => {
      const result = await runCli(["corpus", folder, "-o", "unused.tsv", "--queue", queue, "--db", db, "--no-wait", "--json"]);
      expect(result.status).toBe(0);
      const status = await runCli(["corpus", "status", "--db", db, "--queue", queue, "--json"]);
      return { enqueued: JSON.parse(result.stdout) as { corpus: string; created: boolean }, counts: (JSON.parse(status.stdout) as { queue: { counts: Record<string, number> } }).queue.counts };
    };
    const first = await enqueue();
    const second = await enqueue();
    expect(first.enqueued.created).toBe(true);
    expect(second.enqueued.created).toBe(false);
    expect(second.enqueued.corpus).toBe(first.enqueued.corpus);
    expect(first.counts.waiting).toBe(readdirSync(folder).length);
    expect(second.counts).toEqual(first.counts);

    const worker = startWorker(queue, db, ["--idle-exit", "2", "--json"]);
    const dir = tempDir();
    const done = await runCli(["corpus", folder, "-o", path.join(dir, "a.tsv"), "--queue", queue, "--db", db, "-q", ...DATE]);
    expect(done.status).toBe(0);
    await worker.exited;
    const before = await services.query<{ runs: number; ingested: number }>("SELECT (SELECT count(*)::int FROM runs) AS runs, (SELECT count(*)::int FROM ingested) AS ingested", [], db);
    // Everything is done: a third enqueue asks for no job at all, and nothing runs again.
    const third = await runCli(["corpus", folder, "-o", "unused.tsv", "--queue", queue, "--db", db, "--no-wait", "--json"]);
    expect(JSON.parse(third.stdout)).toMatchObject({ created: false, ingestJobs: 0, pairJobs: 0, alignJobs: 0 });
    const status = JSON.parse((await runCli(["corpus", "status", "--db", db, "--queue", queue, "--json"])).stdout) as { queue: { counts: Record<string, number> } };
    expect(status.queue.counts.waiting).toBe(0);
    const after = await services.query("SELECT (SELECT count(*)::int FROM runs) AS runs, (SELECT count(*)::int FROM ingested) AS ingested", [], db);
    expect(after).toEqual(before);
  });

  it("names an unreachable Redis or Postgres in one line, exits non-zero and writes nothing", async () => {
    const db = await services.freshDatabase();
    const queue = await services.freshRedis();
    const dir = tempDir();
    const output = path.join(dir, "out.tsv");
    const badRedis = "redis://127.0.0.1:1";
    const noRedis = await runCli(["corpus", path.join(repoRoot, "seeds"), "-o", output, "--queue", badRedis, "--db", db]);
    expect(noRedis.status).not.toBe(0);
    expect(noRedis.stderr.trim().split("\n")).toHaveLength(1);
    expect(noRedis.stderr).toContain(badRedis);
    expect(noRedis.stderr).toContain("[QUEUE_UNREACHABLE]");
    expect(await services.query("SELECT 1 FROM pg_tables WHERE tablename = 'corpora'", [], db)).toEqual([]);

    const badPostgres = "postgres://postgres@127.0.0.1:1/tandem";
    const noPostgres = await runCli(["corpus", path.join(repoRoot, "seeds"), "-o", output, "--queue", queue, "--db", badPostgres]);
    expect(noPostgres.status).not.toBe(0);
    expect(noPostgres.stderr.trim().split("\n")).toHaveLength(1);
    expect(noPostgres.stderr).toContain(badPostgres);
    expect(noPostgres.stderr).toContain("[STORE_UNREACHABLE]");
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    const status = await runCli(["corpus", "status", "--db", db, "--queue", queue, "--json"]);
    expect(status.stderr).toContain("[CORPUS_NONE]");

    for (const args of [["--queue", badRedis, "--db", db], ["--queue", queue, "--db", badPostgres]]) {
      const worker = await runCli(["worker", ...args]);
      expect(worker.status).not.toBe(0);
      expect(worker.stderr.trim().split("\n")).toHaveLength(1);
      expect(worker.stderr).toContain(args.includes(badRedis) ? badRedis : badPostgres);
    }
  });
});
