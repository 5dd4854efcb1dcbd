/**
 * Data every language shares. Reference abbreviations before a number, in official releases,
 * court and parliament texts of many languages ("application no. 46221/99", "Art. 3", "p. 14",
 * "Rs. 3520"): a period between one of them and a number ends no sentence.
 */
export const BEFORE_NUMBER_ANY: readonly string[] = [
  "No.", "no.", "Nos.", "nos.", "Nr.", "nr.", "Nrs.", "N.", "n.", "nn.", "Art.", "art.", "Arts.", "arts.", "artt.", "par.", "Par.",
  "para.", "Para.", "paras.", "p.", "pp.", "P.", "vol.", "Vol.", "vols.", "ch.", "Ch.", "chap.", "Chap.", "sec.", "Sec.", "fig.",
  "Fig.", "figs.", "cap.", "Cap.", "pag.", "pág.", "págs.", "núm.", "Núm.", "nro.", "Nro.", "nº.", "n°.", "Nº.", "N°.", "ed.",
  "ann.", "Ann.", "cl.", "reg.", "Reg.", "al.", "Rs.", "rs.", "Rp.", "Tel.", "tel.", "ext.", "Ext.",
  // Czech and Slovak, which have no list of their own: odstavec, písmeno, Sbírka, obrázek.
  "odst.", "ods.", "písm.", "Sb.", "obr.",
];

/**
 * Case names put a short word with a period between two capitalised parties: English
 * "Brown v. Board", "X vs. Y", French, Italian and Spanish "Öcalan c. Turquie" (contre, contro,
 * contra). Between two capitalised words these end no sentence (bare, without the period).
 */
export const CASE_NAME_SEPARATORS: readonly string[] = ["v", "vs", "c"];
