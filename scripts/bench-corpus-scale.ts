/**
 * Measures the distributed corpus (BullMQ workers on Redis, Postgres store) on synthetic
 * corpora built from ../shared/bench text with known true pairs:
 *
 * - ingest documents/s and pairing time at ~2k and ~20k documents (2 workers), the
 *   20k/2k pairing-time ratio (must stay ≤ 12× for 10× the documents), pairing
 *   precision and recall against the known pairs;
 * - align pairs/s with 1 and with 2 workers on a small corpus of the same kind;
 * - peak RSS of each worker process (VmHWM).
 *
 * Each true pair is a run of aligned units (Text+Berg de–fr links, Bible en–zh verses)
 * with one unique "event" sentence in both languages: an invented name, a number and a
 * date, written the way each language writes dates. Background text is drawn from the
 * same small pool again and again, so documents share many anchors, as crawled news
 * about one region does; 10% of the documents are singles with no counterpart.
 *
 *     bash scripts/services.sh start && eval "$(bash scripts/services.sh env)"
 *     pnpm build && pnpm exec tsx scripts/bench-corpus-scale.ts [--sizes 2000,20000] [--align-pairs 30]
 *
 * Needs TANDEM_TEST_REDIS and TANDEM_TEST_POSTGRES (a server where it may create databases).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { Redis } from "ioredis";
import { mulberry32 } from "./seeded-random.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bench = path.resolve(repoRoot, "../shared/bench");
const tandem = path.join(repoRoot, "packages/cli/bin/tandem.js");

interface Unit {
  readonly source: string;
  readonly target: string;
}
interface Pool {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: Unit[];
}

function readLines(file: string): string[] {
  return readFileSync(file, "utf8").split("\n").map((line) => line.trim());
}

/** Text+Berg de–fr: the gold links (`[0]:[0, 1]`) give aligned units. */
function textbergPool(): Pool {
  const units: Unit[] = [];
  for (const name of ["dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"]) {
    const de = readLines(path.join(bench, "textberg-de-fr", `${name}.de`));
    const fr = readLines(path.join(bench, "textberg-de-fr", `${name}.fr`));
    for (const line of readLines(path.join(bench, "textberg-de-fr", `${name}.defr`))) {
      const match = /^\[([\d, ]*)\]:\[([\d, ]*)\]/.exec(line);
      if (!match || !match[1] || !match[2]) continue;
      const ids = (list: string) => list.split(",").map((id) => Number(id.trim()));
      const source = ids(match[1]).map((id) => de[id]).join(" ");
      const target = ids(match[2]).map((id) => fr[id]).join(" ");
      if (source && target) units.push({ source, target });
    }
  }
  return { sourceLang: "de", targetLang: "fr", units };
}

/** Bible en–zh: the lines of one verse on each side. */
function biblePool(): Pool {
  const group = (text: string, verse: string) => {
    const lines = readLines(path.join(bench, "bible-en-zh", text));
    const verses = readLines(path.join(bench, "bible-en-zh", verse));
    const byVerse = new Map<string, string[]>();
    lines.forEach((line, k) => {
      const id = verses[k];
      if (!id || !line) return;
      byVerse.set(id, [...(byVerse.get(id) ?? []), line]);
    });
    return byVerse;
  };
  const en = group("en.txt", "en.verse");
  const zh = group("zh.txt", "zh.verse");
  const units: Unit[] = [];
  for (const [verse, lines] of en) {
    const other = zh.get(verse);
    if (other) units.push({ source: lines.join(" "), target: other.join("") });
  }
  return { sourceLang: "en", targetLang: "zh", units };
}


const SYLLABLES = ["ka", "vre", "nik", "dol", "muth", "sa", "ro", "len", "tis", "bar", "ou", "mel", "dra", "ven", "gor", "li", "pas", "tur", "qua", "zen", "hal", "rik", "mo", "fe"];
const MONTHS: Record<string, string[]> = {
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** The event sentence of one pair, in one language: name, date and number survive translation. */
function eventSentence(lang: string, name: string, day: number, month: number, year: number, count: number): string {
  switch (lang) {
    case "de":
      return `Am ${day}. ${MONTHS.de![month]} ${year} berichtete ${name} über ${count} Teilnehmer.`;
    case "fr":
      return `Le ${day} ${MONTHS.fr![month]} ${year}, ${name} a fait état de ${count} participants.`;
    case "en":
      return `On ${MONTHS.en![month]} ${day}, ${year}, ${name} reported ${count} participants.`;
    default:
      return `${year}年${month + 1}月${day}日，${name}报告了${count}名参与者。`;
  }
}

interface Truth {
  pairs: [string, string][];
  singles: string[];
}

/** Writes `documents` files (about 90% in true pairs) into `dir`; returns which pair with which. */
function makeCorpus(dir: string, documents: number, seed: number): Truth {
  const random = mulberry32(seed);
  const pools = [textbergPool(), biblePool()];
  mkdirSync(dir, { recursive: true });
  const truth: Truth = { pairs: [], singles: [] };
  const usedNames = new Set<string>();
  const word = () => {
    const parts = 2 + Math.floor(random() * 2);
    let text = "";
    for (let k = 0; k < parts; k++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const event = () => {
    let name: string;
    do name = `${word()} ${word()}`;
    while (usedNames.has(name));
    usedNames.add(name);
    return { name, day: 1 + Math.floor(random() * 28), month: Math.floor(random() * 12), year: 1990 + Math.floor(random() * 35), count: 10000 + Math.floor(random() * 89999) };
  };
  const side = (units: Unit[], pick: "source" | "target", sentence: string, joiner: string) => {
    const paragraphs = [sentence];
    for (let k = 0; k < units.length; k += 3) paragraphs.push(units.slice(k, k + 3).map((unit) => unit[pick]).join(joiner));
    return `${paragraphs.join("\n\n")}\n`;
  };
  let n = 0;
  const name = () => `${(n++).toString().padStart(6, "0")}-${randomBytes(3).toString("hex")}.txt`;
  while (n < documents) {
    const pool = pools[random() < 0.6 ? 0 : 1]!;
    const length = 6 + Math.floor(random() * 9);
    const start = Math.floor(random() * (pool.units.length - length));
    const units = pool.units.slice(start, start + length);
    const e = event();
    const sourceJoin = " ";
    const targetJoin = pool.targetLang === "zh" ? "" : " ";
    if (random() < 0.1) {
      const file = name();
      const lang = random() < 0.5 ? "source" : "target";
      const sentence = eventSentence(lang === "source" ? pool.sourceLang : pool.targetLang, e.name, e.day, e.month, e.year, e.count);
      writeFileSync(path.join(dir, file), side(units, lang, sentence, lang === "source" ? sourceJoin : targetJoin));
      truth.singles.push(file);
      continue;
    }
    const a = name();
    const b = name();
    writeFileSync(path.join(dir, a), side(units, "source", eventSentence(pool.sourceLang, e.name, e.day, e.month, e.year, e.count), sourceJoin));
    writeFileSync(path.join(dir, b), side(units, "target", eventSentence(pool.targetLang, e.name, e.day, e.month, e.year, e.count), targetJoin));
    truth.pairs.push([a, b]);
  }
  return truth;
}

interface WorkerProcess {
  readonly child: ChildProcess;
  peakRssMb: number;
  readonly exited: Promise<void>;
}

function startWorker(queue: string, db: string, extra: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [tandem, "worker", "--queue", queue, "--db", db, "-q", ...extra], { stdio: ["ignore", "ignore", "inherit"] });
  const worker: WorkerProcess = { child, peakRssMb: 0, exited: new Promise((resolve) => child.on("exit", () => resolve())) };
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      worker.peakRssMb = Math.max(worker.peakRssMb, Math.round(kb / 1024));
    } catch {
      // exited
    }
  }, 200);
  void worker.exited.then(() => clearInterval(timer));
  return worker;
}

async function stop(workers: WorkerProcess[]): Promise<void> {
  for (const worker of workers) worker.child.kill("SIGTERM");
  await Promise.all(workers.map((worker) => worker.exited));
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tandem, ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`tandem ${args.join(" ")} exited ${code}`))));
  });
}

async function freshServices(admin: pg.Pool, redisBase: string, redisDb: number) {
  const name = `tandem_bench_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TANDEM_TEST_POSTGRES!);
  url.pathname = `/${name}`;
  const queue = `${redisBase}/${redisDb}`;
  const redis = new Redis(queue);
  await redis.flushdb();
  redis.disconnect();
  return { db: url.toString(), queue, name };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, intervalMs = 250): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(intervalMs);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (flag: string, fallback: string) => {
    const at = args.indexOf(flag);
    return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
  };
  const sizes = option("--sizes", "2000,20000").split(",").filter(Boolean).map(Number);
  const alignPairs = Number(option("--align-pairs", "30"));
  if (!process.env.TANDEM_TEST_REDIS || !process.env.TANDEM_TEST_POSTGRES) {
    console.error("bench-corpus-scale: set TANDEM_TEST_REDIS and TANDEM_TEST_POSTGRES (bash scripts/services.sh start; eval \"$(bash scripts/services.sh env)\")");
    process.exit(2);
  }
  const admin = new pg.Pool({ connectionString: process.env.TANDEM_TEST_POSTGRES, max: 2 });
  const redisBase = process.env.TANDEM_TEST_REDIS.replace(/\/\d*$/, "");
  const work = mkdtempSync(path.join(os.tmpdir(), "tandem-bench-scale-"));
  const databases: string[] = [];
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");
  console.log(`machine: ${os.cpus().length} cores; load average at start ${load()}`);
  try {
    const pairing: { documents: number; pairingSeconds: number }[] = [];
    // Redis database 0, emptied before each phase: the tests take 1–15.
    const redisDb = 0;
    for (const size of sizes) {
      const dir = path.join(work, `corpus-${size}`);
      const truth = makeCorpus(dir, size, 7 + size);
      const services = await freshServices(admin, redisBase, redisDb);
      databases.push(services.name);
      const enqueueStart = performance.now();
      await run(["corpus", dir, "-o", path.join(work, "unused.tsv"), "--queue", services.queue, "--db", services.db, "--no-wait", "-q"]);
      const enqueueSeconds = (performance.now() - enqueueStart) / 1000;
      const store = new pg.Pool({ connectionString: services.db, max: 2 });
      const workers = [startWorker(services.queue, services.db), startWorker(services.queue, services.db)];
      const ingestStart = performance.now();
      const ingested = await waitFor(async () => {
        const row = (await store.query<{ left: number; total: number }>(
          "SELECT count(*) FILTER (WHERE i.hash IS NULL)::int AS left, count(*)::int AS total FROM corpus_documents d LEFT JOIN ingested i ON i.hash = d.hash",
        )).rows[0]!;
        return row.total > 0 && row.left === 0 ? row.total : undefined;
      });
      const ingestSeconds = (performance.now() - ingestStart) / 1000;
      const paired = await waitFor(async () => {
        const row = (await store.query<{ seconds: number | null }>(
          "SELECT extract(epoch FROM c.paired_at - (SELECT max(ingested_at) FROM ingested))::float8 AS seconds FROM corpora c WHERE c.paired_at IS NOT NULL",
        )).rows[0];
        return row ? row.seconds ?? 0 : undefined;
      });
      await stop(workers);
      const found = (await store.query<{ source: string; target: string }>(
        `SELECT s.path AS source, t.path AS target FROM corpus_pairs p
         JOIN corpus_documents s ON s.corpus = p.corpus AND s.hash = p.source_hash JOIN corpus_documents t ON t.corpus = p.corpus AND t.hash = p.target_hash`,
      )).rows.map((row) => [path.basename(row.source), path.basename(row.target)].sort().join(" "));
      await store.end();
      const expected = new Set(truth.pairs.map((pair) => [...pair].sort().join(" ")));
      const correct = found.filter((pair) => expected.has(pair)).length;
      pairing.push({ documents: ingested, pairingSeconds: paired });
      console.log(
        `${ingested} documents (${truth.pairs.length} true pairs, ${truth.singles.length} singles): enqueue ${enqueueSeconds.toFixed(1)} s; ` +
          `ingest ${(ingested / ingestSeconds).toFixed(1)} documents/s with 2 workers; pairing ${paired.toFixed(2)} s; ` +
          `pairs found ${found.length}, precision ${(correct / Math.max(1, found.length)).toFixed(3)}, recall ${(correct / truth.pairs.length).toFixed(3)}; ` +
          `peak RSS per worker ${workers.map((worker) => `${worker.peakRssMb} MB`).join(", ")}; load ${load()}`,
      );
    }
    if (pairing.length >= 2) {
      const [small, large] = [pairing[0]!, pairing[pairing.length - 1]!];
      console.log(
        `pairing time ${large.documents} vs ${small.documents} documents: ${(large.pairingSeconds / Math.max(0.001, small.pairingSeconds)).toFixed(1)}× for ${(large.documents / small.documents).toFixed(1)}× the documents`,
      );
    }

    const alignDir = path.join(work, "align");
    const alignTruth = makeCorpus(alignDir, Math.round(alignPairs / 0.9) * 2, 99);
    for (const count of [1, 2]) {
      const services = await freshServices(admin, redisBase, redisDb);
      databases.push(services.name);
      await run(["corpus", alignDir, "-o", path.join(work, "unused.tsv"), "--queue", services.queue, "--db", services.db, "--no-wait", "-q"]);
      const store = new pg.Pool({ connectionString: services.db, max: 2 });
      const workers = Array.from({ length: count }, () => startWorker(services.queue, services.db));
      const result = await waitFor(async () => {
        const row = (await store.query<{ pairs: number | null; runs: number; first: string | null; last: string | null; paired_at: Date | null }>(
          `SELECT c.pair_count AS pairs, c.paired_at, (SELECT count(*)::int FROM runs) AS runs,
                  (SELECT min(started_at) FROM runs) AS first, (SELECT max(finished_at) FROM runs) AS last FROM corpora c`,
        )).rows[0];
        return row && row.pairs !== null && row.runs >= row.pairs && row.paired_at ? row : undefined;
      });
      await stop(workers);
      await store.end();
      const seconds = (Date.parse(result.last!) - result.paired_at!.getTime()) / 1000;
      console.log(
        `align: ${result.runs} pairs (of ${alignTruth.pairs.length} true) with ${count} worker${count === 1 ? "" : "s"}: ${(result.runs / seconds).toFixed(2)} pairs/s ` +
          `(${seconds.toFixed(1)} s from pairing to the last run); peak RSS per worker ${workers.map((worker) => `${worker.peakRssMb} MB`).join(", ")}; load ${load()}`,
      );
    }
  } finally {
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
