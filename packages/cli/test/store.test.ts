import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Bead } from "@tandem/align";
import { TandemError, type Sentence } from "@tandem/segment";
import { migrations, openStore, type RunInput } from "../src/store/index.js";
import { migrate } from "../src/store/migrate.js";

const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), "tandem-store-")), "tandem.db");

const sentence = (id: number, text: string, start: number, lang: string, kind: Sentence["kind"] = "body"): Sentence => ({
  id, text, start, end: start + text.length, paragraph: id, lang, kind,
});

function makeRun(label: string): RunInput {
  const sourceText = `Kop ${label}\nEerste zin. Tweede zin.\nBron: x`;
  const targetText = `First and second sentence ${label}.`;
  const beads: Bead[] = [
    { source: [0], target: [], score: 0 },
    { source: [1, 2], target: [0], score: 0.75, signals: { lexical: 0.5, length: 0.9 } },
    { source: [3], target: [], score: 0.2, moved: true },
  ];
  return {
    command: "align",
    parameters: { method: "lexical", maxBead: 4, label },
    versions: { tandem: "0.1.0" },
    startedAt: new Date("2025-07-08T09:00:00Z"),
    finishedAt: new Date("2025-07-08T09:00:02Z"),
    summary: { pairs: 1 },
    source: {
      path: "a.txt", hash: "aa", lang: "nl", text: sourceText, presegmented: false,
      sentences: [sentence(0, `Kop ${label}`, 0, "nl", "title"), sentence(1, "Eerste zin.", 7, "nl"), sentence(2, "Tweede zin.", 19, "nl"), sentence(3, "Bron: x", 31, "nl", "source")],
    },
    target: { path: "b.txt", hash: "bb", lang: "en", text: targetText, presegmented: false, sentences: [sentence(0, targetText, 0, "en")] },
    beads,
  };
}

describe("store", () => {
  it("reads back a run after reopening, with documents, sentences and beads", async () => {
    const file = tempDb();
    const run = makeRun("one");
    let store = await openStore(file);
    const id = store.saveRun(run);
    store.close();
    store = await openStore(file, { mustExist: true });
    const loaded = store.loadRun(id);
    expect(loaded.beads).toEqual(run.beads);
    expect(loaded.source).toEqual(run.source);
    expect(loaded.target).toEqual(run.target);
    expect(loaded.run).toMatchObject({ id, command: "align", status: "complete", parameters: run.parameters, beadCount: 3, summary: { pairs: 1 } });
    expect(store.latestRunId()).toBe(id);
    store.close();
  });

  it("lists runs newest first and keeps earlier runs when a later save fails mid-way", async () => {
    const store = await openStore(tempDb());
    const first = store.saveRun(makeRun("one"));
    const broken = { ...makeRun("two"), beads: [...makeRun("two").beads, { source: [9], target: [9], score: null } as unknown as Bead] };
    expect(() => store.saveRun(broken)).toThrow();
    // The failed run left nothing: no run row, no documents, no sentences.
    expect(store.listRuns().map((r) => r.id)).toEqual([first]);
    expect(store.database.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 2 });
    const second = store.saveRun(makeRun("three"));
    expect(store.listRuns().map((r) => r.parameters.label)).toEqual(["three", "one"]);
    expect(second).toBeGreaterThan(first);
    store.close();
  });

  it("a process killed in the middle of saving a run leaves the earlier run and no half-run", async () => {
    const file = tempDb();
    const child = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", path.join(__dirname, "kill-mid-save.ts"), file], {
      encoding: "utf8",
    });
    expect(child.signal).toBe("SIGKILL");
    const store = await openStore(file);
    expect(store.listRuns().map((run) => run.beadCount)).toEqual([1000]);
    expect(store.database.prepare("SELECT count(*) AS n FROM sentences").get()).toEqual({ n: 2000 });
    expect(store.saveRun(makeRun("after"))).toBe(2);
    store.close();
  });

  it("uses WAL mode and records the schema version", async () => {
    const file = tempDb();
    const store = await openStore(file);
    expect(store.database.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.database.pragma("user_version", { simple: true })).toBe(migrations.at(-1)!.version);
    store.close();
  });

  it("runs appended migrations once, on the next open", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, "mem");
    const next = migrations.at(-1)!.version + 1;
    const extra = [...migrations, { version: next, description: "cache", up: (d: Database.Database) => d.exec("CREATE TABLE cache (k TEXT)") }];
    migrate(db, extra, "mem");
    migrate(db, extra, "mem");
    expect(db.pragma("user_version", { simple: true })).toBe(next);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'cache'").all()).toHaveLength(1);
  });

  it("refuses a corrupt file with STORE_CORRUPT and leaves it as it was", async () => {
    const file = tempDb();
    writeFileSync(file, "this is not a database, just text that is long enough to have a header page\n".repeat(100));
    const error = await openStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TandemError);
    expect(error).toMatchObject({ code: "STORE_CORRUPT", at: { file } });
  });

  it("refuses a database from a newer tandem", async () => {
    const file = tempDb();
    const db = new Database(file);
    db.pragma("user_version = 999");
    db.close();
    await expect(openStore(file)).rejects.toMatchObject({ code: "STORE_CORRUPT" });
  });

  it("reports a missing run and a missing database", async () => {
    const file = tempDb();
    await expect(openStore(file, { mustExist: true })).rejects.toMatchObject({ code: "STORE_NO_RUN" });
    const store = await openStore(file);
    expect(store.latestRunId()).toBeUndefined();
    expect(() => store.loadRun(42)).toThrow(expect.objectContaining({ code: "STORE_NO_RUN" }));
    store.close();
  });
});
