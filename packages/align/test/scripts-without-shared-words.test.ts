import { describe, expect, it } from "vitest";
import { createLexicalScorer, parseUnihanReadings, PINYIN, pinyinSide, sinoReadingEntries, transliterationSide } from "@tandem/align";
import { stemToken } from "../src/lexicon/lexicon-stem-index.js";
import { spelledForm } from "../src/lexicon/sound-key.js";

// Lines of Unicode 15's Unihan_Readings.txt and Unihan_Variants.txt (Debian unicode-data 15.0.0),
// for the characters the sentences below use.
const READINGS = [
  "U+4E3B\tkHangul\t주:0E", "U+4E3B\tkVietnamese\tchúa", "U+4EA4\tkHangul\t교:0E", "U+4EA4\tkVietnamese\tgiao",
  "U+4F1A\tkHangul\t회:N", "U+4F1A\tkVietnamese\thội", "U+4FC2\tkHangul\t계:0E", "U+4FC2\tkVietnamese\thệ",
  "U+56FD\tkHangul\t국:N", "U+570B\tkHangul\t국:0E", "U+570B\tkVietnamese\tquốc", "U+5916\tkHangul\t외:0E",
  "U+5916\tkVietnamese\tngoại", "U+5B98\tkHangul\t관:0E", "U+5B98\tkVietnamese\tquan", "U+5BB6\tkHangul\t가:0E",
  "U+5BB6\tkVietnamese\tgia", "U+5E73\tkHangul\t평:0E", "U+5E73\tkVietnamese\tbình", "U+6703\tkHangul\t회:0E",
  "U+6703\tkVietnamese\thội", "U+7FD2\tkHangul\t습:0E", "U+7FD2\tkVietnamese\ttập", "U+8AC7\tkHangul\t담:0E",
  "U+8AC7\tkVietnamese\tđàm", "U+8FD1\tkHangul\t근:0E", "U+8FD1\tkVietnamese\tcận", "U+90E8\tkHangul\t부:0E",
  "U+90E8\tkVietnamese\tbộ", "U+9577\tkHangul\t장:0E", "U+9577\tkVietnamese\ttrường", "U+95DC\tkHangul\t관:0E",
  "U+95DC\tkVietnamese\tquan",
].join("\n");
const VARIANTS = ["U+56FD\tkTraditionalVariant\tU+570B", "U+95A2\tkSemanticVariant\tU+95D7<kMatthews U+95DC<kMatthews U+28DB9<kLau"].join("\n");

describe("Unihan readings", () => {
  it("reads a language's readings, folded as its tokens are, and lends a variant's to a character with none", () => {
    const vi = parseUnihanReadings(READINGS, "vi", VARIANTS)!;
    const ko = parseUnihanReadings(READINGS, "ko", VARIANTS)!;
    expect([vi.readings.get("國"), vi.readings.get("国"), vi.readings.get("談")]).toEqual([["quoc"], ["quoc"], ["dam"]]);
    expect([ko.readings.get("関"), ko.readings.get("國"), ko.readings.get("会")]).toEqual([["관"], ["국"], ["회"]]);
    expect(parseUnihanReadings(READINGS, "th")).toBeUndefined();
  });

  it("ties a Japanese sentence to the Korean one that reads its kanji words", async () => {
    // From a Yonhap report and the Japanese foreign ministry's readout of the same meeting (29 Oct 2025).
    const korean = ["조현 외교부 장관은 이날 오후 모테기 외무상과 회담을 가졌다.", "양국 관계가 안정적으로 발전할 수 있도록 노력하기로 했다."];
    const japanese = ["両外相は、日韓関係を安定的に発展させていくことで一致しました。", "茂木大臣は、趙外交部長官と日韓外相会談を行いました。"];
    const hanReadings = parseUnihanReadings(READINGS, "ko", VARIANTS)!;
    const read = await createLexicalScorer({ sourceLang: "ko", targetLang: "ja", hanReadings }).prepare(korean, japanese, { maxBead: 4 });
    const blind = await createLexicalScorer({ sourceLang: "ko", targetLang: "ja" }).prepare(korean, japanese, { maxBead: 4 });
    expect(read.signals(0, 1, 1, 2).sourceCoverage).toBeGreaterThan(0.2);
    expect(blind.signals(0, 1, 1, 2).sourceCoverage).toBe(0);
    expect(read.similarity(0, 1, 1, 2)).toBeGreaterThan(read.similarity(0, 1, 0, 1));
    expect(read.similarity(1, 2, 0, 1)).toBeGreaterThan(read.similarity(1, 2, 1, 2));
  });

  it("ties a Chinese name to its Sino-Vietnamese spelling, syllable by syllable and in order", async () => {
    const chinese = ["国家主席习近平会见外交部长。", "会议在北京举行。"];
    const vietnamese = ["Hội nghị diễn ra tại Bắc Kinh.", "Chủ tịch Tập Cận Bình gặp Bộ trưởng Ngoại giao."];
    const hanReadings = parseUnihanReadings(READINGS, "vi", VARIANTS)!;
    const read = await createLexicalScorer({ sourceLang: "zh", targetLang: "vi", hanReadings }).prepare(chinese, vietnamese, { maxBead: 4 });
    expect(read.signals(0, 1, 1, 2).sourceCoverage).toBeGreaterThan(0);
    expect(read.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
    // The same syllables out of order are no reading of the name.
    const shuffled = await createLexicalScorer({ sourceLang: "zh", targetLang: "vi", hanReadings }).prepare(["习近平"], ["Bình Cận Tập"], { maxBead: 4 });
    expect(shuffled.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
  });
});

describe("Hindi words and short names", () => {
  it("gives an inflected Hindi word and its dictionary form one stem, whatever the nasal mark", () => {
    expect(stemToken("लोगों", 6)).toBe(stemToken("लोग", 6));
    expect(stemToken("शुभकामनाएँ", 6)).toBe(stemToken("शुभकामनाएं", 6));
    expect(stemToken("बढ़ना", 6)).toBe(stemToken("बढना", 6));
    expect(stemToken("people", 6)).toBe("people");
  });

  it("matches a short name across scripts by its spelling, vowels and all", async () => {
    expect([spelledForm("मोदी"), spelledForm("ओली"), spelledForm("Оли"), spelledForm("pm")]).toEqual(["modi", "oli", "oli", undefined]);
    const hindi = ["ओली ने मोदी को फोन किया।", "बैठक कल होगी।"];
    const english = ["The meeting is tomorrow.", "Oli called Modi."];
    const prepared = await createLexicalScorer({ sourceLang: "hi", targetLang: "en" }).prepare(hindi, english, { maxBead: 4 });
    expect(prepared.signals(0, 1, 1, 2).sourceCoverage).toBeGreaterThan(0.3);
    expect(prepared.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
  });
});

describe("acronyms spelt out", () => {
  it("spells a Latin acronym with its letters' names as other scripts write them", async () => {
    const { acronymSpellings, spelledForm: spelt } = await import("../src/lexicon/sound-key.js");
    expect(acronymSpellings("pm")).toContain(spelt("पीएम"));
    expect(acronymSpellings("kp")).toContain(spelt("केपी"));
    expect(acronymSpellings("un")).toEqual(expect.arrayContaining([spelt("유엔"), spelt("ユーエヌ")]));
    expect([acronymSpellings("p"), acronymSpellings("nasdaq"), acronymSpellings("мид")]).toEqual([[], [], []]);
  });
});

describe("phrases written as one word in another script", () => {
  it("lets each word of an English phrase meet the one word another script writes for it, but not between Latin languages", async () => {
    const { createLexicon } = await import("@tandem/align");
    const { lexiconStemIndex } = await import("../src/lexicon/lexicon-stem-index.js");
    // Two entries of FreeDict eng-hin 1.6 and one of the same shape between two Latin languages.
    const hindi = createLexicon({
      sourceLang: "en",
      targetLang: "hi",
      dictionaries: [{ from: "en", to: "hi", entries: new Map([["prime minister", ["प्रधानमंत्री"]], ["minister", ["मंत्री"]]]) }],
    });
    const german = createLexicon({ sourceLang: "en", targetLang: "de", dictionaries: [{ from: "en", to: "de", entries: new Map([["prime minister", ["Premierminister"]]]) }] });
    expect([...(lexiconStemIndex(hindi, 6).stems.get("prime") ?? [])]).toEqual([stemToken("प्रधानमंत्री", 6)]);
    expect(lexiconStemIndex(german, 6).stems.get("prime")).toBeUndefined();
  });
});

describe("sound keys in scripts that ICU cuts into words", () => {
  it("asks a Thai word for the same key, with no ending or one-consonant slack", async () => {
    const coverage = async (thai: string, english: string) =>
      (await createLexicalScorer({ sourceLang: "th", targetLang: "en" }).prepare([thai], [english], { maxBead: 4 })).signals(0, 1, 0, 1).sourceCoverage;
    expect(await coverage("ทรัมป์", "Trump")).toBeGreaterThan(0);
    // ประเทศไทย (Thailand) "prtst" once met "bread" "prt"; ธรรมชาติ (nature) "trnst" met "Thailand" "trnt".
    expect(await coverage("ประเทศไทย", "bread")).toBe(0);
    expect(await coverage("ธรรมชาติ", "Thailand")).toBe(0);
  });
});

describe("Sino-Vietnamese words from a Chinese dictionary", () => {
  it("reads Chinese words into Vietnamese phrases with their translations, and leaves homophones out", async () => {
    const { sinoReadingEntries } = await import("@tandem/align");
    const vi = parseUnihanReadings(READINGS, "vi", VARIANTS)!;
    // CC-CEDICT's 國家/国家 and 外交 (traditional and simplified share glosses: one word).
    const chinese = new Map([["國家", ["country", "nation"]], ["国家", ["country", "nation"]], ["外交", ["diplomacy"]], ["主席", ["chairman"]]]);
    const entries = sinoReadingEntries(chinese, vi);
    expect([...entries]).toEqual([["quoc gia", ["country", "nation"]], ["ngoai giao", ["diplomacy"]]]);
    const crowded = new Map(["甲", "乙", "丙", "丁"].map((word, k) => [`${word}交`, [`meaning ${k}`]] as const));
    const homophones = parseUnihanReadings("U+7532\tkVietnamese\tgiáp\nU+4E59\tkVietnamese\tgiáp\nU+4E19\tkVietnamese\tgiáp\nU+4E01\tkVietnamese\tgiáp\nU+4EA4\tkVietnamese\tgiao", "vi")!;
    expect(sinoReadingEntries(crowded, homophones).size).toBe(0);
  });

  it("matches a Vietnamese word of two syllables as one token, not each syllable by its stem", async () => {
    const { createLexicon } = await import("@tandem/align");
    const entries = sinoReadingEntries(new Map([["外交", ["diplomacy"]], ["國家", ["country"]]]), parseUnihanReadings(READINGS, "vi", VARIANTS)!);
    const lexicon = createLexicon({ sourceLang: "vi", targetLang: "en", dictionaries: [{ from: "vi", to: "en", entries }] });
    const vietnamese = ["Bộ Ngoại giao đã ra thông báo.", "Quốc gia nào cũng có ngoại hình riêng."];
    const english = ["The country has its own look.", "Diplomacy services released a statement."];
    const prepared = await createLexicalScorer({ sourceLang: "vi", targetLang: "en", lexicon }).prepare(vietnamese, english, { maxBead: 4 });
    expect(prepared.signals(0, 1, 1, 2).sourceCoverage).toBeGreaterThan(0);
    // "ngoại hình" (looks) shares a syllable with "ngoại giao", and is no diplomacy.
    expect(prepared.signals(1, 2, 1, 2).sourceCoverage).toBe(0);
    expect(prepared.signals(1, 2, 0, 1).sourceCoverage).toBeGreaterThan(0);
  });
});

describe("Sino-Korean words from a Chinese dictionary", () => {
  it("reads Chinese words into Korean ones, found in running text with their particles", async () => {
    const { createLexicon } = await import("@tandem/align");
    const { koreanForms } = await import("../src/lexicon/translation-stems.js");
    const ko = parseUnihanReadings(READINGS, "ko", VARIANTS)!;
    const entries = sinoReadingEntries(new Map([["外交部", ["foreign ministry"]], ["會談", ["talks"]], ["会谈", ["talks"]]]), ko);
    expect([...entries]).toEqual([["외교부", ["foreign ministry"]], ["회담", ["talks"]]]);
    expect(koreanForms("외교부가")).toEqual(["외교부가", "외교부", "외교"]);
    expect(koreanForms("talks")).toEqual(["talks"]);
    const lexicon = createLexicon({ sourceLang: "ko", targetLang: "en", dictionaries: [{ from: "ko", to: "en", entries }] });
    // From a Yonhap report (29 Oct 2025), and an English rendering of it.
    const korean = ["조현 장관은 모테기 외무상과 회담을 갖고 의견을 교환했다고 외교부가 전했다.", "양측은 한반도 문제도 논의했다."];
    const english = ["Both sides also discussed the peninsula.", "Minister Cho held talks with Motegi, the foreign ministry said."];
    for (const [sourceLang, targetLang, source, target, i, j] of [["ko", "en", korean, english, 0, 1], ["en", "ko", english, korean, 1, 0]] as const) {
      const prepared = await createLexicalScorer({ sourceLang, targetLang, lexicon }).prepare(source, target, { maxBead: 4 });
      const blind = await createLexicalScorer({ sourceLang, targetLang }).prepare(source, target, { maxBead: 4 });
      // 외교부가 and 회담을 meet "foreign ministry" and "talks" (모테기 / Motegi matches either way).
      expect(prepared.signals(i, i + 1, j, j + 1).sourceCoverage).toBeGreaterThan(blind.signals(i, i + 1, j, j + 1).sourceCoverage + 0.1);
      expect(prepared.similarity(i, i + 1, j, j + 1)).toBeGreaterThan(prepared.similarity(i, i + 1, 1 - j, 2 - j));
    }
  });
});

describe("Chinese names in pinyin", () => {
  // Unihan kMandarin lines (Debian unicode-data 15.0.0) for the characters below.
  const MANDARIN = [
    "U+5317\tkMandarin\tběi", "U+4EAC\tkMandarin\tjīng", "U+4E60\tkMandarin\txí", "U+8FD1\tkMandarin\tjìn",
    "U+5E73\tkMandarin\tpíng", "U+534E\tkMandarin\thuá", "U+6625\tkMandarin\tchūn", "U+83B9\tkMandarin\tyíng",
    "U+6211\tkMandarin\twǒ", "U+4EEC\tkMandarin\tmen", "U+5AE6\tkMandarin\tcháng", "U+5A25\tkMandarin\té",
    "U+62DC\tkMandarin\tbài", "U+767B\tkMandarin\tdēng",
    "U+91CD\tkHanyuPinlu\tzhòng(1823) chóng(329)", "U+91CD\tkMandarin\tzhòng", "U+91CD\tkXHC1983\t0149.100:chóng 1502.040:zhòng",
    "U+5E86\tkMandarin\tqìng", "U+56FE\tkMandarin\ttú", "U+5B89\tkMandarin\tān",
    "U+603B\tkMandarin\tzǒng", "U+7406\tkMandarin\tlǐ", "U+65AF\tkMandarin\tsī", "U+5854\tkMandarin\ttǎ", "U+9ED8\tkMandarin\tmò",
  ].join("\n");
  const pinyin = parseUnihanReadings(MANDARIN, PINYIN)!;
  /** The lexical scorer (no lexicon) prepared for Chinese sentences against `other`'s, with the pinyin readings. */
  const withPinyin = (lang: string, chinese: string[], other: string[]) =>
    createLexicalScorer({ sourceLang: "zh", targetLang: lang, pinyin }).prepare(chinese, other, { maxBead: 4 });

  it("reads kMandarin with its tones folded", () => {
    expect([pinyin.readings.get("北"), pinyin.readings.get("娥")]).toEqual([["bei"], ["e"]]);
    // The usual reading first, then the others of the frequency list and the dictionaries.
    expect(pinyin.readings.get("重")).toEqual(["zhong", "chong"]);
    expect([pinyinSide("zh", "fr"), pinyinSide("de", "zh"), pinyinSide("zh", "vi"), pinyinSide("ja", "en")]).toEqual(["source", "target", undefined, undefined]);
  });

  it("ties Chinese characters to the names another language writes for them in pinyin", async () => {
    // The Chinese foreign ministry's announcement of 13 Nov 2021 and a French report of it.
    const chinese = ["外交部发言人华春莹宣布，习近平将在北京同美国总统举行视频会晤。", "我们将就共同关心的问题交换意见。"];
    const french = ["Les deux dirigeants échangeront leurs vues sur des questions d'intérêt commun.", "Xi Jinping rencontrera le président américain par vidéo depuis Beijing, a annoncé Hua Chunying."];
    const read = await withPinyin("fr", chinese, french);
    const blind = await createLexicalScorer({ sourceLang: "zh", targetLang: "fr" }).prepare(chinese, french, { maxBead: 4 });
    expect(blind.signals(0, 1, 1, 2).sourceCoverage).toBe(0);
    expect(read.signals(0, 1, 1, 2).sourceCoverage).toBeGreaterThan(0.2);
    expect(read.similarity(0, 1, 1, 2)).toBeGreaterThan(read.similarity(0, 1, 0, 1));
    // 重庆 is Chongqing by 重's second reading.
    const city = await withPinyin("en", ["重庆。"], ["Police in Chongqing arrested two men."]);
    expect(city.signals(0, 1, 0, 1).sourceCoverage).toBeGreaterThan(0);
  });

  it("ties a foreign name written in transliteration characters to its Latin spelling by sound", async () => {
    // 拜登 reads "baideng": no spelling of "Biden", but the same consonants (b d n).
    const read = await withPinyin("de", ["拜登在北京。", "我们在。"], ["Präsident Biden besuchte China.", "Es regnete."]);
    expect(read.signals(0, 1, 0, 1).sourceCoverage).toBeGreaterThan(0);
    expect(read.similarity(0, 1, 0, 1)).toBeGreaterThan(read.similarity(0, 1, 1, 2));
    // 总理斯塔默, "prime minister Starmer": 理 of 总理 is a transliteration character too; the name is the run's end.
    const title = await withPinyin("de", ["总理斯塔默在北京。", "我们在。"], ["Premierminister Keir Starmer reiste an.", "Es regnete."]);
    expect(title.signals(0, 1, 0, 1).sourceCoverage).toBeGreaterThan(0);
    // 北京 is no transliteration run ("beijing" by sound would be "psn"): it meets no name by its key.
    const other = await withPinyin("de", ["北京。"], ["Präsident Basin sprach."]);
    expect(other.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
  });

  it("reads a Vietnamese page's foreign names by sound, but spells no Vietnamese name in pinyin", async () => {
    // Vietnamese writes "Biden" as it is, and Chinese names in Sino-Vietnamese (the Unihan readings do those).
    const foreign = await withPinyin("vi", ["拜登在。"], ["Tổng thống Biden đến Hà Nội."]);
    expect(foreign.signals(0, 1, 0, 1).sourceCoverage).toBeGreaterThan(0);
    // 图安 reads "tuan", as the Vietnamese name Tuấn is folded; in English it would be a name.
    const vietnamese = await withPinyin("vi", ["图安。"], ["Ông Tuấn đến."]);
    expect(vietnamese.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
    const english = await withPinyin("en", ["图安。"], ["Mister Tuan came."]);
    expect(english.signals(0, 1, 0, 1).sourceCoverage).toBeGreaterThan(0);
    expect([transliterationSide("zh", "vi"), transliterationSide("ja", "zh"), pinyinSide("zh", "vi")]).toEqual(["source", undefined, undefined]);
  });

  it("leaves words alone that only begin a sentence, and single syllables", async () => {
    // 我们 reads "women": an English word, not a name, when it begins the sentence or is written small.
    const chinese = ["我们在北京。"];
    for (const english of ["Women met in the capital.", "The women met in the capital."]) {
      const read = await withPinyin("en", chinese, [english]);
      expect(read.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
    }
    // One character is one syllable ("Xi"): too many words of other languages are one.
    const one = await withPinyin("en", ["习。"], ["President Xi spoke."]);
    expect(one.signals(0, 1, 0, 1).sourceCoverage).toBe(0);
  });
});
