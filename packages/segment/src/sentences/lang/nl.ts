import type { SentenceRules } from "../sentence-rules.js";

/** Dutch. Titles (Dhr., mevr.) and Latinisms (o.a., ca.) are the classic false splits. */
export const nl: SentenceRules = {
  nonFinal: [
    "Dhr.", "dhr.", "Mevr.", "mevr.", "Mw.", "mw.", "Mr.", "mr.", "Dr.", "dr.", "Drs.", "drs.", "Ir.", "ir.", "Ing.", "ing.",
    "Prof.", "prof.", "St.", "Sint.", "o.a.", "O.a.", "ca.", "Ca.", "bijv.", "Bijv.", "bv.", "Bv.", "bijvoorbeeld.", "m.b.t.",
    "M.b.t.", "i.v.m.", "I.v.m.", "t.a.v.", "T.a.v.", "t.o.v.", "T.o.v.", "z.g.", "zgn.", "d.w.z.", "D.w.z.", "m.a.w.", "M.a.w.",
    "nr.", "Nr.", "art.", "Art.", "blz.", "pag.", "p.", "vs.", "a.s.", "resp.", "mln.", "mld.", "mrd.", "min.", "max.",
    "gem.", "vgl.", "Vgl.", "e.a.", "n.a.v.", "N.a.v.", "o.l.v.", "O.l.v.", "t/m.", "v.Chr.", "n.Chr.", "Z.K.H.", "H.M.",
    "jan.", "feb.", "mrt.", "apr.", "aug.", "sept.", "okt.", "nov.", "dec.", "gen.", "lt.", "kol.", "sgt.", "burg.",
  ],
  beforeNumber: ["blz.", "hfst.", "bijl.", "afd.", "Stb.", "Stcrt."],
  finalCapable: ["enz.", "etc.", "jl.", "e.d.", "e.v.", "a.m.", "p.m.", "B.V.", "N.V.", "D.C.", "U.S.", "V.S.", "v.m.", "n.m.", "u.", "km.", "jr.", "sr."],
  starters: [
    "De", "Het", "Een", "Hij", "Zij", "Ze", "Wij", "We", "Ik", "Jij", "Je", "U", "Dit", "Dat", "Deze", "Die", "Daar", "Daarna",
    "Dan", "Toen", "Er", "En", "Maar", "Ook", "Want", "Volgens", "In", "Op", "Na", "Om", "Bij", "Met", "Voor", "Tijdens",
    "Als", "Wat", "Wie", "Waar", "Hoe", "Waarom", "Zo", "Nu", "Het", "Zijn", "Haar", "Hun", "Onze", "Ons", "Men", "Verder",
    "Bovendien", "Tegelijkertijd", "Vervolgens",
  ],
};
