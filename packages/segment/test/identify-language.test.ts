import { foreignLanguageOf, identifyDocumentLanguage, identifyLanguage } from "@tandem/segment";
import { eld } from "eld/medium";
import { ELD_LANGUAGES } from "../src/language/identify-language.js";
import { describe, expect, it } from "vitest";

describe("identifyLanguage", () => {
  it("tells nl, en, fr, de, vi and zh lines apart", () => {
    expect(identifyLanguage("De conferentie werd gezamenlijk voorgezeten door de voorzitter.")).toBe("nl");
    expect(identifyLanguage("The conference listened to reports on the work results.")).toBe("en");
    expect(identifyLanguage("Les représentants ont présenté des communications lors de la conférence.")).toBe("fr");
    expect(identifyLanguage("Die Konferenz fand gestern in der Hauptstadt statt.")).toBe("de");
    expect(identifyLanguage("Thứ trưởng Bộ Ngoại giao phát biểu tại Hội nghị.")).toBe("vi");
    expect(identifyLanguage("越南友好组织联合会有效参加各项高层外交活动。")).toBe("zh");
  });

  it("tells es, it and pt lines apart", () => {
    expect(identifyLanguage("La reunión del consejo fue aplazada hasta la próxima semana.")).toBe("es");
    expect(identifyLanguage("La riunione del consiglio è stata rinviata alla prossima settimana.")).toBe("it");
    expect(identifyLanguage("A reunião do conselho foi adiada para a próxima semana.")).toBe("pt");
  });

  it("picks the best of the candidates when told the languages", () => {
    expect(identifyLanguage("Lokaal", { candidates: ["nl", "en"] })).toBe("nl");
  });

  it("returns undefined when there is nothing to go on", () => {
    expect(identifyLanguage("12345 !!")).toBeUndefined();
  });
});

describe("foreignLanguageOf for a language the identifier has no model of", () => {
  it("keeps Swahili and Mongolian lines in their own pages, and still drops a line in another script", () => {
    // eld reads them as Slovenian and Russian: by n-grams every line of the page would be foreign.
    expect(identifyLanguage("Waziri alitembelea mji mkuu Jumatatu na kukutana na rais wa jamhuri kwa saa mbili.")).not.toBe("sw");
    expect(foreignLanguageOf("Waziri alitembelea mji mkuu Jumatatu na kukutana na rais wa jamhuri kwa saa mbili.", "sw")).toBeUndefined();
    expect(foreignLanguageOf("Тэрээр бүгд найрамдах улсын ерөнхийлөгчтэй хоёр цаг уулзаж, худалдааны асуудлыг хэлэлцэв.", "mn")).toBeUndefined();
    expect(foreignLanguageOf("部长周一访问了首都，并与共和国总统会谈了两个小时。", "sw")).toBe("zh");
    expect(foreignLanguageOf("The minister met the president of the republic for two hours on Monday.", "mn")).toBe("en");
    // A language the identifier knows keeps its n-gram judgement.
    expect(foreignLanguageOf("The minister met the president of the republic for two hours on Monday.", "hi")).toBe("en");
  });

  it("knows the languages eld's table has (ELD_LANGUAGES, read from the loaded table)", () => {
    expect([...ELD_LANGUAGES].sort()).toEqual(Object.values(eld.info().Languages as Record<string, string>).sort());
    expect([ELD_LANGUAGES.has("ms"), ELD_LANGUAGES.has("sl"), ELD_LANGUAGES.has("sw"), ELD_LANGUAGES.has("id"), ELD_LANGUAGES.has("mn")]).toEqual([true, true, false, false, false]);
  });
});

describe("foreignLanguageOf", () => {
  it("flags a Vietnamese caption inside a Dutch article", () => {
    expect(foreignLanguageOf("Thứ trưởng Bộ Ngoại giao Ngô Lê Văn phát biểu tại Hội nghị. (Ảnh: Đinh Hòa)", "nl")).toBe("vi");
  });

  it("does not flip lines full of Vietnamese names", () => {
    expect(foreignLanguageOf("Mr. Phan Anh Son spoke.", "en")).toBeUndefined();
    expect(foreignLanguageOf("Mr. Phan Anh Son also affirmed VUFO's role in connecting and mobilizing in strategic areas.", "en")).toBeUndefined();
    expect(foreignLanguageOf("Viceminister Ngo Le Van spreekt op de conferentie met Phan Anh Son.", "nl")).toBeUndefined();
  });

  it("does not judge a row of names in the document's own script: there is no language to read", () => {
    // Text+Berg's French yearbook lists the German-speaking expedition members; the Bible names the tribes.
    expect(foreignLanguageOf("Ernst Schmid Jürg Marmet Hans Rudolf von Gunten Ernst Reiss", "fr")).toBeUndefined();
    expect(foreignLanguageOf("Reuben, Simeon, Levi, and Judah,", "en")).toBeUndefined();
    // A sentence with two or more words that are not capitalised is still judged.
    expect(foreignLanguageOf("Hai bên đã thống nhất tăng cường hợp tác trong thời gian tới.", "nl")).toBe("vi");
  });

  it("flags an English sentence in a Chinese article but not a Latin name", () => {
    expect(foreignLanguageOf("The ceremony was attended by many guests from abroad.", "zh")).toBe("en");
    expect(foreignLanguageOf("Marc Knapper", "zh")).toBeUndefined();
  });
});

describe("identifyDocumentLanguage", () => {
  it("lets long lines outvote a short foreign banner", () => {
    expect(
      identifyDocumentLanguage([
        "Vietnam.vn - Nền tảng quảng bá Việt Nam",
        "De conferentie beoogt het coördinatiemechanisme tussen de twee agentschappen te bespreken.",
        "Tijdens de conferentie werd een rapport besproken over de werkresultaten.",
      ]),
    ).toBe("nl");
  });
});

describe("identifyDocumentLanguage on short texts", () => {
  it("judges a text of short lines as a whole", () => {
    expect(identifyDocumentLanguage(["Goedemorgen allemaal", "Tot ziens en bedankt"])).toBe("nl");
  });

  it("names the language of a script eld does not know (Khmer, Burmese, Sinhala) instead of giving up", () => {
    expect(identifyDocumentLanguage(["រដ្ឋមន្ត្រីបានទៅទស្សនារាជធានីកាលពីថ្ងៃច័ន្ទ។ លោកបានជួបប្រធានាធិបតីរយៈពេលពីរម៉ោង។"])).toBe("km");
    expect(identifyDocumentLanguage(["ဝန်ကြီးသည် တနင်္လာနေ့တွင် မြို့တော်သို့ သွားရောက်ခဲ့သည်။ သူသည် သမ္မတနှင့် နှစ်နာရီကြာ တွေ့ဆုံခဲ့သည်။"])).toBe("my");
    expect(identifyDocumentLanguage(["ඇමතිවරයා සඳුදා අගනුවරට ගියේය. ඔහු ජනාධිපතිවරයා පැය දෙකක් හමු විය."])).toBe("si");
    // A script eld knows keeps eld's verdict, and an unknown script still gives up.
    expect(identifyDocumentLanguage(["მინისტრი ორშაბათს ეწვია დედაქალაქს. ის შეხვდა რესპუბლიკის პრეზიდენტს ორი საათის განმავლობაში."])).toBe("ka");
    expect(identifyDocumentLanguage(["ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏍᎦᏯ ᎤᏛᏅ ᎣᏍᏓ ᏙᎯ ᎠᎴ ᎤᏔᏅ ᏗᏓᏍᏚᏗ."])).toBeUndefined();
  });

  it("gives up on a text with fewer than ten letters", () => {
    expect(identifyDocumentLanguage(["12 34 56", "Ja"])).toBeUndefined();
  });
});

describe("es, it and pt per line and per document", () => {
  it("flags a Spanish, an Italian and a Portuguese line inside an English article", () => {
    expect(foreignLanguageOf("El ministro anunció ayer un nuevo plan para las escuelas del país.", "en")).toBe("es");
    expect(foreignLanguageOf("Il ministro ha annunciato ieri un nuovo piano per le scuole del paese.", "en")).toBe("it");
    expect(foreignLanguageOf("O ministro anunciou ontem um novo plano para as escolas do país.", "en")).toBe("pt");
  });

  it("finds the document language of es, it and pt articles", () => {
    expect(identifyDocumentLanguage(["Nuevo hospital", "El nuevo hospital de la ciudad abrió hoy sus puertas con cuatrocientas camas."])).toBe("es");
    expect(identifyDocumentLanguage(["Nuovo ospedale", "Il nuovo ospedale della città ha aperto oggi le sue porte con quattrocento letti."])).toBe("it");
    expect(identifyDocumentLanguage(["Novo hospital", "O novo hospital da cidade abriu hoje as suas portas com quatrocentas camas."])).toBe("pt");
  });
});
