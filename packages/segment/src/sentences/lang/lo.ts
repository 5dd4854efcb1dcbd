import type { SentenceRules } from "../sentence-rules.js";

/**
 * Lao. Like Thai (see th.ts): no end mark and no abbreviations with a period (Lao abbreviates
 * with ຯ); a sentence ends at a line end or at a space before one of these clause openers of
 * news and release text, the Lao counterparts of the Thai list. Spellings with and without the
 * tone mark (ກໍ່ / ກໍ) and with ຫຼ or ຫລ are both in use, so both are listed.
 */
export const lo: SentenceRules = {
  nonFinal: [],
  finalCapable: [],
  starters: [
    "ໃນໂອກາດນີ້", // on this occasion
    "ນອກຈາກນີ້", // in addition
    "ນອກຈາກນັ້ນ", // besides that
    "ທັງນີ້", // in this regard
    "ເຖິງຢ່າງໃດກໍ່ຕາມ", // however
    "ເຖິງຢ່າງໃດກໍຕາມ", // however
    "ຕໍ່ມາ", // later
    "ຈາກນັ້ນ", // then
    "ຫຼັງຈາກນັ້ນ", // after that
    "ຫລັງຈາກນັ້ນ", // after that
    "ໃນຂະນະດຽວກັນ", // meanwhile
    "ດັ່ງນັ້ນ", // therefore
    "ພ້ອມກັນນີ້", // along with this
    "ສຸດທ້າຍນີ້", // finally
  ],
};
