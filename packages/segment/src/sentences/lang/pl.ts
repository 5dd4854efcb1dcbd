import type { SentenceRules } from "../sentence-rules.js";

/**
 * Polish. Titles and address words before a name never end a sentence (prof., dr., ul., gen.);
 * "r." (year), "tys.", "itd." end one only before a sentence starter ("w 2020 r. Prezydent"
 * splits only if "Prezydent" opens sentences… it does not, so it stays whole).
 */
export const pl: SentenceRules = {
  nonFinal: [
    "prof.", "Prof.", "dr.", "Dr.", "hab.", "inż.", "mgr.", "Mgr.", "doc.", "gen.", "Gen.", "płk.", "ppłk.", "kpt.", "por.",
    "ks.", "Ks.", "abp.", "bp.", "św.", "Św.", "ul.", "Ul.", "al.", "Al.", "pl.", "os.", "woj.", "pow.", "gm.", "m.in.", "M.in.",
    "tj.", "Tj.", "np.", "Np.", "tzw.", "Tzw.", "ok.", "Ok.", "ws.", "wg.", "Wg.", "nr.", "Nr.", "pkt.", "art.", "Art.", "ust.",
    "godz.", "tel.", "im.", "min.", "mln.", "mld.", "tys.", "zł.", "proc.", "s.", "str.", "sty.", "lut.", "kwi.", "maj.", "cze.",
    "lip.", "sie.", "wrz.", "paź.", "lis.", "gru.",
  ],
  beforeNumber: ["poz.", "rozdz.", "ust.", "pkt.", "lit.", "zał.", "t.", "par.", "Dz.U."],
  finalCapable: ["r.", "rr.", "w.", "itd.", "itp.", "in.", "n.e.", "p.n.e.", "km.", "kg.", "godz.", "br."],
  starters: [
    "W", "We", "Na", "Po", "Z", "Ze", "Do", "Od", "Dla", "Przed", "Przy", "Podczas", "Jak", "O", "Za", "Pod", "Według",
    "On", "Ona", "Ono", "Oni", "One", "My", "Ja", "Wy", "To", "Ten", "Ta", "Te", "Tam", "Wtedy", "Tak", "Także", "Również",
    "Ale", "I", "A", "Jednak", "Dlatego", "Potem", "Następnie", "Teraz", "Dziś", "Dzisiaj", "Wczoraj", "Jego", "Jej", "Ich",
    "Co", "Kto", "Gdzie", "Kiedy", "Dlaczego", "Jeśli", "Choć", "Chociaż", "Już", "Wcześniej",
  ],
};
