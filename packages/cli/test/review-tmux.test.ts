import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/index.js";
import { reviewStore } from "../src/review/review-store.js";
import { repoRoot, runCli } from "./run-cli.js";

// Drives the real `tandem review` in a real terminal (tmux), as a person would: one key
// per send-keys (keys sent together arrive as one input, which the screen ignores), and
// after each key a poll of the screen until it shows the key's effect. Timeouts are
// generous for a slow 2-core CI; nothing asserts on time.
const socket = `tandem-review-test-${process.pid}`;
const session = "review";
let dir: string;
let db: string;

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
}

function screen(): string {
  return tmux("capture-pane", "-p", "-t", session);
}

async function waitForScreen(what: string, test: (text: string) => boolean, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    text = screen();
    if (test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`screen never showed ${what}; last screen:\n${text}`);
}

/** Sends one key and waits until the screen changed and shows what the key should do. */
async function press(key: string, what: string, test: (text: string) => boolean): Promise<string> {
  const before = screen();
  tmux("send-keys", "-t", session, key);
  return waitForScreen(what, (text) => text !== before && test(text));
}

function startReview(): void {
  const command = [
    process.execPath,
    "--conditions=source",
    "--import",
    "tsx",
    path.join(repoRoot, "packages/cli/src/main.ts"),
    "review",
    "--db",
    db,
    "--order",
    "document",
  ]
    .map((part) => `'${part.replace(/'/g, "'\\''")}'`)
    .join(" ");
  // The shell stays after the program ends so the test can read its exit status.
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", repoRoot, `${command}; echo "EXITED $?"; sleep 600`);
}

const statusLine = (text: string) => text.split("\n").find((line) => line.includes("accepted") && line.includes("left")) ?? "";

beforeAll(async () => {
  const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
  if (!hasTmux) throw new Error("tmux is not installed (scripts/setup.sh installs it)");
  dir = await mkdtemp(path.join(tmpdir(), "tandem-review-tmux-"));
  db = path.join(dir, "t.db");
  const align = await runCli(
    ["align", "seeds/000_a2c988d880e43a81.txt", "seeds/001_9c2bcb4f48ee580e.txt", "-o", path.join(dir, "x.tsv"), "--db", db],
    { cwd: repoRoot },
  );
  if (align.status !== 0) throw new Error(`tandem align failed: ${align.stderr}`);
});

afterAll(async () => {
  spawnSync("tmux", ["-L", socket, "kill-server"]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("tandem review in a terminal", () => {
  it("accept, reject, undo, merge, Ctrl-C, reopen, closed terminal: the database and the accepted-only export agree", async () => {
    const store = await openStore(db);
    const runBeads = store.loadRun(1).beads;
    store.close();
    const total = runBeads.length;
    expect(total).toBeGreaterThan(4);

    startReview();
    await waitForScreen("the first bead", (text) => text.includes(`│ 1/${total}`) && text.includes("? for help"));
    await press("a", "one accepted", (text) => statusLine(text).includes("✓ 1 accepted") && text.includes(`│ 2/${total}`));
    await press("r", "one rejected", (text) => statusLine(text).includes("✗ 1 rejected") && text.includes(`│ 3/${total}`));
    await press("u", "the reject undone", (text) => statusLine(text).includes("✗ 0 rejected") && text.includes("saved: undo"));
    expect(statusLine(screen())).toContain(`│ 2/${total}`);
    await press("m", "the merge", (text) => statusLine(text).includes("✎ 1 edited") && text.includes(`│ 2/${total - 1}`));
    await press("C-c", "the program's exit", (text) => text.includes("EXITED 0"));
    // The alternate screen is gone: the shell's line is all that is left.
    expect(screen().trim()).toBe("EXITED 0");
    tmux("kill-session", "-t", session);

    const reopened = await openStore(db);
    const reviews = reviewStore(reopened);
    expect(reviews.history(1).map((event) => event.what)).toEqual(["accept", "reject", "undo", "merge"]);
    const { beads } = reviews.loadReview(1);
    expect(beads).toHaveLength(total - 1);
    expect(beads[0]).toMatchObject({ key: 0, status: "accepted", source: runBeads[0]!.source, target: runBeads[0]!.target });
    expect(beads[1]).toMatchObject({
      key: total,
      status: "edited",
      source: [...runBeads[1]!.source, ...runBeads[2]!.source],
      target: [...runBeads[1]!.target, ...runBeads[2]!.target],
    });
    expect(beads.slice(2).every((bead) => bead.status === "unreviewed")).toBe(true);
    reopened.close();

    // Reopening resumes at the first unreviewed bead: the third in reading order now.
    startReview();
    await waitForScreen("the resumed place", (text) => statusLine(text).includes(`│ 3/${total - 1}`) && text.includes("[unreviewed]"));
    await press("a", "the third bead accepted", (text) => statusLine(text).includes("✓ 2 accepted"));
    await press("q", "the program's exit", (text) => text.includes("EXITED 0"));
    tmux("kill-session", "-t", session);

    // A closed terminal (the session killed under the program) loses nothing either:
    // the skip was saved before the screen showed it.
    startReview();
    await waitForScreen("the resumed place", (text) => statusLine(text).includes(`│ 4/${total - 1}`));
    await press("s", "the skip", (text) => text.includes("saved: skip"));
    tmux("kill-session", "-t", session);

    const final = await openStore(db);
    expect(reviewStore(final).history(1).map((event) => event.what)).toEqual(["accept", "reject", "undo", "merge", "accept", "skip"]);
    const run = final.loadRun(1);
    const approved = reviewStore(final).loadReview(1).beads.slice(0, 3);
    final.close();
    expect(approved.map((bead) => bead.status)).toEqual(["accepted", "edited", "accepted"]);

    // Only accepted and edited pairs are exported, none of the unreviewed rest; TSV
    // leaves out null beads (1-0, 0-1), so those are not expected as lines.
    const exported = path.join(dir, "reviewed.tsv");
    const exportRun = await runCli(["export", "--db", db, "--run", "1", "--reviewed", "accepted", "-o", exported]);
    expect(exportRun.stderr).toBe("");
    expect(exportRun.status).toBe(0);
    const content = await readFile(exported, "utf8");
    const pairs = content === "" ? [] : content.trimEnd().split("\n");
    const pairable = approved.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
    expect(pairs).toHaveLength(pairable.length);
    pairable.forEach((bead, i) => {
      expect(pairs[i]!.startsWith(run.source.sentences[bead.source[0]!]!.text)).toBe(true);
      expect(pairs[i]).toContain(run.target.sentences[bead.target.at(-1)!]!.text);
    });
    const everything = path.join(dir, "all.tsv");
    expect((await runCli(["export", "--db", db, "--run", "1", "-o", everything])).status).toBe(0);
    expect((await readFile(everything, "utf8")).trimEnd().split("\n").length).toBeGreaterThan(pairs.length + 5);

    const gold = path.join(dir, "gold.align");
    expect((await runCli(["review", "--db", db, "--export-gold", gold])).status).toBe(0);
    const side = (ids: readonly number[]) => `[${ids.join(", ")}]`;
    expect(await readFile(gold, "utf8")).toBe(approved.map((bead) => `${side(bead.source)}:${side(bead.target)}\n`).join(""));
  });
});
