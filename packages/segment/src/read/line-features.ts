/**
 * Cheap facts about one line that the cleaning rules combine. None of them names a
 * site or a word: they are shapes (a date, a counter, a URL, a credit in brackets).
 */
export interface LineFeatures {
  /** Rough length in words; two Han characters count as one word, four Thai, Lao, Khmer or Myanmar letters one word. */
  readonly size: number;
  /**
   * Ends with a sentence end mark of any script (. ! ? … 。 ！ ？ । ॥ ؟ ۔ ። ။ ។ ։, Greek ; after a
   * Greek word), maybe followed by a closing quote or bracket; or is a long line (more than
   * {@link UNMARKED_SENTENCE_SIZE} words) in Thai or Lao, which end sentences with no mark.
   */
  readonly endsSentence: boolean;
  readonly hasUrl: boolean;
  /** Size of the line without its URLs. */
  readonly sizeWithoutUrl: number;
  /** Ends with a counter like "(0)" or "(12)" and is short: "Comments (3)". */
  readonly isCounter: boolean;
  /** Contains a date like 08/07/2025 or 2025-07-08. */
  readonly hasDate: boolean;
  /** Size of the line without dates and times. */
  readonly sizeWithoutDate: number;
  /** Ends in a parenthesised "Word: Name" credit: "(Foto: Dinh Hoa)", "(Source: VUFO) |". */
  readonly hasCredit: boolean;
  /** Contains a domain name like example.vn or www.site.com. */
  readonly hasDomain: boolean;
  /** Two or more runs of 6+ Han characters separated by spaces: headlines glued together. */
  readonly isGluedHeadlines: boolean;
  /** Three or more short items between separators: "Home | World | Business", "News • Sport • Weather"; or a breadcrumb "Home>>World". */
  readonly isMenu: boolean;
  /** Has a word made only of digits and separators: "4", "09/527", "14:16", "1,104". */
  readonly hasNumberToken: boolean;
  /** Nothing but bracketed groups: a credit or end mark standing alone, "(jd/AFP)", "（完）", "(Editors: A, B)". */
  readonly isCreditOnly: boolean;
  /** Separators with nothing between them, where a page's links were: "tagged , , , ,". */
  readonly isEmptyList: boolean;
  /** Ends in two or more language codes: "nl en", "Other languages: EN FR DE". */
  readonly isLanguageSwitcher: boolean;
  /** A short "Label: Name" credit without brackets: "Photo: Jane Doe/AP", "Foto: ANP"; or an agency's: "EFE/Luong Thai Linh". */
  readonly isCreditLine: boolean;
  /** Opens with a date: "2021年11月13日,…", "12/03/2024 –", "13 March 2024 –". */
  readonly startsWithDate: boolean;
}

const URL = /(?:https?:\/\/|www\.)\S+/giu;
// Day and month without a year ("le 30/03") are dates too, on lines that are otherwise short.
// Written months too, in any language: "2 april 2009", "2. April 2009", "September 17, 2019",
// with the Spanish and Portuguese "de" ("19 de julio de 2023", "19 de julho de 2023"); the
// Vietnamese "19 tháng 7 năm 2023" (also "ngày 19 tháng 7", "19 tháng 7, 2023"); and the Chinese,
// Japanese and Korean "2023年7月19日", "7月19日", "2023년 7월 19일" anywhere in the line.
const DATE =
  /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[-.]\d{2}[-.]\d{2}|\d{1,2}\/\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+|del\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+tháng\s+\d{1,2}(?:(?:\s+năm|,)\s+\d{4})?|(?:\d{2,4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일])(?![\d/])/gu;
// "14:16", and the French and Vietnamese "09h14".
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)/gu;
const LEADING_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4})/u;
// "2021年11月13日", Japanese era years "平成31年1月21日", "令和元年5月1日", Korean "2025년 10월 29일".
const CJK_DATE_AT_END = /(?:\d{1,4}|元)\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]$/u;
export const CREDIT = /\(\s*[\p{L}][\p{L} .'’-]{0,30}\s*:\s*[^():]{1,80}\)\s*$/u;
// An agency's credit without a label: "EFE/Luong Thai Linh", "REUTERS/Kim Kyung-Hoon", "AP Photo/Evan
// Vucci", "Xinhua/Li Xin", "dpa/Getty Images": a news or photo agency by name (not any capitals:
// "USA/China Trade War" is a title), a slash, a name.
const AGENCY_CREDIT = new RegExp(
  String.raw`^(?:AFP|AP|EFE|REUTERS|Reuters|ANP|ANSA|EPA|DPA|dpa|TASS|RIA|VNA|TTXVN|VGP|PAP|CTK|ČTK|APA|SDA|KEYSTONE|Keystone|BELGA|Belga|XINHUA|Xinhua|IMAGO|Imago|Getty|Getty Images|Shutterstock|picture alliance|Kyodo|Yonhap|Sputnik|Bernama|Antara|Lusa|LUSA|Europa Press|Anadolu)` +
    String.raw`(?:\s(?:Photo|Foto|Images|Pool|Press))?\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:[\s/,&]+\p{Lu}[\p{L}.'’-]*)*$`,
  "u",
);
const DOMAIN = /(?<![\p{L}\d@])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|vn|nl|be|fr|de|cn|uk|eu|io|gov|edu)(?![\p{L}\d])/iu;

/** Sentence end marks of every script, for a line's last character; see sentences/ for the splitter's own list. */
export const LINE_END_MARK = /(?:[.!?…。！？｡।॥؟۔።፧።။។៕։]|(?<=\p{Script=Greek}[\p{L}\p{M}]*);)["'”’“‘»«)\]」』）\u200e\u200f\u061c\u2066-\u2069]*$/u;
/**
 * A Thai or Lao line longer than this (in words, see measureSize) counts as ending a sentence:
 * these scripts put no mark at a sentence's end, and headlines and labels are shorter.
 */
export const UNMARKED_SENTENCE_SIZE = 12;
const UNMARKED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}]/u;
// Scripts written without spaces between words; Intl.Segmenter's Thai words average 4.1
// characters on the Thai page of pages-langs-dev, so four letters count as one word.
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

/** Whether a line ends a sentence: a script's end mark, or a long line in a script without one. */
export function endsWithSentenceMark(line: string, size = measureSize(line)): boolean {
  return LINE_END_MARK.test(line) || (size > UNMARKED_SENTENCE_SIZE && UNMARKED_SCRIPT.test(line));
}

/** Rough length in words: words between spaces, half the Han characters, a quarter of the Thai, Lao, Khmer and Myanmar letters. */
export function measureSize(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  let unspaced = 0;
  if (/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(text)) {
    for (const run of text.match(UNSPACED) ?? []) unspaced += Math.max(1, Math.round(run.length / 4));
    text = text.replace(UNSPACED, " ");
  }
  const words = text.replace(/\p{Script=Han}+/gu, " ").split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w)).length;
  return words + Math.ceil(han / 2) + unspaced;
}

/**
 * A whole sentence in brackets, content and no credit or end mark: what the brackets hold
 * ends with its own end mark and measures five or more ({@link measureSize}). "(Now Hebron
 * was built seven years before Zoan in Egypt.)", against "(Cip)", "（完）", "(Por Marion
 * Giraldo)", "(Rédacteurs :Shuang Sheng, Yishuang Liu)".
 *
 * @example
 * isBracketedSentence("(For the men of war had taken spoil, every man for himself.)"); // true
 * isBracketedSentence("(segue) (Cip)"); // false
 */
export function isBracketedSentence(text: string): boolean {
  const inside = /^[(（]([^()（）]+)[)）]\s*[.。]?$/u.exec(text.trim())?.[1];
  return inside !== undefined && /[.!?。！？…]["'”’»」』]?\s*$/u.test(inside) && measureSize(inside) >= 5;
}

/**
 * Notes in brackets and nothing else ("(Cip)", "(segue) (Cip)", "(Foto: ANP)"), each of at most
 * 80 characters, and no {@link isBracketedSentence}; with `endMark`, a full stop may follow
 * (a sentence of a paragraph, "(mb/L'essentiel).").
 *
 * @example
 * isBracketNotes("(segue) (Cip)"); // true
 * isBracketNotes("(Now Hebron was built seven years before Zoan in Egypt.)"); // false
 */
export function isBracketNotes(text: string, endMark = false): boolean {
  return (endMark ? /^(?:[(（][^()（）]{1,80}[)）]\s*)+[.。]?$/u : /^(?:[(（][^()（）]{1,80}[)）]\s*)+$/u).test(text) && !isBracketedSentence(text);
}

/**
 * Measures the features of a line (already trimmed).
 *
 * @example
 * computeLineFeatures("Reactie (0)").isCounter; // true
 */
export function computeLineFeatures(line: string): LineFeatures {
  const size = measureSize(line);
  const withoutUrl = line.replace(URL, " ");
  const withoutDate = line.replace(DATE, " ").replace(TIME, " ");
  return {
    size,
    endsSentence: endsWithSentenceMark(line, size),
    hasUrl: /(?:https?\s*:\s*\/\/|www\.)\S/iu.test(line),
    sizeWithoutUrl: measureSize(withoutUrl.replace(/https?\s*:\s*\/\/\S*/giu, " ")),
    isCounter: /\(\d+\)$/u.test(line) && size <= 4,
    hasDate: withoutDate !== line.replace(TIME, " ") || CJK_DATE_AT_END.test(line),
    sizeWithoutDate: measureSize(withoutDate),
    // A credit closes a caption: with nothing before it, it stands alone (isCreditOnly).
    hasCredit: CREDIT.test(line) && size <= 60 && !/^[(（]/u.test(line),
    hasDomain: DOMAIN.test(line),
    isGluedHeadlines: /\p{Script=Han}{6,}[^\S\n]+\p{Script=Han}{6,}/u.test(line) && !/[。！？]/u.test(line),
    isMenu: isMenu(line) || isBreadcrumb(line),
    hasNumberToken: line.split(/\s+/u).some((word) => /^[\p{P}]*\d[\d.,:/h-]*[\p{P}]*$/u.test(word) || /^[A-Z]{1,4}\/\d/u.test(word)),
    isCreditOnly: isBracketNotes(line) || /^[-–—/.\s]*(?:end|fin|ende|hết|完)?[-–—/.\s]*$/iu.test(line),
    isEmptyList: /(?:[,;|]\s*){4,}/u.test(line),
    isLanguageSwitcher: /(?:^|[\s:])(?:\p{Lu}{2}|\p{Ll}{2})(?:\s+(?:\p{Lu}{2}|\p{Ll}{2}))+$/u.test(line) && (/^(?:\p{L}{2}\s*)+$/u.test(line) || /(?:\s\p{Lu}{2}){2,}$/u.test(line)),
    // The name after the label is capitalised throughout: "Photo: Nadia Kerr/AP", not "Update: Police confirm arrest".
    isCreditLine: (/^\p{L}+\s?:\s?\p{Lu}[\p{L}.'’-]*(?:[\s/,&]+\p{Lu}[\p{L}.'’-]*)*$/u.test(line) && size <= 5) || (AGENCY_CREDIT.test(line) && size <= 6),
    startsWithDate: LEADING_DATE.test(line),
  };
}

function isBreadcrumb(line: string): boolean {
  const items = line.split(/\s*(?:>>|›|»|>)\s*/u).filter((item) => item.trim() !== "");
  return items.length >= 2 && /(?:>>|›|>)/u.test(line) && items.every((item) => measureSize(item) <= 3) && !/[.!?。！？]$/u.test(line);
}

function isMenu(line: string): boolean {
  const items = line.split(/\s+[|•·»›]\s+|\s*[|•·]\s*/u).filter((item) => item.trim() !== "");
  return (items.length >= 3 && items.every((item) => measureSize(item) <= 4) && !/[.!?。！？]$/u.test(line)) || isHanToolbar(line);
}

/**
 * A page's toolbar in Chinese or Japanese: three or more items of at most four characters apart
 * by spaces, which running Han text never has ("【字号 大 中 小】 打印本页 关闭窗口").
 */
function isHanToolbar(line: string): boolean {
  if (!/\p{Script=Han}/u.test(line) || /[。！？，]/u.test(line)) return false;
  const items = line.split(/\s+/u).map((item) => item.replace(/[\p{P}\p{S}]+/gu, "")).filter((item) => item !== "");
  return items.length >= 3 && items.every((item) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u.test(item));
}

const MARKDOWN_LINK = /(?<!!)\[([^\[\]\n]{1,300})\]\((?:https?:\/\/|www\.|\/|#)[^()\s]*\)/gu;

/**
 * A text with its Markdown links read as their words: "[Rousseff](https://…/x.html)" →
 * "Rousseff", as converters write a page's links. The address is no part of what the line
 * says: with it, a title read as a site banner and a question as a source line.
 *
 * @example
 * withoutMarkdownLinks("Xi felicita a [Rousseff](https://example.org/a.html) por su reelección"); // "Xi felicita a Rousseff por su reelección"
 */
export function withoutMarkdownLinks(text: string): string {
  return text.includes("](") ? text.replace(MARKDOWN_LINK, "$1") : text;
}
