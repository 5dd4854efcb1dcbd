import { eld } from "eld/medium";
import { describe, expect, it } from "vitest";
import type { CacheStore } from "../src/language/cache-store.js";
import { loadLanguageTable, loadLanguageTableSync } from "../src/language/load-language-table.js";

/** A store in memory that records what was read and written. */
function memoryStore() {
  const entries = new Map<string, Buffer>();
  const reads: string[] = [];
  const store: CacheStore = {
    read: (name) => (reads.push(name), entries.get(name)),
    write: (name, text) => void entries.set(name, Buffer.from(text, "utf8")),
  };
  return { store, entries, reads };
}

const LINES = [
  "Der Berg ist hoch, und die Sonne scheint über dem Gletscher.",
  "La montagne est haute et le soleil brille sur le glacier.",
  "De conferentie werd gehouden in Hanoi.",
  "Mr. Phan Anh Son spoke at the conference.",
  "Hội nghị được tổ chức tại Hà Nội.",
  "Конференция прошла в Ханое 31 августа.",
  "会议于八月三十一日在河内举行。",
  "",
  "1234 5678",
];

// Both ways of loading eld's modules: import() and (where Node can require an ES module) require.
const loaders = [
  ["loadLanguageTable", loadLanguageTable],
  ["loadLanguageTableSync", async (store?: Parameters<typeof loadLanguageTableSync>[0]) => loadLanguageTableSync(store)],
] as const;

describe.each(loaders)("%s", (_name, loadLanguageTable) => {
  it("keeps eld's table in the store once, then reads it, with eld's own scores both times", async () => {
    const { store, entries, reads } = memoryStore();
    const first = await loadLanguageTable(store);
    const written = [...entries.keys()];
    const second = await loadLanguageTable(store);
    const reference = eld.newInstance();
    for (const line of LINES) {
      expect(first.detect(line).getScores()).toEqual(reference.detect(line).getScores());
      expect(second.detect(line).getScores()).toEqual(reference.detect(line).getScores());
    }
    expect(written).toEqual([expect.stringMatching(/^eld-medium-\d+-\d+-bytes\.tsv$/)]);
    expect(reads).toEqual([written[0], written[0]]);
  });

  it("works without a store, and over a damaged entry, with eld's own scores", async () => {
    const reference = eld.newInstance();
    const bare = await loadLanguageTable();
    const { store, entries } = memoryStore();
    await loadLanguageTable(store);
    const [name] = [...entries.keys()];
    entries.set(name!, Buffer.from("not a table"));
    const damaged = await loadLanguageTable(store);
    for (const line of LINES) {
      expect(bare.detect(line).getScores()).toEqual(reference.detect(line).getScores());
      expect(damaged.detect(line).getScores()).toEqual(reference.detect(line).getScores());
    }
  });
});
