import type { SentenceRules } from "../sentence-rules.js";

/**
 * Turkish. Titles before a name never end a sentence (Dr., Prof., Doç., Av., Sn.); "vb.", "vs.",
 * "A.Ş." may. Turkish writes ordinals with a period ("3. Dünya Savaşı", "15. yüzyıl"), so "3."
 * before a capitalised word splits only before a sentence starter, as German.
 */
export const tr: SentenceRules = {
  nonFinal: [
    "Dr.", "dr.", "Prof.", "prof.", "Doç.", "doç.", "Yrd.", "Av.", "av.", "Sn.", "sn.", "Op.", "Uzm.", "Org.", "Korg.", "Tümg.",
    "Tuğg.", "Alb.", "Yzb.", "Bşk.", "Cad.", "cad.", "Sok.", "sok.", "Mah.", "mah.", "Bulv.", "No.", "no.", "Nr.", "nr.", "bkz.",
    "Bkz.", "örn.", "Örn.", "yy.", "Ocak.", "Şub.", "Mar.", "Nis.", "Haz.", "Tem.", "Ağu.", "Eyl.", "Eki.", "Kas.", "Ara.",
  ],
  finalCapable: ["vb.", "vs.", "vd.", "A.Ş.", "Ltd.", "Şti.", "km.", "kg.", "ABD.", "T.C."],
  starters: [
    "Bu", "Bu nedenle", "Bir", "O", "Onlar", "Biz", "Ben", "Siz", "Şu", "Ancak", "Ama", "Fakat", "Ve", "Ayrıca", "Daha",
    "Sonra", "Ardından", "Bugün", "Dün", "Şimdi", "Her", "Türkiye", "Cumhurbaşkanı", "Bakan", "Başkan", "Açıklamada", "Göre",
    "Öte", "Bunun", "Bunun üzerine", "Böylece", "Yani", "Ne", "Kim", "Nerede", "Neden", "Nasıl", "Eğer", "Çünkü",
  ],
  ordinalNumbers: true,
};
