import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cachedMonthNames } from "../src/lexicon/month-names-cache.js";

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
  it("reads ICU once, then the file it wrote: the same names in the same order", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-months-"));
    const { calls, read } = counting();
    const first = cachedMonthNames("de", ["de", "en"], read, [], dir);
    const second = cachedMonthNames("de", ["de", "en"], read, [], dir);
    expect(calls).toEqual(["de"]);
    expect([...second]).toEqual([...first]);
    expect(second.get("august")).toBe(8);
    expect(readdirSync(dir).filter((file) => file.startsWith("months-"))).toHaveLength(1);
  });

  it("keys the file on the reading code: another reader does not get the old names", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-months-"));
    const { read } = counting();
    cachedMonthNames("de", ["de", "en"], read, [], dir);
    const other = cachedMonthNames("de", ["de", "en"], () => new Map([["x", 1]]), [], dir);
    expect([...other]).toEqual([["x", 1]]);
    expect(readdirSync(dir).filter((file) => file.startsWith("months-"))).toHaveLength(2);
  });

  it("reads ICU again over a damaged file, and keeps none without a folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-months-"));
    const { calls, read } = counting();
    cachedMonthNames("de", ["de"], read, [], dir);
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), "{not json");
    expect(cachedMonthNames("de", ["de"], read, [], dir).get("august")).toBe(8);
    expect(JSON.parse(readFileSync(path.join(dir, file!), "utf8"))).toContainEqual(["august", 8]);
    vi.stubEnv("TANDEM_LANGUAGE_CACHE", "off");
    try {
      cachedMonthNames("de", ["de"], read, []);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(calls).toEqual(["de", "de", "de"]);
  });
});
