import type { SentenceRules } from "../sentence-rules.js";

/**
 * Vietnamese. Place and rank prefixes are abbreviated with a capital and a period
 * ("TP. Hồ Chí Minh", "GS. TS. Nguyễn"), and are always followed by a capitalised name.
 */
export const vi: SentenceRules = {
  nonFinal: [
    "TP.", "Tp.", "tp.", "TX.", "Tx.", "TT.", "Q.", "P.", "H.", "X.", "GS.", "PGS.", "TS.", "ThS.", "BS.", "KS.", "CN.", "NSƯT.",
    "NSND.", "Th.S.", "PGS.TS.", "GS.TS.", "Ths.", "Đ/c.", "đ/c.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "ca.", "vs.", "ĐT.",
    "Tr.", "tr.", "Nxb.", "NXB.", "số.", "Số.",
  ],
  finalCapable: ["v.v.", "etc.", "a.m.", "p.m.", "D.C.", "U.S.", "Co.", "Ltd.", "Inc.", "Jr."],
  starters: [
    "Theo", "Trong", "Tại", "Ông", "Bà", "Anh", "Chị", "Các", "Những", "Một", "Đây", "Đó", "Này", "Khi", "Sau", "Trước",
    "Tuy", "Tuy nhiên", "Nhưng", "Và", "Ngoài", "Hiện", "Năm", "Ngày", "Cũng", "Do", "Vì", "Với", "Để", "Chúng", "Tôi",
    "He", "She", "The", "It", "They",
  ],
};
