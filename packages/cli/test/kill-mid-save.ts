// Child process for store.test.ts: saves one run, then dies by SIGKILL in the middle
// of saving a second one (a bead's score getter pulls the plug), as a crash would.
import { openStore } from "../src/store/index.js";
import type { RunInput } from "../src/store/index.js";

const file = process.argv[2]!;
const sentence = (id: number) => ({ id, text: `s${id}`, start: id * 3, end: id * 3 + 2, paragraph: 0, lang: "nl", kind: "body" as const });
const run = (beads: RunInput["beads"]): RunInput => ({
  command: "align",
  parameters: {},
  versions: { tandem: "test" },
  startedAt: new Date(),
  finishedAt: new Date(),
  source: { path: "a", hash: "a", lang: "nl", text: "x".repeat(3000), presegmented: true, sentences: Array.from({ length: 1000 }, (_, i) => sentence(i)) },
  target: { path: "b", hash: "b", lang: "en", text: "x".repeat(3000), presegmented: true, sentences: Array.from({ length: 1000 }, (_, i) => sentence(i)) },
  beads,
});
const store = await openStore(file);
store.saveRun(run(Array.from({ length: 1000 }, (_, i) => ({ source: [i], target: [i], score: 0.5 }))));
const doomed = Array.from({ length: 1000 }, (_, i) =>
  i === 500
    ? { source: [i], target: [i], get score(): number { process.kill(process.pid, "SIGKILL"); return 0; } }
    : { source: [i], target: [i], score: 0.5 },
);
store.saveRun(run(doomed));
