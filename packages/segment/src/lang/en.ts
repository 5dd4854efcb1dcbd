import type { SentenceRules } from "../sentence-rules.js";

/** English. Titles before names (Mr., Dr.) never end a sentence; a.m./p.m./D.C./Inc. may. */
export const en: SentenceRules = {
  nonFinal: [
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sr.", "Rev.", "Gen.", "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Maj.", "Adm.",
    "Gov.", "Sen.", "Rep.", "Pres.", "Hon.", "Amb.", "Fr.", "Messrs.", "Mt.", "Ft.", "vs.", "v.", "approx.", "ca.", "cf.", "e.g.",
    "i.e.", "E.g.", "I.e.", "viz.", "No.", "Nos.", "Art.", "art.", "Sec.", "sec.", "Fig.", "fig.", "p.", "pp.", "para.",
    "vol.", "Vol.", "ed.", "eds.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "est.", "Est.", "Dept.", "dept.", "Univ.", "Assn.", "Bros.",
  ],
  finalCapable: [
    "a.m.", "p.m.", "A.M.", "P.M.", "etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "St.", "Ave.", "Rd.", "Blvd.", "D.C.",
    "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "B.C.", "A.D.", "Ph.D.", "M.A.", "B.A.", "al.", "min.", "km.", "kg.", "hrs.", "yrs.",
  ],
  starters: [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Then", "But",
    "And", "Or", "So", "Yet", "In", "On", "At", "After", "Before", "During", "According", "However", "Meanwhile", "His",
    "Her", "Their", "Our", "Its", "My", "When", "While", "What", "Who", "Why", "How", "Where", "As", "If", "Since", "Although",
    "Also", "Both", "Many", "Most", "Some", "All", "Officials", "Police", "Later", "Now", "Today", "Yesterday",
  ],
};
