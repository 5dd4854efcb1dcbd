import type { SentenceRules } from "../sentence-rules.js";

/**
 * Italian. Courtesy and academic titles (Sig., Sig.ra, Dott., Avv., On.) come before a
 * name; "pag.", "art.", "n." before a number. An apostrophe often opens a sentence
 * ("L'Italia", "Un'altra"), so starters keep the elided forms.
 * "mar." (marzo) is left out, as in Spanish and Portuguese.
 */
export const it: SentenceRules = {
  nonFinal: [
    "Sig.", "Sigg.", "Sig.ra", "Sig.na", "Sig.ra.", "Sig.na.", "Dott.", "Dott.ssa", "Dott.ssa.", "Dr.", "Prof.", "Prof.ssa",
    "Prof.ssa.", "Avv.", "Ing.", "Arch.", "Geom.", "Rag.", "On.", "Sen.", "Gen.", "Col.", "Mons.", "Don.", "S.", "SS.", "Egr.",
    "Gent.", "Gent.mo", "Gent.ma", "Ill.mo", "Spett.", "p.", "pag.", "pagg.", "art.", "Art.", "artt.", "n.", "nn.", "N.", "cap.",
    "vol.", "fig.", "ca.", "c.a.", "cfr.", "Cfr.", "es.", "ad es.", "vs.", "tel.", "Tel.", "gen.", "feb.", "apr.", "mag.",
    "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic.", "v.", "V.", "P.zza", "p.zza", "Str.",
  ],
  beforeNumber: [
    "co.", "lett.", "all.", "cpv.",
    // Days before a date: "mar. 23 nov.".
    "lun.", "mar.", "mer.", "gio.", "ven.", "sab.", "dom.", "Lun.", "Mar.", "Mer.", "Gio.", "Ven.", "Sab.", "Dom.",
  ],
  finalCapable: [
    "ecc.", "etc.", "a.C.", "d.C.", "S.p.A.", "S.r.l.", "s.p.a.", "s.r.l.", "km.", "kg.", "min.", "max.", "mln.", "mld.", "U.S.",
    "D.C.", "Inc.", "Ltd.", "Jr.", "a.m.", "p.m.", "Usa.", "Ue.",
  ],
  starters: [
    "Il", "Lo", "La", "I", "Gli", "Le", "L'", "Un", "Uno", "Una", "Un'", "Lui", "Lei", "Loro", "Noi", "Io", "Questo", "Questa",
    "Questi", "Queste", "Quello", "Quella", "Ma", "E", "Ed", "O", "Però", "Inoltre", "Anche", "Secondo", "In", "Nel", "Nella",
    "Con", "Per", "Dopo", "Durante", "Da", "Dal", "Dalla", "Oggi", "Ieri", "Domani", "Quando", "Se", "Mentre", "Sebbene",
    "Il suo", "Suo", "Sua", "Non", "Così", "Tuttavia", "Poi", "Ora", "Qui", "Lì", "Cosa", "Chi", "Come", "Dove", "Perché",
    "C'è", "Ci", "Si", "È", "Sono", "Al", "Alla", "Del", "Della",
  ],
};
