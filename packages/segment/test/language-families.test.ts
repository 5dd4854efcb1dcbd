import { foreignLanguageOf, identifyDocumentLanguage, languageFamily, sameLanguageFamily, segmentDocument } from "@tandem/segment";
import { describe, expect, it } from "vitest";

const lines = (text: string) => text.split("\n");

describe("language families: detection does not flip a document between close languages", () => {
  it("calls Indonesian Indonesian (eld knows only Malay), and Malay Malay when its words say so", () => {
    const indonesian =
      "Menteri Luar Negeri Retno Marsudi mengatakan bahwa pemerintah Indonesia akan terus bekerja sama dengan Amerika Serikat.\n" +
      "Pernyataan tersebut disampaikan setelah pertemuan di kantor kementerian kemarin, karena kedua negara ingin memperkuat hubungan.";
    const malay =
      "Perdana Menteri berkata kerajaan akan mengambil tindakan segera kerana keadaan semakin buruk di bandar itu.\n" +
      "Beliau ialah pemimpin yang dihormati, dan polis sedang menyiasat kejadian semalam menerusi jabatan berkenaan.";
    expect([identifyDocumentLanguage(lines(indonesian)), identifyDocumentLanguage(lines(malay))]).toEqual(["id", "ms"]);
  });

  it("calls ekavian Serbian in Latin script Serbian and ijekavian Croatian Croatian", () => {
    const serbian =
      "Predsednik Srbije je rekao da je vreme za razgovor o budućnosti Evrope i saradnji u regionu.\n" +
      "On je takođe istakao da je bezbednost građana najvažnija i da će se sednica održati u sredu.";
    const croatian =
      "Predsjednik Vlade rekao je da je vrijeme za razgovor o budućnosti Europe i suradnji u regiji.\n" +
      "On je također istaknuo da je sigurnost građana najvažnija i da će se sjednica održati u srijedu.";
    expect([identifyDocumentLanguage(lines(serbian)), identifyDocumentLanguage(lines(croatian))]).toEqual(["sr", "hr"]);
  });

  it("keeps a Japanese page Japanese when its headlines are kanji only", () => {
    // Kanji-only lines outweigh the one line with kana: line by line, this page votes Chinese.
    const japanese = "日米外相電話会談開催\n外務省報道発表平成三十一年一月\n北朝鮮問題日米緊密連携確認\n安保理決議完全履行重要性一致\n両外相は会談を行いました。";
    expect(identifyDocumentLanguage(lines(japanese))).toBe("ja");
    expect(identifyDocumentLanguage(lines("中国外交部发言人今天表示，双方将加强合作。\n会谈在北京举行。"))).toBe("zh");
  });

  it("never tags a line of the document's family foreign; a user's code wins", () => {
    const ukrainianLine = "Президент України заявив, що переговори тривають і сторони шукають компроміс.";
    expect(foreignLanguageOf(ukrainianLine, "ru")).toBeUndefined();
    const doc = segmentDocument(`Переговоры продолжаются в Стамбуле уже третий день подряд.\n${ukrainianLine}`, { lang: "ru" });
    expect(doc.sentences.map((s) => [s.kind, s.lang])).toEqual([
      ["body", "ru"],
      ["body", "ru"],
    ]);
    expect(segmentDocument("Pemerintah mengatakan bahwa polisi sudah tiba di lokasi kejadian kemarin.", { lang: "ms" }).lang).toBe("ms");
  });

  it("keeps a row of romanised names in a Hindi page, and still finds an English sentence there", () => {
    expect(foreignLanguageOf("Narendra Modi Sher Bahadur Deuba KP Sharma Oli", "hi")).toBeUndefined();
    expect(foreignLanguageOf("The prime minister said that the talks with Nepal were very useful for both sides.", "hi")).toBe("en");
  });

  it("are one list", () => {
    expect([languageFamily("ms"), languageFamily("pl")]).toEqual([["id", "ms"], ["pl"]]);
    expect([sameLanguageFamily("nb", "da"), sameLanguageFamily("uk", "ru"), sameLanguageFamily("uk", "pl")]).toEqual([true, true, false]);
  });
});
