import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, testServicesConfigured, type TestServices } from "./distributed-services.js";
import { repoRoot, runCli, tandemCommand } from "./run-cli.js";

const config = testServicesConfigured();
const DATE = ["--creation-date", "2025-07-08T00:00:00Z"];
const bench = path.resolve(repoRoot, "../shared/bench/textberg-de-fr");
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "tandem-stop-"));
/** What the issue asks of a stopping worker, whatever became of its servers. */
const STOP_LIMIT_MS = 10_000;

/** A TCP relay to a service, which the test can cut as if the server had gone away. */
interface Relay {
  readonly port: number;
  cut(): Promise<void>;
}

async function relay(target: string): Promise<Relay> {
  const url = new URL(target);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(url.port), url.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const through = (target: string, port: number) => {
  const url = new URL(target);
  url.port = String(port);
  return url.toString();
};

interface Worker {
  readonly child: ChildProcess;
  stderr: string;
  readonly exited: Promise<number | null>;
}

function startWorker(queue: string, db: string): Worker {
  const [executable, ...prefix] = tandemCommand();
  const child = spawn(executable!, [...prefix, "worker", "--queue", queue, "--db", db, "--lock-seconds", "3"], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const worker: Worker = { child, stderr: "", exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (worker.stderr += chunk));
  return worker;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 1200; tries++) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Milliseconds from `signal` to the worker's exit, or Infinity past the limit (then it is killed). */
async function stopTime(worker: Worker, signal: NodeJS.Signals): Promise<number> {
  const started = performance.now();
  worker.child.kill(signal);
  const exited = await Promise.race([worker.exited.then(() => true), sleep(STOP_LIMIT_MS + 5_000).then(() => false)]);
  if (!exited) {
    worker.child.kill("SIGKILL");
    return Infinity;
  }
  return performance.now() - started;
}

/** Three Text+Berg pairs, sentences joined into paragraphs: a few seconds of jobs. */
function makeFolder(): string {
  const folder = path.join(tempDir(), "articles");
  mkdirSync(folder);
  copyFileSync(path.join(repoRoot, "seeds/000_a2c988d880e43a81.txt"), path.join(folder, "vufo-nl.txt"));
  copyFileSync(path.join(repoRoot, "seeds/001_9c2bcb4f48ee580e.txt"), path.join(folder, "vufo-en.txt"));
  for (const n of [1, 5, 6]) {
    for (const lang of ["de", "fr"]) {
      const lines = readFileSync(path.join(bench, `test${n}.${lang}`), "utf8").trim().split("\n");
      const paragraphs: string[] = [];
      for (let i = 0; i < lines.length; i += 4) paragraphs.push(lines.slice(i, i + 4).join(" "));
      writeFileSync(path.join(folder, `berg${n}-${lang}.txt`), `${paragraphs.join("\n\n")}\n`);
    }
  }
  return folder;
}

describe.skipIf(!config)("tandem worker stops on SIGTERM/SIGINT, also with its servers gone", () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await openTestServices(config!);
  });
  afterAll(async () => {
    await services?.close();
  });

  for (const [signal, gone] of [
    ["SIGTERM", "redis"],
    ["SIGINT", "redis"],
    ["SIGTERM", "postgres"],
    ["SIGINT", "both"],
  ] as const) {
    it(`an idle worker stops within 10 s on ${signal} after ${gone === "both" ? "Redis and Postgres" : gone === "redis" ? "Redis" : "Postgres"} went away`, { timeout: 60_000 }, async () => {
      const db = await services.freshDatabase();
      const queue = await services.freshRedis();
      const redis = await relay(queue);
      const postgres = await relay(db);
      const worker = startWorker(through(queue, redis.port), through(db, postgres.port));
      await waitFor(() => worker.stderr.includes("waiting for jobs"), "the worker to start");
      if (gone !== "postgres") await redis.cut();
      if (gone !== "redis") await postgres.cut();
      await sleep(500);
      expect(await stopTime(worker, signal)).toBeLessThan(STOP_LIMIT_MS);
      if (gone === "postgres") await redis.cut();
      if (gone === "redis") await postgres.cut();
    });
  }

  it("a worker stopped mid-job with both servers gone exits within 10 s, and another worker finishes its job", { timeout: 300_000 }, async () => {
    const db = await services.freshDatabase();
    const queue = await services.freshRedis();
    const folder = makeFolder();
    const dir = tempDir();
    const enqueued = await runCli(["corpus", folder, "-o", path.join(dir, "dist.tsv"), "--queue", queue, "--db", db, "--no-wait", "--json"]);
    expect(enqueued.status).toBe(0);
    const redis = await relay(queue);
    const postgres = await relay(db);
    const victim = startWorker(through(queue, redis.port), through(db, postgres.port));
    // Inside an align job: pairs chosen, no run written yet, an align job active.
    await waitFor(async () => {
      const [row] = await services.query<{ paired: boolean; runs: number }>(
        "SELECT (SELECT count(*) FROM corpora WHERE paired_at IS NOT NULL) > 0 AS paired, (SELECT count(*)::int FROM runs) AS runs",
        [],
        db,
      );
      return row!.paired && row!.runs === 0 && (await services.activeJobIds(queue)).some((id) => id.startsWith("align-"));
    }, "an align job in hand");
    await redis.cut();
    await postgres.cut();
    expect(await stopTime(victim, "SIGTERM")).toBeLessThan(STOP_LIMIT_MS);
    // The job it held is still in Redis; another worker takes it over and the corpus completes
    // with every pair, each aligned once.
    const survivor = startWorker(queue, db);
    try {
      const finished = await runCli(["corpus", folder, "-o", path.join(dir, "dist.tsv"), "--queue", queue, "--db", db, "--json", ...DATE]);
      expect(finished.stderr).toBe("");
      expect(finished.status).toBe(0);
      const summary = JSON.parse(finished.stdout) as { pairs: number; aligned: number; failed: number };
      expect(summary.failed).toBe(0);
      expect(summary.aligned).toBe(summary.pairs);
      expect(summary.pairs).toBe(4);
    } finally {
      survivor.child.kill("SIGTERM");
      await survivor.exited;
    }
    const twice = await services.query("SELECT job_key FROM runs GROUP BY job_key HAVING count(*) > 1", [], db);
    expect(twice).toEqual([]);
  });
});
