import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatProgressLine } from "../src/terminal/format-progress-line.js";
import { createProgress } from "../src/terminal/progress.js";

/** A stderr that says it is a terminal and keeps what is drawn on it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 80, rows: 24 });
  return { stream, text: () => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n") };
}

describe("progress", () => {
  it("never shows an estimate that is not a number", () => {
    const lines = [
      formatProgressLine({ label: "aligning", value: 0, total: 100, elapsedMs: 5000, width: 80 }),
      formatProgressLine({ label: "aligning", value: 10, total: 100, elapsedMs: 0, width: 80 }),
      formatProgressLine({ label: "aligning", value: 100, total: 100, elapsedMs: 5000, width: 80 }),
      formatProgressLine({ label: "aligning", value: 5, total: 0, elapsedMs: 5000, width: 80 }),
    ];
    for (const line of lines) expect(line).not.toMatch(/NaN|Inf|NF|undefined|-\d/);
    expect(formatProgressLine({ label: "reading", value: 5, total: 10, elapsedMs: 2000, width: 80 })).toBe(
      "reading [███████████████░░░░░░░░░░░░░░░] 5/10 · 2 s left",
    );
  });

  it("a count that falls back starts a labelled pass instead of running the bar backwards", () => {
    const terminal = fakeTerminal();
    const progress = createProgress({}, terminal.stream);
    progress.start(1, "aligning");
    // Pass 1 (0 → 100), then the aligner starts over for its second pass (0 → 80).
    for (const done of [10, 50, 100]) progress.update(done, 100);
    for (const done of [5, 40, 80]) progress.update(done, 80);
    progress.stop();
    const drawn = terminal.text();
    expect(drawn).toContain("aligning [");
    expect(drawn).toContain("aligning (pass 2) [");
    expect(drawn).not.toContain("pass 3");
    // Within each pass the count only grows.
    for (const pass of [drawn.split("(pass 2)")[0]!, drawn.split("(pass 2)")[1]!]) {
      const counts = [...pass.matchAll(/\] (\d+)\/\d+/g)].map((match) => Number(match[1]));
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
    }
  });

  it("draws nothing when stderr is not a terminal or with --quiet", () => {
    const terminal = fakeTerminal();
    createProgress({ quiet: true }, terminal.stream).start(10, "reading");
    expect(terminal.text()).toBe("");
  });
});
