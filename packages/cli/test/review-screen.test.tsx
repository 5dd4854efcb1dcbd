/** @jsxRuntime automatic @jsxImportSource react */
import { PassThrough } from "node:stream";
import { render, renderToString } from "ink";
import { describe, expect, it } from "vitest";
import type { ReviewBead } from "../src/review/review-bead.js";
import { BeadView } from "../src/review/bead-view.js";
import { displayWidth as planWidth, wrappedRows } from "../src/review/display-width.js";
import { ReviewScreen } from "../src/review/review-screen.js";
import { createReviewState } from "../src/review/review-state.js";

/** Terminal columns of a string: CJK and full-width forms take two. */
function displayWidth(line: string): number {
  let width = 0;
  for (const char of line.replace(/\x1b\[[0-9;]*m/g, "")) {
    width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  }
  return width;
}

const texts = {
  // A long Chinese news sentence (seed 004's register) against its English gloss.
  source: [
    "越共十三大是民间外交乃至外交的一个重要里程碑，我们党首次明确了外交在创造和维护和平稳定环境、调动外部资源发展国家、提高国家地位和威望中的先锋作用。",
    "越南友好组织联合会与中国人民对外友好协会加强民间外交的合作。",
    "岘港市的文化教育交流。",
  ],
  target: [
    "The 13th Party Congress was an important milestone for people-to-people diplomacy: for the first time the Party stated the pioneering role of diplomacy in creating and keeping a peaceful, stable environment.",
    "The Vietnam Union of Friendship Organisations and the Chinese People's Association for Friendship with Foreign Countries strengthen cooperation.",
    "Cultural and educational exchange in Da Nang.",
  ],
};
const beads: ReviewBead[] = [
  { key: 0, source: [0, 1], target: [0], score: 0.31, status: "unreviewed", position: 0, signals: { lexical: 0.2, length: 0.9 } },
  { key: 1, source: [], target: [1], score: 0.8, status: "accepted", position: 1 },
  { key: 2, source: [2], target: [2], score: 0.7, status: "unreviewed", position: 2, moved: true },
];

function screen(columns: number, rows: number): string[] {
  const state = createReviewState(beads, texts, { order: "document" });
  const output = renderToString(
    <ReviewScreen initialState={state} texts={texts} title="run 1 · zh.txt → en.txt" languages={{ source: "zh", target: "en" }}
      columns={columns} rows={rows} onChange={() => {}} onQuit={() => {}} />,
    { columns },
  );
  return output.split("\n");
}

describe("review screen", () => {
  for (const [columns, rows] of [[80, 24], [100, 30], [60, 16]] as const) {
    it(`fits ${columns}×${rows} with Chinese text: no line wider than the terminal, one row spare`, () => {
      const lines = screen(columns, rows);
      expect(lines.length).toBeLessThanOrEqual(rows - 1);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      // Both sides are there, the Chinese one wrapped in its own column.
      const body = lines.join("\n");
      expect(body).toContain("source (zh)");
      expect(body).toContain("target (en)");
      expect(body).toContain("越共十三大");
      expect(body).toContain("milestone");
    });
  }

  it("shows the bead's type, score, risk reasons and signals, and the counts with the filter", () => {
    const lines = screen(100, 30);
    expect(lines[0]).toBe("[unreviewed]  2-1  score 0.31  ·  run 1 · zh.txt → en.txt");
    expect(lines[1]).toContain("risk: score 0.31, 2-1");
    expect(lines[1]).toContain("lexical 0.20 length 0.90");
    expect(lines.at(-2)).toMatch(/^ ✓ 1 accepted {2}✗ 0 rejected {2}✎ 0 edited {2}· 2 left {2}│ filter: all {2}│ 1\/3 *$/);
    expect(lines.at(-1)).toBe("? for help");
  });

  it("cuts a bead taller than the screen with a marker and drops the next-bead preview", () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i} of a long bead that wraps over more than one line of its column.`);
    const tall: ReviewBead[] = [
      { key: 0, source: long.map((_, i) => i), target: [0], score: 0.5, status: "unreviewed", position: 0 },
      { key: 1, source: [], target: [1], score: 0.5, status: "unreviewed", position: 1 },
    ];
    const tallTexts = { source: long, target: ["One.", "Two."] };
    const output = renderToString(
      <ReviewScreen initialState={createReviewState(tall, tallTexts, { order: "document" })} texts={tallTexts} title="run 2"
        languages={{ source: "en", target: "en" }} columns={80} rows={24} onChange={() => {}} onQuit={() => {}} />,
      { columns: 80 },
    );
    const lines = output.split("\n");
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(output).toContain("▼ this bead goes on below: J scrolls down, K up");
    expect(output).not.toContain("next bead");
    expect(screen(80, 24).join("\n")).not.toContain("▼");

    // Scrolled by 9 sentences, the end of the bead is in view and the top is marked.
    const scrolled = renderToString(
      <BeadView bead={tall[0]!} texts={tallTexts} languages={{ source: "en", target: "en" }} side="source" width={80} height={19} scroll={9} />,
      { columns: 80 },
    );
    expect(scrolled).toContain("▲ 9 above");
    expect(scrolled).toContain("Sentence 11 of a long bead");
    expect(scrolled).not.toContain("Sentence 8 of");
    expect(scrolled).not.toContain("▼");
    // The single target sentence stays: a side is never scrolled past its last sentence.
    expect(scrolled).toContain("0 One.");
  });
});

describe("layout planning", () => {
  it("counts wide characters as two columns and wraps at spaces", () => {
    expect(planWidth("中文 ok")).toBe(7);
    expect(planWidth("Việt")).toBe(4);
    expect(wrappedRows("aaa bbb ccc", 7)).toBe(2);
    expect(wrappedRows("中".repeat(10), 8)).toBe(3);
    expect(wrappedRows("", 10)).toBe(1);
  });
});

describe("review screen keys", () => {
  /** A terminal for ink: stdin we type into, stdout we read the last frame from. */
  function fakeTerminal() {
    const stdin = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: () => void; ref: () => void; unref: () => void };
    Object.assign(stdin, { isTTY: true, setRawMode() {}, ref() {}, unref() {} });
    const stdout = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; rows: number };
    Object.assign(stdout, { isTTY: true, columns: 100, rows: 30 });
    let frames = "";
    stdout.on("data", (chunk: Buffer) => (frames += chunk.toString()));
    return { stdin, stdout, frames: () => frames };
  }

  it("keys typed right after `/`, faster than the screen redraws, go into the search, not to the commands", async () => {
    const terminal = fakeTerminal();
    const changes: string[] = [];
    const state = createReviewState(beads, texts, { order: "document" });
    const app = render(
      <ReviewScreen initialState={state} texts={texts} title="run 1" languages={{ source: "zh", target: "en" }}
        columns={100} rows={30} onChange={(change) => changes.push(change.what)} onQuit={() => {}} />,
      { stdin: terminal.stdin as unknown as NodeJS.ReadStream, stdout: terminal.stdout as unknown as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One read holding the slash, a search with "a" and "r" in it (accept, reject), and Enter.
    terminal.stdin.write("/Da Nang");
    terminal.stdin.write("\r");
    await new Promise((resolve) => setTimeout(resolve, 200));
    app.unmount();
    expect(changes).toEqual([]);
    expect(terminal.frames()).toContain('found "Da Nang"');
  });
});
