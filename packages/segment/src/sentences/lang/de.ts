import type { SentenceRules } from "../sentence-rules.js";

/**
 * German. Numbers with a period are usually ordinals ("am 3. Oktober", "der 2. Weltkrieg")
 * and every noun is capitalised, so we split after "3." only before a sentence starter.
 */
export const de: SentenceRules = {
  nonFinal: [
    "Hr.", "Hrn.", "Fr.", "Dr.", "Prof.", "Dipl.", "Ing.", "St.", "Nr.", "nr.", "Art.", "art.", "Abs.", "S.", "Bd.", "Kap.",
    "z.B.", "Z.B.", "z.T.", "Z.T.", "u.a.", "U.a.", "d.h.", "D.h.", "bzw.", "ca.", "Ca.", "vgl.", "Vgl.", "sog.", "ggf.", "evtl.",
    "inkl.", "exkl.", "zzgl.", "i.d.R.", "u.U.", "o.ä.", "o.Ä.", "s.o.", "s.u.", "v.a.", "Mio.", "Mrd.", "Tsd.", "gem.",
    "Jan.", "Feb.", "Febr.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "geb.", "gest.", "Str.", "Min.", "max.", "min.",
    // Spaced forms ("z. B.", "u. Ä.", "z. Z.") and academic titles ("Dr. med.").
    "z.", "Z.", "u.", "U.", "s.", "d.", "med.", "dent.", "jur.", "phil.", "rer.", "nat.", "kath.", "ev.", "evang.",
  ],
  beforeNumber: ["Abs.", "Ziff.", "Rn.", "Rdnr.", "Bd.", "Aufl.", "Anm.", "Fn.", "Abb.", "Tab.", "Kap.", "Jg.", "Bl.", "Az.", "lit.", "Buchst.", "Tz."],
  finalCapable: ["usw.", "etc.", "u.ä.", "Chr.", "v.Chr.", "n.Chr.", "GmbH.", "AG.", "e.V.", "Jh.", "Jhd.", "km.", "U.S.", "D.C."],
  starters: [
    "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses",
    "Dann", "Danach", "Doch", "Aber", "Und", "Oder", "Denn", "So", "Auch", "Im", "In", "Am", "An", "Auf", "Nach", "Vor",
    "Bei", "Mit", "Seit", "Laut", "Damit", "Dabei", "Dort", "Hier", "Jetzt", "Heute", "Was", "Wer", "Wie", "Wo", "Warum",
    "Sein", "Seine", "Ihre", "Als", "Wenn", "Obwohl", "Zudem", "Außerdem", "Allerdings", "Trotzdem",
  ],
  abbreviationSuffixes: ["str."],
  ordinalNumbers: true,
};
