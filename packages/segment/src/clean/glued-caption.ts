import { CLEAN_DEFAULTS as D } from "./clean-defaults.js";

/**
 * A photo caption glued to the sentence after it, when a page's caption and its first
 * paragraph were scraped into one line: "Minister X at the summit. (Photo: Reuters)
 * BRUSSELS, 3 May – The ministers …", "… at the meeting. Photo: VNA HANOI (VNA) – …".
 * The caption ends with its credit: a bracketed "(Word: Name)" credit right after an end
 * mark and before a capitalised word, or one before a dateline (a place in capitals, or a
 * capitalised place with "(AGENCY)" or ", date" and a dash); or an unbracketed
 * "Photo: Name" credit (label from CLEAN_DEFAULTS.photoLabels) after an end mark and before
 * such a dateline. Returns the offsets where the next sentence starts (rule `glued-caption`).
 *
 * @example
 * gluedCaptionCuts("The minister arrives. (Photo: AFP) PARIS (AFP) – Talks began."); // [35]
 */
export function gluedCaptionCuts(line: string): number[] {
  const cuts: number[] = [];
  for (const match of line.matchAll(BRACKET_CREDIT)) {
    const after = match.index + match[0].length;
    const rest = line.slice(after);
    const next = after + (/^\s*/u.exec(rest)?.[0].length ?? 0);
    if (next >= line.length || match.index === 0) continue;
    const afterEndMark = /[.!?…。！？]["'”’»)]*\s*$/u.test(line.slice(Math.max(0, match.index - 4), match.index));
    if ((afterEndMark && /^\s*\p{Lu}/u.test(rest)) || startsDateline(line.slice(next))) cuts.push(next);
  }
  for (const match of line.matchAll(PLAIN_CREDIT)) {
    // The name takes at least one word; the dateline starts at one of the next few words.
    const nameStart = match.index + match[0].length;
    const words = [...line.slice(nameStart, nameStart + 120).matchAll(/\S+/gu)].slice(1, D.creditNameWords + 1);
    const place = words.map((w) => nameStart + w.index).find((at) => startsDateline(line.slice(at), true));
    if (place !== undefined) cuts.push(place);
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

// "(Photo: Reuters)", "(Ảnh: TTXVN)", "（新华社记者 李响 摄）".
const BRACKET_CREDIT = /[(（]\s*\p{L}[\p{L} .'’-]{0,30}\s*[:：]\s*[^()（）:：]{1,80}[)）]|[(（][^()（）]{1,30}摄[)）]/gu;
const LABELS = D.photoLabels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");
// "… the meeting. Photo: VNA HANOI (VNA) – …": an unbracketed credit after an end mark.
const PLAIN_CREDIT = new RegExp(`(?<=[.!?…]["'”’»)]*\\s+)(?:${LABELS})\\s?:\\s*`, "giu");
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]+`;
const DASH = String.raw`\s*[–—-]\s`;
/** "HANOI (VNA) –", "Berlin (dpa) -", "BRUSSELS, 3 May –", "Brussels, 3 May –", "PARIS –", "新华社北京5月3日电". */
const DATELINE = new RegExp(
  [
    `^${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}\\s*[(（][^()（）]{1,30}[)）]${DASH}`,
    `^${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2},\\s*\\d{1,2}[^–—\\n]{0,25}?${DASH}`,
    `^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2},\\s*[^–—\\n]{1,30}?${DASH}`,
    `^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2}${DASH}`,
    String.raw`^\p{Script=Han}{2,10}\d{1,2}月\d{1,2}日电`,
  ].join("|"),
  "u",
);
/**
 * The same, with the place in capitals (after an unbracketed credit, a capitalised place could be
 * the photographer's name), or a capitalised place with both a numeric date and an agency in
 * brackets, which no name has: "Hà Nội, 19/7 (TTXVN) -" (a place of one or two words: the
 * name before it is capitalised too, "Ảnh: VGP/Nhật Bắc Hà Nội, 19/7 …").
 */
const CAPS_DATELINE = new RegExp(
  [
    `^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}\\s*[(（][^()（）]{1,30}[)）]${DASH}`,
    `^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2}(?:,\\s*[^–—\\n]{1,30}?)?${DASH}`,
    `^${PLACE_WORD}(?:\\s+${PLACE_WORD})?,\\s*\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\s*[(（][^()（）]{1,30}[)）]${DASH}`,
  ].join("|"),
  "u",
);

function startsDateline(text: string, capsOnly = false): boolean {
  return capsOnly ? CAPS_DATELINE.test(text) : DATELINE.test(text);
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{Nd}.'’&/-]*`;
const ANY_WORD = String.raw`\p{L}[\p{L}\p{M}\p{Nd}.'’&/-]*`;
const ACRONYM = String.raw`\p{Lu}[\p{Lu}\p{Nd}.&/-]+`;
/** What follows a photo label in a credit: ": Name of up to creditNameWords words", or " AGENCY" in capitals; a full stop may end it. */
const CREDIT_NAME = new RegExp(
  `^(?:\\s?[:：]\\s*${NAME_WORD}(?:\\s+${ANY_WORD}){0,${D.creditNameWords - 1}}|\\s+${ACRONYM}(?:\\s+${ACRONYM}){0,2})\\.?$`,
  "u",
);

/**
 * Whether a sentence that ends a caption's line is only its photo credit: "… Việt Nam. Ảnh:
 * Báo Chính phủ.", "… mayat mangsa. FOTO EPA": a label of CLEAN_DEFAULTS.photoLabels (any
 * case) with a colon and a capitalised name of at most CLEAN_DEFAULTS.creditNameWords words,
 * or without a colon and a name in capitals (an agency). The pages' convention keeps a
 * caption's credit in the caption (pages-dev README, "a caption keeps its photo credit"), so
 * segmentDocument joins it to the sentence before (rule trailing-credit).
 *
 * @example
 * isTrailingCredit("Ảnh: Báo Chính phủ."); // true
 * isTrailingCredit("FOTO EPA"); // true
 * isTrailingCredit("Foto di gruppo dei ministri."); // false
 */
export function isTrailingCredit(sentence: string): boolean {
  const text = sentence.trim();
  const lower = text.toLowerCase();
  return D.photoLabels.some((label) => lower.startsWith(label.toLowerCase()) && CREDIT_NAME.test(text.slice(label.length)));
}
