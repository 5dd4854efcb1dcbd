import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Sentence } from "@tandem/segment";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyReviewAction, type ReviewAction } from "../src/review/apply-review-action.js";
import { createReviewState, type ReviewState } from "../src/review/review-state.js";
import { openStore } from "../src/store/index.js";
import { reviewStore } from "../src/review/review-store.js";
import type { StoredDocument } from "../src/store/stored-run.js";
import { runCli } from "./run-cli.js";

function document(lang: string, lines: string[]): StoredDocument {
  let offset = 0;
  const sentences: Sentence[] = lines.map((text, id) => {
    const sentence: Sentence = { id, text, start: offset, end: offset + text.length, paragraph: id, lang, kind: "body" };
    offset += text.length + 1;
    return sentence;
  });
  return { path: `${lang}.txt`, hash: lang, lang, text: lines.join("\n"), presegmented: true, sentences };
}

const source = document("nl", ["Zon op maandag.", "Regen op dinsdag.", "Storm met 12 doden.", "Rutte sprak.", "Einde."]);
const target = document("en", ["Sun on Monday.", "Rain on Tuesday.", "Storm kills 13.", "Rutte spoke.", "The end."]);

let dir: string;
let db: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "tandem-review-"));
  db = path.join(dir, "t.db");
  const store = await openStore(db);
  store.saveRun({
    command: "align",
    parameters: {},
    versions: {},
    startedAt: new Date(0),
    finishedAt: new Date(0),
    source,
    target,
    beads: [0, 1, 2, 3, 4].map((i) => ({ source: [i], target: [i], score: i === 2 ? 0.2 : 0.9, ...(i === 3 ? { moved: true } : {}) })),
  });
  store.close();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function act(state: ReviewState, action: ReviewAction): Promise<ReviewState> {
  const result = applyReviewAction(state, action);
  if (result.change) {
    const store = await openStore(db);
    // A new connection per key: what each key wrote must be in the file at once.
    reviewStore(store).applyChange(1, result.change);
    store.close();
  }
  return result.state;
}

describe("review store", () => {
  it("saves every change at once, keeps edit history, and resumes at the first unreviewed bead", async () => {
    let store = await openStore(db);
    const texts = { source: source.sentences.map((s) => s.text), target: target.sentences.map((s) => s.text) };
    const first = reviewStore(store).loadReview(1);
    expect(first.nextKey).toBe(5);
    store.close();
    let state = createReviewState(first.beads, texts, { order: "document", nextKey: first.nextKey });
    state = await act(state, { type: "decide", status: "accepted" });
    state = await act(state, { type: "decide", status: "rejected" });
    state = await act(state, { type: "undo" });
    state = await act(state, { type: "merge" });

    store = await openStore(db);
    const reviews = reviewStore(store);
    const reopened = reviews.loadReview(1);
    expect(reopened.beads.map((b) => [b.key, b.source, b.target, b.status])).toEqual([
      [0, [0], [0], "accepted"],
      [5, [1, 2], [1, 2], "edited"],
      [3, [3], [3], "unreviewed"],
      [4, [4], [4], "unreviewed"],
    ]);
    expect(reopened.nextKey).toBe(6);
    expect(reviews.history(1).map((e) => [e.what, e.statuses, e.retired, e.created])).toEqual([
      ["accept", [{ key: 0, status: "accepted" }], [], []],
      ["reject", [{ key: 1, status: "rejected" }], [], []],
      ["undo", [{ key: 1, status: "unreviewed" }], [], []],
      ["merge", [], [1, 2], [5]],
    ]);
    // The retired beads stay as history; the run's own beads are untouched.
    const retired = store.database.prepare("SELECT key FROM review_beads WHERE run_id = 1 AND current = 0 ORDER BY key").all();
    expect(retired).toEqual([{ key: 1 }, { key: 2 }]);
    expect(store.loadRun(1).beads).toHaveLength(5);
    store.close();
    expect(createReviewState(reopened.beads, texts, { order: "document" }).current).toBe(3);
  });
});

describe("tandem review (no terminal)", () => {
  it("--list prints the risk queue, --json as JSON; the screen refuses without a TTY", async () => {
    const list = await runCli(["review", "--db", db, "--list"]);
    expect(list.status).toBe(0);
    const lines = list.stdout.trim().split("\n");
    expect(lines[0]).toBe("rank\tkey\ttype\tscore\tstatus\treasons\tsource\ttarget");
    expect(lines[1]!.split("\t").slice(0, 6)).toEqual(["1", "2", "1-1", "0.200", "unreviewed", "score 0.20; numbers 12 ≠ 13"]);
    expect(lines[2]!.split("\t")[1]).toBe("3");
    const json = await runCli(["review", "--db", db, "--list", "--json", "--filter", "moved"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ run: 1, order: "risk", beads: [{ rank: 1, key: 3, moved: true, sourceText: "Rutte sprak." }] });

    const screen = await runCli(["review", "--db", db]);
    expect(screen.status).toBe(2);
    expect(screen.stderr).toBe("tandem: the review screen needs a terminal; in scripts use --list or --export-gold [USAGE]\n");
  });

  it("--export-gold writes accepted and edited beads as .align, and refuses to overwrite", async () => {
    const store = await openStore(db);
    const texts = { source: source.sentences.map((s) => s.text), target: target.sentences.map((s) => s.text) };
    let state = createReviewState(reviewStore(store).loadReview(1).beads, texts, { order: "document" });
    store.close();
    state = await act(state, { type: "decide", status: "accepted" });
    state = await act(state, { type: "merge" });
    // Bead 3 is a moved one: it is the next in reading order, but no merge partner.
    state = await act(state, { type: "move", by: 1 });
    expect(applyReviewAction(state, { type: "merge" }).change).toBeUndefined();
    state = await act(state, { type: "decide", status: "rejected" });
    const gold = path.join(dir, "gold.align");
    const first = await runCli(["review", "--db", db, "--export-gold", gold]);
    expect(first.status).toBe(0);
    expect(await readFile(gold, "utf8")).toBe("[0]:[0]\n[1, 2]:[1, 2]\n");
    const again = await runCli(["review", "--db", db, "--export-gold", gold]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("[OUTPUT_EXISTS]");
  });

  it("undo survives a quit: the log is in the store, and an undo in a new session takes back the last step", async () => {
    const texts = { source: source.sentences.map((s) => s.text), target: target.sentences.map((s) => s.text) };
    const open = async () => {
      const store = await openStore(db);
      const saved = reviewStore(store).loadReview(1);
      store.close();
      return createReviewState(saved.beads, texts, { order: "document", nextKey: saved.nextKey, history: saved.history });
    };
    let state = await open();
    state = await act(state, { type: "decide", status: "accepted" });
    state = await act(state, { type: "merge" });
    // Quit and reopen: both steps can still be undone, newest first.
    state = await open();
    expect(state.history.map((step) => step.change.what)).toEqual(["accept", "merge"]);
    state = await act(state, { type: "undo" });
    state = await open();
    expect(state.beads.map((b) => `${b.source}:${b.target}:${b.status}`)).toEqual(["0:0:accepted", "1:1:unreviewed", "2:2:unreviewed", "3:3:unreviewed", "4:4:unreviewed"]);
    state = await act(state, { type: "undo" });
    state = await open();
    expect(state.beads.every((b) => b.status === "unreviewed")).toBe(true);
    expect(state.history).toEqual([]);
    expect(applyReviewAction(state, { type: "undo" }).message).toBe("nothing to undo");
  });

  it("an edited bead is listed without a score", async () => {
    const texts = { source: source.sentences.map((s) => s.text), target: target.sentences.map((s) => s.text) };
    const store = await openStore(db);
    let state = createReviewState(reviewStore(store).loadReview(1).beads, texts, { order: "document" });
    store.close();
    state = await act(state, { type: "split" });
    state = await act(state, { type: "merge" });
    const list = await runCli(["review", "--db", db, "--list", "--json"]);
    const merged = (JSON.parse(list.stdout) as { beads: { status: string; score: number | null }[] }).beads.find((b) => b.status === "edited");
    expect(merged?.score).toBeNull();
    const tsv = await runCli(["review", "--db", db, "--list", "--order", "document"]);
    expect(tsv.stdout.split("\n")[1]!.split("\t").slice(2, 5)).toEqual(["2-2", "–", "edited"]);
  });

  it("a missing database or run is a one-line error", async () => {
    const missing = await runCli(["review", "--db", path.join(dir, "none.db"), "--list"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/none\.db: no tandem database here.*\[STORE_NO_RUN\]\n$/);
    const noRun = await runCli(["review", "--db", db, "--run", "7", "--list"]);
    expect(noRun.stderr).toMatch(/no run 7 in this database.*\[STORE_NO_RUN\]\n$/);
  });
});

describe("review → gold → eval", () => {
  it("a fully reviewed run with one merge is gold: eval of the same alignment hits every bead but the two merged", async () => {
    const seeds = ["seeds/000_a2c988d880e43a81.txt", "seeds/001_9c2bcb4f48ee580e.txt"];
    const seedDb = path.join(dir, "seeds.db");
    expect((await runCli(["align", ...seeds, "-o", path.join(dir, "run.tsv"), "--db", seedDb])).status).toBe(0);
    const prediction = path.join(dir, "again.align");
    expect((await runCli(["align", ...seeds, "-o", prediction, "--no-store"])).status).toBe(0);

    const store = await openStore(seedDb);
    const reviews = reviewStore(store);
    const saved = reviews.loadReview(1);
    const texts = { source: [] as string[], target: [] as string[] };
    let state = createReviewState(saved.beads, texts, { order: "document", nextKey: saved.nextKey });
    // Merge the first two beads, then accept everything: the reviewer's gold differs from
    // the aligner's output in exactly that one place.
    let result = applyReviewAction(state, { type: "merge" });
    reviews.applyChange(1, result.change!);
    state = result.state;
    while (state.beads.some((bead) => bead.status === "unreviewed")) {
      const next = state.beads.find((bead) => bead.status === "unreviewed")!;
      result = applyReviewAction(applyReviewAction(state, { type: "goto", key: next.key }).state, { type: "decide", status: "accepted" });
      reviews.applyChange(1, result.change!);
      state = result.state;
    }
    store.close();

    const gold = path.join(dir, "gold.align");
    const exported = await runCli(["review", "--db", seedDb, "--export-gold", gold, "--json"]);
    expect(JSON.parse(exported.stdout)).toEqual({ run: 1, file: gold, beads: saved.beads.length - 1, left: 0, rejected: 0 });
    const scored = await runCli(["eval", gold, prediction, "--json"]);
    expect(scored.stderr).toBe("");
    const figures = JSON.parse(scored.stdout) as { counts: { testLinks: number; precisionStrict: number } };
    // Every predicted bead but the two that were merged is a strict hit.
    expect(figures.counts.testLinks).toBe(saved.beads.length);
    expect(figures.counts.precisionStrict).toBe(saved.beads.length - 2);
  });
});
