import type { SentenceRules } from "../sentence-rules.js";

/**
 * Spanish. Titles (Sr., Sra., Dña., Dr.) come before names; ordinals are written "1.º",
 * "2.ª" (the period is glued, so never a sentence end); questions and exclamations open
 * with ¿ ¡, which the splitter already takes as sentence openers.
 * "mar." (marzo) is left out: "el mar." ends sentences.
 */
export const es: SentenceRules = {
  nonFinal: [
    "Sr.", "Sra.", "Sres.", "Sras.", "Srta.", "Srs.", "D.", "Dña.", "Da.", "Dr.", "Dra.", "Dres.", "Lic.", "Lcdo.", "Lcda.", "Ing.",
    "Prof.", "Profa.", "Arq.", "Excmo.", "Excma.", "Ilmo.", "Ilma.", "Mons.", "Sto.", "Sta.", "Gral.", "Cnel.", "Tte.", "Cap.",
    "Av.", "Avda.", "C.", "Pza.", "Pl.", "Ctra.", "núm.", "Núm.", "nro.", "Nro.", "n.º", "N.º", "art.", "Art.", "arts.", "pág.",
    "págs.", "p.", "pp.", "vol.", "cap.", "fig.", "aprox.", "Aprox.", "p.ej.", "P.ej.", "ej.", "Ej.", "cf.", "vs.", "admón.",
    "ene.", "feb.", "abr.", "jun.", "jul.", "ago.", "sept.", "sep.", "oct.", "nov.", "dic.", "tel.", "Tel.", "dpto.",
    "Dpto.", "depto.", "Depto.",
    // A wire dateline's month, capitalised: "MADRID, 19 Jul. (EFE) -" ("Mar." could be the sea).
    "Ene.", "Feb.", "Abr.", "Jun.", "Jul.", "Ago.", "Sep.", "Sept.", "Oct.", "Nov.", "Dic.",
  ],
  beforeNumber: [
    "párr.", "párrf.", "inc.", "núms.", "fracc.", "tít.",
    // Days and months before a date: "Lun. 15 de Mar.", "30 Ago. 1984".
    "Lun.", "Mar.", "Mié.", "Jue.", "Vie.", "Sáb.", "Dom.", "lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom.", "Ene.", "Feb.",
    "Abr.", "Jun.", "Jul.", "Ago.", "Sep.", "Sept.", "Oct.", "Nov.", "Dic.",
  ],
  finalCapable: [
    "etc.", "EE.UU.", "EEUU.", "a.C.", "d.C.", "a.m.", "p.m.", "S.A.", "S.L.", "Cía.", "Ltda.", "km.", "kg.", "min.", "máx.",
    "mín.", "U.S.", "D.C.", "Inc.", "Ltd.", "Jr.", "hab.", "mill.", "mm.", "cm.",
  ],
  starters: [
    "El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas", "Lo", "Él", "Ella", "Ellos", "Ellas", "Nosotros", "Yo", "Usted",
    "Este", "Esta", "Estos", "Estas", "Ese", "Esa", "Eso", "Esto", "Pero", "Y", "O", "Sin", "Además", "También", "Según",
    "En", "Con", "Por", "Para", "Tras", "Durante", "Desde", "Hoy", "Ayer", "Mañana", "Cuando", "Si", "Aunque", "Mientras",
    "Su", "Sus", "Nuestro", "Nuestra", "No", "Así", "Sin embargo", "Luego", "Después", "Antes", "Allí", "Aquí", "Ahora",
    "Al", "Del", "De", "Se", "Hay", "Qué", "Quién", "Cómo", "Dónde", "Por qué",
  ],
};
