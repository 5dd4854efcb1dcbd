import type { SentenceRules } from "../sentence-rules.js";

/**
 * Portuguese. Titles (Sr., Sra., Dr., Dra., Exmo.) come before names; ordinals are
 * "1.º", "2.ª" and numbers "n.º 5", with the period glued, so never a sentence end.
 * "mar." (março) is left out: "o mar." ends sentences.
 */
export const pt: SentenceRules = {
  nonFinal: [
    "Sr.", "Sra.", "Srs.", "Sras.", "Srta.", "D.", "Dr.", "Dra.", "Drs.", "Dras.", "Prof.", "Profa.", "Prof.ª", "Eng.", "Eng.ª",
    "Arq.", "Exmo.", "Exma.", "Ilmo.", "Ilma.", "V.Exa.", "V.Ex.ª", "Mons.", "Pe.", "Sto.", "Sta.", "Gen.", "Cel.", "Ten.",
    "Cap.", "Av.", "R.", "Pç.", "Rod.", "n.º", "N.º", "nº.", "n.", "núm.", "art.", "Art.", "arts.", "pág.", "págs.", "p.", "pp.",
    "vol.", "cap.", "fig.", "aprox.", "Aprox.", "p.ex.", "ex.", "Ex.", "cf.", "vs.", "tel.", "Tel.", "jan.", "fev.",
    "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.", "Dep.", "Sen.", "Min.", "Pres.", "Gov.",
  ],
  beforeNumber: ["inc.", "fls.", "tít."],
  finalCapable: [
    "etc.", "a.C.", "d.C.", "a.m.", "p.m.", "S.A.", "Lda.", "Ltda.", "Cia.", "km.", "kg.", "min.", "máx.", "mín.", "U.S.",
    "D.C.", "EUA.", "Inc.", "Ltd.", "Jr.", "hab.", "mil.", "mi.", "bi.",
  ],
  starters: [
    "O", "A", "Os", "As", "Um", "Uma", "Uns", "Umas", "Ele", "Ela", "Eles", "Elas", "Nós", "Eu", "Você", "Este", "Esta",
    "Estes", "Estas", "Esse", "Essa", "Isso", "Isto", "Mas", "E", "Ou", "Além", "Também", "Segundo", "Em", "No", "Na", "Nos",
    "Nas", "Com", "Por", "Para", "Após", "Durante", "Desde", "Hoje", "Ontem", "Amanhã", "Quando", "Se", "Embora", "Enquanto",
    "Seu", "Sua", "Seus", "Suas", "Não", "Assim", "No entanto", "Depois", "Antes", "Agora", "Aqui", "Ali", "Que", "Quem",
    "Como", "Onde", "Porque", "Há", "De", "Do", "Da", "Ao",
  ],
};
