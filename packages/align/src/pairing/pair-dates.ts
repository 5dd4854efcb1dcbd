/**
 * Month names of the languages tandem meets in news, diacritics folded and lowercased.
 * Abbreviations are listed only where they cannot be an ordinary word ("mar" is
 * Italian for "sea", "mag" Dutch for "may I": both left out).
 */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ["january", "jan", "januari", "januar", "janvier", "janv", "enero", "gennaio", "janeiro", "jänner", "janner"],
  ["february", "feb", "februari", "februar", "fevrier", "fevr", "febrero", "febbraio", "fevereiro"],
  ["march", "maart", "marz", "maerz", "mars", "marzo", "marco"],
  ["april", "apr", "avril", "abril", "aprile"],
  ["may", "mei", "mai", "mayo", "maggio", "maio"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"],
  ["august", "aug", "augustus", "aout", "agosto"],
  ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dicembre", "dezembro"],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;
const DAY = "(\\d{1,2})";
const YEAR = "(\\d{4})";

/** A date found in a text: its key and where it was, so numbers inside it are not counted twice. */
export interface PairDate {
  /** "MM-DD", e.g. "07-08" for 8 July: the part of a date every language writes. */
  readonly key: string;
  readonly year?: number;
  readonly start: number;
  readonly end: number;
}

// Each pattern captures (day, month) in some order; `order` says which group is which.
const PATTERNS: { regex: RegExp; day: number; month: number; year?: number; numericMonth?: boolean }[] = [
  // 2025-07-08
  { regex: new RegExp(`(?<!\\d)${YEAR}-(\\d{2})-(\\d{2})\\b`, "g"), year: 1, month: 2, day: 3, numericMonth: true },
  // 2025年7月8日, 7月8日
  { regex: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, year: 1, month: 2, day: 3, numericMonth: true },
  // 08/07/2025, 8.7.2025, 08-07-2025: day first, as everywhere but the US. No word
  // boundary before: news sites glue the date to the outlet name ("Thời Đại08/07/2025").
  { regex: new RegExp(`(?<!\\d)${DAY}[./-](\\d{1,2})[./-]${YEAR}\\b`, "g"), day: 1, month: 2, year: 3, numericMonth: true },
  // 8 juli 2025, 9. September 1988, 1er mai, le 25 avril
  { regex: new RegExp(`\\b${DAY}(?:\\.|er|e|th|st|nd|rd)?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, "giu"), day: 1, month: 2, year: 3 },
  // July 8, 2025; July 8th
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`, "giu"), month: 1, day: 2, year: 3 },
];

/**
 * Finds the dates in a text and reduces each to a language-independent key, so
 * "8 juli", "July 8", "08/07/2025" and "7月8日" all become `07-08` (with year 2025 where
 * given). Numeric dates are read day first; accents in month names are ignored
 * ("août" = "aout"). Offsets refer to the string passed in.
 *
 * @example
 * findDates("Op 8 juli 2025").map((d) => d.key); // ["07-08"]
 */
export function findDates(raw: string): PairDate[] {
  const text = foldKeepingOffsets(raw);
  const found: PairDate[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const day = Number(match[pattern.day]);
      const monthText = match[pattern.month]!;
      const month = pattern.numericMonth ? Number(monthText) : MONTHS[monthText.toLowerCase()];
      if (!month || month > 12 || day < 1 || day > 31) continue;
      const yearText = pattern.year === undefined ? undefined : match[pattern.year];
      const year = yearText ? Number(yearText) : undefined;
      taken.push([start, end]);
      found.push({
        key: `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
        ...(year === undefined ? {} : { year }),
        start,
        end,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Folds diacritics one UTF-16 unit at a time, so offsets into the result are offsets into `text`. */
function foldKeepingOffsets(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += text[i]!.normalize("NFD")[0]!;
  return out;
}
