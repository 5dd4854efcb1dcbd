import type { SentenceRules } from "../sentence-rules.js";

/** French. "M." is Monsieur before a name, "art." precedes a number; both never end a sentence. */
export const fr: SentenceRules = {
  nonFinal: [
    "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Me.", "Mgr.", "Dr.", "Pr.", "St.", "Ste.", "art.", "Art.", "al.", "ch.",
    "chap.", "p.", "pp.", "n°.", "No.", "no.", "env.", "ex.", "Ex.", "cf.", "Cf.", "c.-à-d.", "p.ex.", "p. ex.", "vol.", "fig.", "éd.",
    "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "boul.", "av.", "bd.", "env.", "hab.", "dép.", "S.E.", "S.M.",
    "l'art.", "L'art.", "d'env.",
  ],
  beforeNumber: ["req.", "Req.", "éd.", "liv.", "t."],
  finalCapable: ["etc.", "av. J.-C.", "J.-C.", "apr.", "Cie.", "Inc.", "Ltd.", "km.", "min.", "U.S.", "D.C.", "a.m.", "p.m.", "mds.", "md.", "mln."],
  starters: [
    "Le", "La", "Les", "L'", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Ce", "Cette", "Ces",
    "Cela", "Ça", "C'est", "Mais", "Et", "Ou", "Donc", "Puis", "Ensuite", "Alors", "Selon", "Dans", "En", "Au", "Aux", "Lors",
    "Pour", "Par", "Sur", "Après", "Avant", "Pendant", "Depuis", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Quand", "Si",
    "Comme", "Cependant", "Toutefois", "Par ailleurs", "Aujourd'hui",
  ],
};
