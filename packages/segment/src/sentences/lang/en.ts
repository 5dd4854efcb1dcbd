import { English } from "sentence-splitter/lang";
import type { SentenceRules } from "../sentence-rules.js";

// sentence-splitter's curated English lists: its titles ("Capt.", "Supt.") never end a
// sentence; its other abbreviations ("Calif.", "Hwy.", "Bldg.") may, before a starter word.
// "St." and "V." stay out of the titles: "Main St. He left", "vitamin V." can end one.
const SS_TITLES = English.PREPOSITIVE_ABBREVIATIONS.filter((a) => a !== "St." && a !== "V.");
// Some entries are also words or names that end sentences ("in May.", "Bart."): left out.
const WORDS = new Set(["May.", "Me.", "Man.", "Miss.", "Is.", "Ok.", "Mass.", "Con.", "Ill.", "Id.", "Ken.", "Ida.", "Wash.",
  "Penn.", "Bart.", "Arc.", "Ord.", "Res.", "Ref.", "Ver.", "Exp.", "Esp.", "Med.", "Op.", "Pl.", "Mo.", "Ut.", "Wy.", "Al.", "Cal."]);
const SS_OTHERS = English.ABBREVIATIONS.filter((a) => !WORDS.has(a));

/** English. Titles before names (Mr., Dr.) never end a sentence; a.m./p.m./D.C./Inc. may. */
export const en: SentenceRules = {
  nonFinal: [
    ...SS_TITLES,
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sr.", "Rev.", "Gen.", "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Maj.", "Adm.",
    "Gov.", "Sen.", "Rep.", "Pres.", "Hon.", "Amb.", "Fr.", "Messrs.", "Mt.", "Ft.", "vs.", "v.", "approx.", "ca.", "cf.", "e.g.",
    "i.e.", "E.g.", "I.e.", "viz.", "No.", "Nos.", "Art.", "art.", "Sec.", "sec.", "Fig.", "fig.", "p.", "pp.", "para.",
    "vol.", "Vol.", "ed.", "eds.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "est.", "Est.", "Dept.", "dept.", "Univ.", "Assn.", "Bros.",
  ],
  beforeNumber: ["pt.", "Pt.", "Ex.", "Exh.", "Doc.", "Appl.", "Sched.", "eq.", "Eq."],
  finalCapable: [
    ...SS_OTHERS,
    "a.m.", "p.m.", "A.M.", "P.M.", "etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "St.", "Ave.", "Rd.", "Blvd.", "D.C.",
    "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "B.C.", "A.D.", "Ph.D.", "M.A.", "B.A.", "al.", "min.", "km.", "kg.", "hrs.", "yrs.",
  ],
  starters: [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Then", "But",
    "And", "Or", "So", "Yet", "In", "On", "At", "After", "Before", "During", "According", "However", "Meanwhile", "His",
    "Her", "Their", "Our", "Its", "My", "When", "While", "What", "Who", "Why", "How", "Where", "As", "If", "Since", "Although",
    "Also", "Both", "Many", "Most", "Some", "All", "Officials", "Police", "Later", "Now", "Today", "Yesterday",
    "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Has", "Have", "Had",
  ],
};
