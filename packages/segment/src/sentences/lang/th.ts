import type { SentenceRules } from "../sentence-rules.js";

/**
 * Thai. No end mark and no abbreviations with a period (Thai abbreviates with ฯ, "พ.ศ." dates
 * are glued to their digits); a sentence ends at a line end or at a space before one of these
 * clause openers, which begin a new sentence in news and release text. "ซึ่ง" (which), "และ"
 * (and) and "โดย" (by) alone are left out: a space before them continues the sentence.
 */
export const th: SentenceRules = {
  nonFinal: [],
  finalCapable: [],
  starters: [
    "ในการนี้", // on this occasion
    "นอกจากนี้", // in addition
    "นอกจากนั้น", // besides that
    "ทั้งนี้", // in this regard
    "อย่างไรก็ตาม", // however
    "อย่างไรก็ดี", // however
    "ต่อมา", // later
    "จากนั้น", // then
    "หลังจากนั้น", // after that
    "ขณะเดียวกัน", // meanwhile
    "ในขณะเดียวกัน", // meanwhile
    "ด้วยเหตุนี้", // for this reason
    "ดังนั้น", // therefore
    "อนึ่ง", // furthermore
    "พร้อมกันนี้", // along with this
    "ในโอกาสนี้", // on this occasion
    "สุดท้ายนี้", // finally
    "โดยในปีนี้", // this year
    "ทั้งนี้ทั้งนั้น", // all in all
    "ที่ผ่านมา", // in the past
  ],
};
