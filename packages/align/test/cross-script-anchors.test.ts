import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignSentences, createLexicalScorer, createLexicon, tokenizeForMatching } from "@tandem/align";
import { dateAnchors } from "../src/lexicon/date-anchors.js";
import { normalizeDigits } from "../src/lexicon/normalize-digits.js";
import { eraYear } from "../src/lexicon/era-years.js";
import { soundKey } from "../src/lexicon/sound-key.js";
import { buildTokenSide } from "../src/scoring/build-token-side.js";
import { soundCandidates, type SoundLangs } from "../src/scoring/sound-candidates.js";
import { stemArabic, stripArabicClitics } from "../src/lexicon/strip-arabic-clitics.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/align/cross-script");
const lines = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n");

describe("anchors for pairs without a dictionary", () => {
  it("reads the digits of every script as ASCII digits", () => {
    expect(normalizeDigits("٣١ ۳۱ ३१ ৩১ ๓๑ 31")).toBe("31 31 31 31 31 31");
    expect(tokenizeForMatching("في ٣١ أغسطس ٢٠٢٠ ３１")).toEqual(["في", "31", "اغسطس", "2020", "31"]);
  });

  it("cuts Japanese and Thai into words and keeps the vowel marks of Devanagari", () => {
    expect(tokenizeForMatching("トランプ大統領は電話会談を行った。")).toEqual(["トランプ", "大統領", "は", "電話", "会談", "を", "行", "っ", "た"]);
    expect(tokenizeForMatching("ทรัมป์เดินทางไปปราก")).toContain("ทรัมป์");
    expect(tokenizeForMatching("प्रधानमंत्री मोदी")).toEqual(["प्रधानमंत्री", "मोदी"]);
  });

  it("writes a day of the year the same way in every language", () => {
    const cases: [string, string][] = [
      ["Ngày 31 tháng 8, đoàn đã đến Hà Nội.", "vi"],
      ["On August 31st the delegation arrived.", "en"],
      ["代表団は8月31日に到着した。", "ja"],
      ["Делегация прибыла 31 августа.", "ru"],
      ["La délégation est arrivée le 31 août.", "fr"],
      ["Η αντιπροσωπεία έφτασε στις 31 Αυγούστου.", "el"],
      ["وصل الوفد في ٣١ أغسطس.", "ar"],
      ["Die Delegation kam am 31.08.2024 an.", "de"],
      ["대표단은 8월 31일 도착했다.", "ko"],
    ];
    for (const [sentence, lang] of cases) expect([sentence, dateAnchors(sentence, lang)]).toEqual([sentence, ["8m31"]]);
    expect(dateAnchors("tháng 12 năm 2024", "vi")).toEqual([]);
    expect(dateAnchors("It grew by 3 per cent in August 2024.", "en")).toEqual([]);
    expect(dateAnchors("Khoảng 13 giờ ngày 19.7, tàu Vịnh Xanh 58 bị lật.", "vi")).toEqual(dateAnchors("當地時間7月19日約1時45分", "zh"));
    // A slashed date with its year: day and month both ways (31/8/2024 is unambiguous, 5/8/2024 is not).
    expect(dateAnchors("Ông từ trần vào hồi 13h38' ngày 31/8/2024 tại Hà Nội.", "vi")).toEqual(["8m31"]);
    expect(dateAnchors("The ceasefire began on 8/31/24 at noon.", "en")).toEqual(["8m31"]);
    expect(dateAnchors("Firmado el 5/8/2024 en Madrid.", "es")).toEqual(["8m5", "5m8"]);
    expect(dateAnchors("Version 1/2/3 of the plan.", "en")).toEqual([]);
    // Regional month names: Levantine and Maghreb Arabic, Austrian German, Peruvian Spanish.
    expect(dateAnchors("وصل الوفد إلى دمشق في 14 آب الماضي.", "ar")).toEqual(["8m14"]);
    expect(dateAnchors("أعلن ذلك يوم 14 تموز/يوليو.", "ar")).toEqual(["7m14"]);
    expect(dateAnchors("وقع الاتفاق في 3 غشت.", "ar")).toEqual(["8m3"]);
    expect(dateAnchors("Am 14. Jänner trat der Landtag zusammen.", "de")).toEqual(["1m14"]);
    expect(dateAnchors("El 14 de setiembre se reunió el Congreso.", "es")).toEqual(["9m14"]);
    // A Persian date is in the Solar Hijri calendar: no Gregorian anchor for it (23 Mordad is not a day of July or August).
    expect(dateAnchors("در ۲۳ مرداد جلسه برگزار شد.", "fa")).toEqual([]);
    expect(dateAnchors("در ۱۴ اوت ۲۰۲۰ جلسه برگزار شد.", "fa")).toEqual(["8m14"]);
  });

  it("reads a Serbian Latin date with its case ending, and a Thai year in the Buddhist era", () => {
    expect(dateAnchors("Putin je pozvao Makrona na proslavu 9. maja 2020. u Moskvi.", "sr")).toEqual(["5m9"]);
    expect(dateAnchors("Proslava je zakazana za 9. maj.", "hr")).toEqual(["5m9"]);
    expect(dateAnchors("Свято відбудеться 9 травня.", "uk")).toEqual(["5m9"]);
    expect(eraYear("2561", "th")).toBe("2018");
    expect(eraYear("2561", "en")).toBeUndefined();
    expect(eraYear("1999", "th")).toBeUndefined();
  });

  it("takes the joined article and conjunction off Arabic words, and nothing off other words", () => {
    expect(tokenizeForMatching("وقالت الحكومة الماليزية والأمم المتحدة")).toEqual(["قالت", "حكومة", "ماليزية", "امم", "متحدة"]);
    expect(stripArabicClitics("ولد")).toBe("ولد");
    expect(stripArabicClitics("وال")).toBe("وال");
    expect(stripArabicClitics("valley")).toBe("valley");
    // "ف" begins words as often as it joins them: Palestine and opportunity keep it.
    expect(tokenizeForMatching("دولة فلسطينية وفرصة")).toEqual(["دولة", "فلسطينية", "فرصة"]);
  });

  it("looks Arabic words up by their light10 stem, so that plurals, the feminine and joined pronouns meet the headword", async () => {
    expect(["قرارات", "حكومة", "حكومه", "حكومته", "بيته", "اسرائيليين"].map(stemArabic)).toEqual(["قرار", "حكوم", "حكوم", "حكوم", "بيت", "اسرائيل"]);
    expect(stemArabic("state")).toBe("state");
    const lexicon = createLexicon({
      sourceLang: "ar",
      targetLang: "en",
      dictionaries: [{ from: "ar", to: "en", entries: new Map([["قرار", ["resolution"]], ["حكومة", ["government"]], ["إسرائيلي", ["Israeli"]]]) }],
    });
    const scorer = createLexicalScorer({ sourceLang: "ar", targetLang: "en", lexicon });
    // Resolutions, his government, the Israelis: none is a headword as written.
    const prepared = await scorer.prepare(["قرارات حكومته والإسرائيليين"], ["The resolutions of his government and the Israelis."], { maxBead: 4 });
    expect(prepared.signals(0, 1, 0, 1).sourceCoverage).toBe(1);
  });

  it("expects lengths from the sentences the anchors tie together, not from pages of unequal extent", async () => {
    // A Thai page cut short against its full English version: four more English sentences.
    const thai = ["นายกรัฐมนตรีพบกับ Trump เมื่อวันที่ 22 พฤศจิกายน 2561", "การประชุมมีผู้เข้าร่วม 140 คน", "สมาคม Czech-Thai Society จัดงาน 15 ครั้ง"];
    const english = [
      "The Prime Minister met Trump on 22 November 2018.",
      "The meeting had 140 participants.",
      "The Czech-Thai Society has held 15 events.",
      ...Array.from({ length: 4 }, (_, k) => `Background paragraph ${"about the long tradition of the festival and its customs ".repeat(3)}part ${String.fromCharCode(97 + k)}.`),
    ];
    const prepared = await createLexicalScorer({ sourceLang: "th", targetLang: "en" }).prepare(thai, english, { maxBead: 4 });
    for (let k = 0; k < 3; k++) expect(prepared.signals(k, k + 1, k, k + 1).length).toBeGreaterThan(0.3);
  });

  it("spells Ukrainian and Russian cognates alike", async () => {
    expect(tokenizeForMatching("Міністр економіки Ґданська")).toEqual(tokenizeForMatching("Министр экономики Гданська"));
    expect(tokenizeForMatching("вибори")).toEqual(["вибори"]);
    expect(tokenizeForMatching("выборы")).toEqual(["вибори"]);
    // A uk–ru pair with no dictionary: the cognates carry the right pairs.
    const uk = ["Міністр економіки провів зустріч з інвесторами.", "Вибори відбудуться навесні."];
    const ru = ["Министр экономики провёл встречу с инвесторами.", "Выборы пройдут весной."];
    const prepared = await createLexicalScorer({ sourceLang: "uk", targetLang: "ru" }).prepare(uk, ru, { maxBead: 4 });
    expect(prepared.similarity(0, 1, 0, 1)).toBeGreaterThan(prepared.similarity(0, 1, 1, 2));
    expect(prepared.similarity(1, 2, 1, 2)).toBeGreaterThan(prepared.similarity(1, 2, 0, 1));
    expect(prepared.signals(0, 1, 0, 1).sourceCoverage).toBeGreaterThan(0.5);
  });

  it("gives one sound key to a name written in different scripts", () => {
    expect(soundKey("Путин")).toBe(soundKey("Putin"));
    for (const trump of ["Трамп", "ترامب", "トランプ", "트럼프", "ट्रम्प", "ทรัมป์"]) expect([trump, soundKey(trump)]).toEqual([trump, soundKey("trump")]);
    expect(soundKey("ポンペオ")).toBe(soundKey("Pompeo"));
    expect(soundKey("習近平")).toBeUndefined();
  });

  it("matches names by sound with their endings, and lets an English word add only an s", () => {
    const matches = (source: string, target: string, langs: SoundLangs) => {
      const [s, t] = [buildTokenSide([source], 1), buildTokenSide([target], 1)];
      return soundCandidates(s, t, langs).flatMap((list, type) => [...list].map((id) => `${s.words[type]}/${t.words[id]}`));
    };
    const bnEn = { source: "bn", target: "en" };
    expect(matches("Μητσοτάκη", "Mitsotakis", { source: "el", target: "en" })).toEqual(["μητσοτακη/mitsotakis"]);
    // Greek writes b, d as μπ, ντ: Biden, Donald, Erdogan.
    expect(matches("Μπάιντεν Ντόναλντ Ερντογάν", "Biden Donald Erdogan", { source: "el", target: "en" })).toEqual([
      "μπαιντεν/biden",
      "ντοναλντ/donald",
      "ερντογαν/erdogan",
    ]);
    // Cyrillic в that begins a word and Greek χ write English w and h.
    expect(matches("Вашингтон", "Washington", { source: "ru", target: "en" })).toEqual(["вашингтон/washington"]);
    expect(matches("Νετανιάχου", "Netanyahu", { source: "el", target: "en" })).toEqual(["νετανιαχου/netanyahu"]);
    expect(matches("Токаевым", "Tokayev", { source: "ru", target: "en" })).toEqual(["токаевим/tokayev"]);
    expect(matches("প্রচন্ড", "Prachanda", bnEn)).toEqual(["প্রচন্ড/prachanda"]);
    // ভারত (India) "prt" / bilateral "prtr", বলেছেন (said) "prsn" / Prachanda "prsnt": English adds no such ending.
    expect(matches("ভারত বলেছেন", "bilateral Prachanda", bnEn)).toEqual([]);
    expect(matches("صادر", "struck", { source: "ar", target: "en" })).toEqual([]);
    // Arabic ج writes g as well as j.
    expect(matches("جوتيريش جونسون", "Guterres Johnson", { source: "ar", target: "en" })).toEqual(["جوتيريش/guterres", "جونسون/johnson"]);
    // Japanese grammar in hiragana is no name (における "nkr" / 나가기로 "nkr"); katakana names are.
    expect(matches("나가기로 트럼프는", "における トランプ", { source: "ko", target: "ja" })).toEqual(["트럼프는/トランプ"]);
    // A word the lexicon knows is ordinary: συμβούλιο (council) "snfr" is one consonant from essential "sntr".
    const ordinary = { source: "el", target: "en", sourceOrdinary: (word: string) => word === "συμβουλιο" };
    expect(matches("συμβούλιο", "essential", { source: "el", target: "en" })).toEqual(["συμβουλιο/essential"]);
    expect(matches("συμβούλιο", "essential", ordinary)).toEqual([]);
    // Polish declines names: "Trumpem" (instrumental) still meets Трамп.
    expect(matches("Трамп", "Trumpem", { source: "ru", target: "pl" })).toEqual(["трамп/trumpem"]);
  });

  for (const name of readdirSync(fixtures)) {
    it(`aligns ${name} on names, numbers and dates alone`, async () => {
      const [sourceLang, targetLang] = name.split("-") as [string, string];
      const source = lines(path.join(fixtures, name, "source.txt"));
      const target = lines(path.join(fixtures, name, "target.txt"));
      const expected = JSON.parse(readFileSync(path.join(fixtures, name, "expected.json"), "utf8"));
      const scorer = createLexicalScorer({ sourceLang, targetLang });
      if (Array.isArray(expected)) {
        const { beads, notes } = await alignSentences(source, target, { scorer });
        expect(notes).toContain(`no lexicon for ${sourceLang}-${targetLang}: orthographic + numbers + length only`);
        expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected);
      } else {
        // Each named sentence's best partner among the target sentences is its translation.
        const prepared = await scorer.prepare(source, target, { maxBead: 4 });
        for (const [i, j] of expected.best as [number, number][]) {
          const scores = target.map((_, k) => prepared.similarity(i, i + 1, k, k + 1));
          expect([i, scores.indexOf(Math.max(...scores))]).toEqual([i, j]);
        }
      }
    });
  }
});
