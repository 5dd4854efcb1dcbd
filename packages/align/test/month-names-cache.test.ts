import type { CacheStore } from "@tandem/segment/core";
import { describe, expect, it } from "vitest";
import { cachedMonthNames } from "../src/lexicon/month-names-cache.js";

/** A cache store in memory (the CLI gives one over its language cache folder). */
function memoryStore(): CacheStore & { entries: Map<string, Buffer> } {
  const entries = new Map<string, Buffer>();
  return { entries, read: (name) => entries.get(name), write: (name, text) => void entries.set(name, Buffer.from(text, "utf8")) };
}

/** A stand-in for ICU's reader that counts its calls: the month names of German, the real ones. */
function counting() {
  const calls: string[] = [];
  const read = (lang: string) => {
    calls.push(lang);
    const format = new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" });
    return new Map(Array.from({ length: 12 }, (_, month) => [format.format(new Date(Date.UTC(2021, month, 23))).toLowerCase(), month + 1] as [string, number]));
  };
  return { calls, read };
}

describe("cachedMonthNames", () => {
  it("reads ICU once, then the entry it wrote: the same names in the same order", () => {
    const store = memoryStore();
    const { calls, read } = counting();
    const first = cachedMonthNames("de", ["de", "en"], read, [], store);
    const second = cachedMonthNames("de", ["de", "en"], read, [], store);
    expect(calls).toEqual(["de"]);
    expect([...second]).toEqual([...first]);
    expect(second.get("august")).toBe(8);
    expect([...store.entries.keys()].filter((name) => name.startsWith("months-"))).toHaveLength(1);
  });

  it("keys the entry on the reading code: another reader does not get the old names", () => {
    const store = memoryStore();
    const { read } = counting();
    cachedMonthNames("de", ["de", "en"], read, [], store);
    const other = cachedMonthNames("de", ["de", "en"], () => new Map([["x", 1]]), [], store);
    expect([...other]).toEqual([["x", 1]]);
    expect(store.entries.size).toBe(2);
  });

  it("reads ICU again over a damaged entry, and keeps none without a store", () => {
    const store = memoryStore();
    const { calls, read } = counting();
    cachedMonthNames("de", ["de"], read, [], store);
    const [name] = [...store.entries.keys()];
    store.entries.set(name!, Buffer.from("{not json"));
    expect(cachedMonthNames("de", ["de"], read, [], store).get("august")).toBe(8);
    expect(JSON.parse(store.entries.get(name!)!.toString("utf8"))).toContainEqual(["august", 8]);
    expect(cachedMonthNames("de", ["de"], read, [], undefined).get("august")).toBe(8);
    expect(calls).toEqual(["de", "de", "de"]);
  });
});
