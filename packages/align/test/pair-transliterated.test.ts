import { describe, expect, it } from "vitest";
import { pairDocuments } from "../src/pairing/pair-documents.js";
import { extractPairFeatures } from "../src/pairing/pair-features.js";

// One news item as a Russian and an English agency write it: the Russian inflects the names
// (Токаевым, Касым-Жомартом) and transliterates them with other vowels and letters than the English.
const RU = [
  "Владимир Путин провёл телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым.",
  "Как сообщает пресс-служба Кремля, Путин и Токаев обсудили подготовку к саммиту в Астане 14 октября.",
  "Президент России поздравил Касым-Жомарта Токаева с днём рождения.",
].join(" ");
const EN = [
  "Russian President Vladimir Putin held a phone call with Kazakh President Kassym-Jomart Tokayev, the Kremlin said.",
  "Putin and Tokayev discussed the summit in Astana on October 14.",
  "The Russian leader also wished Tokayev a happy birthday.",
].join(" ");

// An Arabic report and its English counterpart: Arabic has no capitals, so no word of it is a
// "name"; the names only meet as sound keys (جوتيريش / Guterres, ترامب / Trump).
const AR = [
  "قال أنطونيو جوتيريش الأمين العام للأمم المتحدة إنه يرحب بالاتفاق بين الإمارات وإسرائيل.",
  "وأعلن الرئيس الأمريكي دونالد ترامب يوم الخميس أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو وولي عهد أبوظبي اتفقا على تطبيع العلاقات.",
  "وقال المتحدث ستيفان دوجاريك إن جوتيريش يأمل في فتح فرص الحوار.",
].join(" ");
const EN_AR = [
  "UN Secretary-General Antonio Guterres welcomed the agreement between the United Arab Emirates and Israel.",
  "US President Donald Trump announced on Thursday that Israeli Prime Minister Benjamin Netanyahu and the Crown Prince of Abu Dhabi had agreed to normalise relations.",
  "Spokesman Stephane Dujarric said Guterres hoped it would open opportunities for dialogue.",
].join(" ");

// An unrelated English report, to be left single.
const EN_OTHER = [
  "The European Commission approved a state aid scheme for German farmers on Monday.",
  "Commissioner Margrethe Vestager said the scheme of 300 million euros respects the rules.",
].join(" ");

describe("pairing across scripts", () => {
  it("meets a Russian inflected name and its English spelling (Токаевым / Tokayev, Касым / Kassym)", () => {
    const ru = extractPairFeatures(RU).anchors;
    const en = extractPairFeatures(EN).anchors;
    const shared = [...ru.keys()].filter((key) => en.has(key));
    expect(shared.map((key) => `${ru.get(key)}=${en.get(key)}`)).toEqual(expect.arrayContaining(["Токаевым=Tokayev", "Касым-Жомартом=Kassym-Jomart"]));
  });

  it("pairs the Russian and English reports on the names they transliterate differently", async () => {
    const { pairs } = await pairDocuments([
      { id: "ru.txt", lang: "ru", text: RU },
      { id: "en.txt", lang: "en", text: EN },
      { id: "other.txt", lang: "en", text: EN_OTHER },
    ]);
    expect(pairs.map((pair) => [pair.source, pair.target])).toEqual([["en.txt", "ru.txt"]]);
  });

  it("pairs an Arabic report with its English counterpart on transliterated names, and not with an unrelated one", async () => {
    const { pairs } = await pairDocuments([
      { id: "ar.txt", lang: "ar", text: AR },
      { id: "en.txt", lang: "en", text: EN_AR },
      { id: "other.txt", lang: "en", text: EN_OTHER },
    ]);
    expect(pairs.map((pair) => [pair.source, pair.target])).toEqual([["ar.txt", "en.txt"]]);
    const reasons = pairs[0]!.reasons.map((reason) => `${reason.source}=${reason.target}`);
    expect(reasons).toEqual(expect.arrayContaining(["جوتيريش=Guterres", "ترامب=Trump"]));
  });

  it("does not pair an Arabic report with an English one that shares none of its names", async () => {
    const { pairs } = await pairDocuments([
      { id: "ar.txt", lang: "ar", text: AR },
      { id: "other.txt", lang: "en", text: EN_OTHER },
    ]);
    expect(pairs).toEqual([]);
  });
});
