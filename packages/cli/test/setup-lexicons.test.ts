import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { lexiconDataDirectory, loadLexicon } from "../src/pipeline/load-lexicon.js";
import { wordnetDirectory } from "../src/pipeline/load-wordnet.js";
import { repoRoot } from "./run-cli.js";
import { linesAlignedRight } from "./translated-lines.js";

const root = mkdtempSync(path.join(tmpdir(), "tandem-wordnet-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NAMES = ["TANDEM_LEXICON_DIR", "TANDEM_WORDNET_DIR", "TANDEM_WORDNET_EN_DIR", "TANDEM_DICTD_DIR", "TANDEM_LEXICON_CACHE", "TANDEM_CEDICT", "TANDEM_UNIHAN_DIR"] as const;
const saved = NAMES.map((name) => process.env[name]);
afterEach(() => {
  NAMES.forEach((name, k) => {
    if (saved[k] === undefined) delete process.env[name];
    else process.env[name] = saved[k];
  });
});

const fixtures = path.join(repoRoot, "fixtures/wordnet");
function useFixtures(dictd = path.join(root, "no-dictd")): void {
  Object.assign(process.env, {
    TANDEM_WORDNET_DIR: fixtures,
    TANDEM_WORDNET_EN_DIR: path.join(fixtures, "en"),
    TANDEM_DICTD_DIR: dictd,
    TANDEM_LEXICON_CACHE: "off",
    TANDEM_CEDICT: "off",
    TANDEM_UNIHAN_DIR: path.join(root, "no-unihan"),
    TANDEM_LEXICON_DIR: path.join(root, "no-lists"),
  });
}

describe("a lexicon from a wordnet linked to Princeton WordNet", () => {
  it("gives th–en (either way round) Thai WordNet's words with the English words of their synsets", async () => {
    useFixtures();
    const thEn = await loadLexicon({ sourceLang: "th", targetLang: "en" });
    expect(thEn.notes).toEqual(["lexicon: wordnet-tha (14 + 0 headwords)"]);
    expect(thEn.lexicon?.forward.get("ประเทศ")).toEqual(["country", "state", "land", "nation"]);
    const enTh = await loadLexicon({ sourceLang: "en", targetLang: "th" });
    expect(enTh.lexicon?.backward.get("สถานทูต")).toEqual(["diplomatic building", "embassy"]);
  });

  it("takes th–fr through English", async () => {
    useFixtures(path.join(repoRoot, "fixtures/align/dictd-pivot"));
    const thFr = await loadLexicon({ sourceLang: "th", targetLang: "fr" });
    expect(thFr.notes[0]).toMatch(/^lexicon: \(wordnet-tha\) × \(freedict-eng-fra\) via en/);
  });

  it("is no lexicon, not an error, when the wordnet or Princeton WordNet is not installed", async () => {
    useFixtures();
    process.env.TANDEM_WORDNET_EN_DIR = path.join(root, "no-english");
    expect(await loadLexicon({ sourceLang: "th", targetLang: "en" })).toEqual({ notes: [] });
    process.env.TANDEM_WORDNET_EN_DIR = path.join(fixtures, "en");
    process.env.TANDEM_WORDNET_DIR = path.join(root, "no-wordnets");
    expect(await loadLexicon({ sourceLang: "th", targetLang: "en" })).toEqual({ notes: [] });
  });

  it("looks in the XDG data folder unless told otherwise", () => {
    expect(wordnetDirectory({ XDG_DATA_HOME: "/data", HOME: "/home/a" })).toBe(path.join("/data", "tandem", "wordnet"));
    expect(wordnetDirectory({ HOME: "/home/a" })).toBe(path.join("/home/a", ".local", "share", "tandem", "wordnet"));
    expect(wordnetDirectory({ TANDEM_WORDNET_DIR: "/w", HOME: "/home/a" })).toBe("/w");
  });
});

describe("Ukrainian and Belarusian, which have no FreeDict", () => {
  it("borrow Russian's dictionaries against English, but uk–ru gets no dictionary composed with itself", async () => {
    useFixtures(path.join(repoRoot, "fixtures/align/dictd-eng-rus"));
    const ukEn = await loadLexicon({ sourceLang: "uk", targetLang: "en" });
    expect(ukEn.notes).toEqual(["lexicon: freedict-eng-rus (0 + 5 headwords)"]);
    expect(ukEn.lexicon?.backward.get("government")).toEqual(["правительство"]);
    expect((await loadLexicon({ sourceLang: "en", targetLang: "be" })).lexicon?.forward.get("year")).toEqual(["год"]);
    expect(await loadLexicon({ sourceLang: "uk", targetLang: "ru" })).toEqual({ notes: [] });
  });
});

/** FreeDict eng-rus and Apertium's uk–ru list, both excerpts. */
function useListFixtures(): void {
  useFixtures(path.join(repoRoot, "fixtures/align/dictd-eng-rus"));
  process.env.TANDEM_LEXICON_DIR = path.join(repoRoot, "fixtures/lexicons");
}

describe("word lists converted at setup (Apertium's uk–ru)", () => {
  it("serve their pair in both directions", async () => {
    useListFixtures();
    const ukRu = await loadLexicon({ sourceLang: "uk", targetLang: "ru" });
    expect(ukRu.notes).toEqual(["lexicon: ukr-rus.tsv (11 + 0 headwords)"]);
    expect(ukRu.lexicon?.forward.get("країна")).toEqual(["страна"]);
    const ruUk = await loadLexicon({ sourceLang: "ru", targetLang: "uk" });
    expect(ruUk.lexicon?.backward.get("уряд")).toEqual(["вряд", "правительство"]);
  });

  it("take Ukrainian words through Russian to a third language, where Russian's own dictionaries know only the words both write alike", async () => {
    useListFixtures();
    const ukEn = await loadLexicon({ sourceLang: "uk", targetLang: "en" });
    expect(ukEn.notes).toEqual(["lexicon: freedict-eng-rus + (ukr-rus.tsv) × ru-en via ru (3 + 5 headwords)"]);
    // країна is страна in Russian (country), уряд правительство (government), рік год (year).
    expect(ukEn.lexicon?.forward.get("країна")).toEqual(["country"]);
    expect(ukEn.lexicon?.forward.get("уряд")).toEqual(["government"]);
    expect(ukEn.lexicon?.backward.get("government")).toEqual(["правительство"]);
    const enUk = await loadLexicon({ sourceLang: "en", targetLang: "uk" });
    expect(enUk.notes).toEqual(["lexicon: freedict-eng-rus + (ukr-rus.tsv) × en-ru via ru (5 + 0 headwords)"]);
    expect(enUk.lexicon?.forward.get("year")).toEqual(["год", "рік"]);
  });
});

// What scripts/fetch-shobdo.sh wrote at set-up (scripts/setup.sh runs it; CI too).
const shobdo = path.join(lexiconDataDirectory(), "ben-eng.tsv");
describe("the Bengali word list from Shobdo (PyPI), as set-up converted it", () => {
  it.skipIf(!existsSync(shobdo))("gives bn–en its words with their English glosses, one pair per gloss", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    const bnEn = await loadLexicon({ sourceLang: "bn", targetLang: "en" });
    expect(bnEn.notes[0]).toMatch(/^lexicon: ben-eng\.tsv \(\d{5} \+ 0 headwords\)$/);
    expect(bnEn.lexicon?.forward.get("প্রধানমন্ত্রী")).toContain("prime minister");
    // "Election / Selection" is two glosses; a gloss's bracketed note is dropped.
    expect(bnEn.lexicon?.forward.get("নির্বাচন")).toEqual(expect.arrayContaining(["election", "selection"]));
    expect(readFileSync(shobdo, "utf8").split("\n")[0]).toMatch(/Apache-2\.0/);
  });
});

// What scripts/fetch-krdict.sh wrote at set-up (scripts/setup.sh runs it; CI too).
const krdict = path.join(lexiconDataDirectory(), "kor-eng.tsv");
describe("the Korean word list from the Basic Korean Dictionary, as set-up converted it", () => {
  it.skipIf(!existsSync(krdict))("gives ko–en its words and verb stems, and stays out of pivots (its senses are unordered)", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    const koEn = await loadLexicon({ sourceLang: "ko", targetLang: "en" });
    expect(koEn.notes[0]).toMatch(/kor-eng\.tsv/u);
    expect(koEn.lexicon?.forward.get("집권당")).toEqual(expect.arrayContaining(["governing party", "ruling party"]));
    // 발언하다 "comment; remark; state" is also found by its stem, as a cut-off 발언했다 is looked up.
    expect(koEn.lexicon?.forward.get("발언")).toEqual(expect.arrayContaining(["remark"]));
    expect(readFileSync(krdict, "utf8").split("\n")[0]).toMatch(/CC BY-SA 2\.0 KR.*senses: unordered/u);
    // Korean–Japanese goes through English with the Sino-Korean words only.
    const koJa = await loadLexicon({ sourceLang: "ko", targetLang: "ja" });
    expect(koJa.notes.join(" ")).not.toMatch(/kor-eng/u);
  });

  it.skipIf(!existsSync(krdict))("aligns our Korean translation of twenty English news sentences line for line", { timeout: 60_000 }, async () => {
    expect(await linesAlignedRight("news-20.ko", "news-20.en")).toBe(20);
  });
});

// What scripts/fetch-multiwordnet.sh wrote at set-up (scripts/setup.sh runs it; CI too).
const italian = path.join(lexiconDataDirectory(), "ita-eng.tsv");
describe("the MultiWordNet lists (it, es, pt, fr with English), as set-up converted them", () => {
  it.skipIf(!existsSync(italian))("join FreeDict for their pair with English and stay out of pivots", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    const itEn = await loadLexicon({ sourceLang: "it", targetLang: "en" });
    expect(itEn.notes[0]).toMatch(/freedict-ita-eng.*ita-eng\.tsv/u);
    expect(itEn.lexicon?.forward.get("governo")).toEqual(expect.arrayContaining(["government"]));
    const esEn = await loadLexicon({ sourceLang: "es", targetLang: "en" });
    expect(esEn.lexicon?.forward.get("terremoto")).toEqual(expect.arrayContaining(["earthquake"]));
    expect(readFileSync(italian, "utf8").split("\n")[0]).toMatch(/senses: unordered/u);
    // es–it goes through no list of theirs: FreeDict's ita-spa alone, or a pivot of FreeDict halves.
    const esIt = await loadLexicon({ sourceLang: "es", targetLang: "it" });
    expect(esIt.notes.join(" ")).not.toMatch(/(?:ita|spa)-eng\.tsv/u);
  });
});

// What scripts/fetch-wordfreq.sh wrote at set-up (scripts/setup.sh runs it; CI too).
const chineseWords = path.join(lexiconDataDirectory(), "wordfreq", "zh.txt");
describe("the wordfreq lists, as set-up converted them", () => {
  it.skipIf(!existsSync(chineseWords))("let a pivot into Chinese keep the common words of a phrase, in both scripts", async () => {
    process.env.TANDEM_LEXICON_CACHE = "off";
    // English "war" glosses more than six Chinese words (the two scripts count apart); CC-CEDICT's
    // order put 战争 beyond the sixth.
    const frZh = await loadLexicon({ sourceLang: "fr", targetLang: "zh" });
    expect(frZh.notes[0]).toMatch(/via en/u);
    expect(frZh.lexicon?.forward.get("guerre")?.slice(0, 2)).toEqual(["战争", "戰爭"]);
    process.env.TANDEM_LEXICON_DIR = path.join(root, "no-lists");
    const plain = await loadLexicon({ sourceLang: "fr", targetLang: "zh" });
    expect(plain.lexicon?.forward.get("guerre")).not.toContain("战争");
    expect(readFileSync(path.join(path.dirname(chineseWords), "COPYRIGHT"), "utf8")).toMatch(/CC BY-SA 4\.0/u);
  });
});
