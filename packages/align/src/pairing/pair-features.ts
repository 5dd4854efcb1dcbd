import { transliterate } from "../lexicon/transliterate.js";
import { foldDiacritics } from "@tandem/segment/core";
import { normalizeDigits } from "../lexicon/normalize-digits.js";
import { isOtherScript, soundKeys } from "../lexicon/sound-key.js";
import { stripArabicClitics } from "../lexicon/strip-arabic-clitics.js";
import { findDates } from "./pair-dates.js";

/** The kinds of evidence that survive translation, as they appear in reasons. */
export type PairFeatureKind = "name" | "acronym" | "number" | "date" | "year" | "sound";

/**
 * What a document offers for pairing: translation-invariant anchors (keys like
 * `name:phan anh son`, `date:07-08`, `number:600`) and its content words for the
 * optional lexicon signal.
 */
export interface PairFeatures {
  /** Anchor key → the text it was first seen as, for reasons ("Phan Anh Sơn"). */
  readonly anchors: ReadonlyMap<string, string>;
  /**
   * Anchor key → relative position of its first occurrence (0 = start, 1 = end). A
   * translation mentions the same anchors in about the same order; a text on the same
   * topic does not.
   */
  readonly positions: ReadonlyMap<string, number>;
  /** Lowercased, folded words of 4+ letters that are not names: input to a lexicon. */
  readonly words: ReadonlySet<string>;
}

/** Lowercase particles allowed inside a capitalised name or organisation ("Union of Friendship Organizations"). */
const NAME_PARTICLES = new Set([
  "of", "and", "for", "the", "van", "der", "den", "de", "des", "du", "la", "le", "von", "und", "für", "fur", "et", "voor", "en", "het", "del", "di", "da",
]);

// Han runs are tokens of their own: Chinese text glues Latin names to the characters
// around it ("Halrobar报告了"), and one token of both would hide the name.
const TOKEN = /\p{Script=Han}+|(?:(?!\p{Script=Han})\p{L})(?:(?!\p{Script=Han})[\p{L}\p{M}'’-])*|\d+(?:[.,:]\d+)*/gu;

interface Token {
  readonly text: string;
  readonly start: number;
  /** The token starts a sentence or a line, where capitals say nothing. */
  readonly initial: boolean;
  /** Only white space separates it from the token before: names and phrases continue. */
  readonly joined: boolean;
}

/** Diacritics and case folded, so "Phan Anh Sơn" and "Phan Anh Son" give one key. */
function foldForPairing(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/**
 * The key of a name or acronym: folded, and transliterated to Latin with `any-ascii` when it is
 * written in another script, so Путин and Putin, Путін and Путин, НАТО and NATO give one key.
 */
function nameKey(text: string): string {
  return isOtherScript(text) ? foldForPairing(transliterate(text)).replace(/[^\p{L}\p{N} -]/gu, "") : foldForPairing(text);
}

/**
 * Extracts a document's pairing features. Names are capitalised words seen at least
 * once away from a sentence start (so "The" at the start of a sentence is not one),
 * single (as a 5-letter stem) and as exact runs of two and three; acronyms are
 * all-capital words and the initials of
 * capitalised phrases ("Vietnam Union of Friendship Organizations" → VUFO), because
 * one article spells out what the other abbreviates; numbers of two or more digits,
 * dates as month-day keys and years.
 *
 * @example
 * const features = extractPairFeatures("Phan Anh Sơn sprak op 8 juli 2025.");
 * features.anchors.has("date:07-08"); // true
 */
export function extractPairFeatures(text: string): PairFeatures {
  const anchors = new Map<string, string>();
  const positions = new Map<string, number>();
  const length = Math.max(1, text.length);
  const add = (key: string, surface: string, offset: number) => {
    if (anchors.has(key)) return;
    anchors.set(key, surface);
    positions.set(key, offset / length);
  };
  // NFC, so a name typed with combining accents and one typed precomposed tokenise alike.
  // Digits of every script as ASCII ("٣١" → "31"), one character for one, so offsets hold.
  const normalized = normalizeDigits(text.normalize("NFC"));

  // Dates first, so their digits are not also counted as loose numbers.
  const dates = findDates(normalized);
  for (const date of dates) {
    add(`date:${date.key}`, normalized.slice(date.start, date.end), date.start);
    if (date.year !== undefined) add(`year:${date.year}`, String(date.year), date.start);
  }
  const inDate = (offset: number) => dates.some((date) => offset >= date.start && offset < date.end);

  const tokens = tokenize(normalized);
  const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
  const nameForms = new Set<string>();
  for (const token of tokens) if (capitalised(token) && !token.initial && !isAllCaps(token.text)) nameForms.add(foldForPairing(token.text));
  const isName = (token: Token) => capitalised(token) && !isAllCaps(token.text) && nameForms.has(foldForPairing(token.text));

  const words = new Set<string>();
  let phrase: Token[] = [];
  const flushPhrase = () => {
    while (phrase.length > 0 && NAME_PARTICLES.has(phrase[phrase.length - 1]!.text)) phrase.pop();
    const heads = phrase.filter((token) => !NAME_PARTICLES.has(token.text));
    // Longer runs are headlines or lists, not one organisation's name. Without a
    // particle ("of", "van") three capitals are usually a person ("Phan Anh Son"),
    // whose initials nobody writes.
    const hasParticle = heads.length < phrase.length;
    if (heads.length <= 6 && (heads.length >= 4 || (heads.length >= 3 && hasParticle))) {
      const initials = heads.map((token) => token.text[0]!.toUpperCase()).join("");
      add(`acronym:${nameKey(initials)}`, phrase.map((token) => token.text).join(" "), phrase[0]!.start);
    }
    phrase = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^\d/.test(token.text)) {
      flushPhrase();
      if (inDate(token.start)) continue;
      const number = normaliseNumber(token.text);
      if (number === undefined) continue;
      if (/^(1[5-9]|20)\d\d$/.test(number)) add(`year:${number}`, token.text, token.start);
      else add(`number:${number}`, token.text, token.start);
      continue;
    }
    if (isAllCaps(token.text) && token.text.length >= 2 && token.text.length <= 8) {
      add(`acronym:${nameKey(token.text)}`, token.text, token.start);
      flushPhrase();
      continue;
    }
    if (capitalised(token)) {
      if (!token.joined) flushPhrase();
      phrase.push(token);
      if (isName(token)) {
        const key = nameKey(token.text);
        if (key.length >= 2) add(`name:${nameStem(key)}`, token.text, token.start);
        for (const sound of soundKeys(token.text)) if (sound.length >= MIN_SOUND_KEY) add(`sound:${sound}`, token.text, token.start);
        const previous = tokens[i - 1];
        if (previous && token.joined && isName(previous)) {
          add(`name:${nameKey(previous.text)} ${key}`, `${previous.text} ${token.text}`, previous.start);
          const first = tokens[i - 2];
          if (first && previous.joined && isName(first)) {
            add(`name:${nameKey(first.text)} ${nameKey(previous.text)} ${key}`, `${first.text} ${previous.text} ${token.text}`, first.start);
          }
        }
      }
      continue;
    }
    if (NAME_PARTICLES.has(token.text) && phrase.length > 0 && token.joined) {
      phrase.push(token);
      continue;
    }
    flushPhrase();
    const word = foldForPairing(token.text);
    if (word.length >= 4) words.add(word);
    if (CASELESS.test(token.text)) {
      for (const { segment, index } of splitWords(token.text)) {
        const stem = stripArabicClitics(segment);
        if (stem.length < 3) continue;
        for (const sound of soundKeys(stem)) if (sound.length >= MIN_SOUND_KEY) add(`sound:${sound}`, segment, token.start + index);
      }
    }
  }
  flushPhrase();
  return { anchors, positions, words };
}

/**
 * Shortest sound key kept as an anchor: two consonant classes ("nt", Modi) match too many
 * words of an unrelated text.
 */
const MIN_SOUND_KEY = 3;

// Letters of scripts without capitals (Arabic, Devanagari, Bengali, Hangul, kana, Thai …), where
// a name looks like any other word. Han is left out: it has no sound key.
const CASELESS = /^(?:(?!\p{Script=Han})[\p{Lo}\p{M}'’-])+$/u;

const WORDS = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * The words of a caseless token: Thai, and Japanese kana, are written without spaces, and a whole
 * run would give one long sound key that matches nothing (`Intl.Segmenter`'s dictionaries split it).
 */
function splitWords(token: string): { segment: string; index: number }[] {
  return [...WORDS.segment(token)].filter((part) => part.isWordLike);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    // Capitals after a sentence end, a colon, a quote, a bracket or a line break are
    // grammar, not names: "(Foto: Dinh Hoa)" keeps "Hoa" but says nothing about "Dinh".
    const gap = text.slice(previousEnd, match.index);
    const initial = tokens.length === 0 || /[.!?:;"“”«»(\[|•\n]/u.test(gap);
    tokens.push({ text: match[0], start: match.index, initial, joined: tokens.length > 0 && /^[ \t]+$/.test(gap) });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]+$/u.test(word);
}

/**
 * "1,200", "1.200" and "1200" are one number; "3,5" and "3.5" another. A separator
 * followed by exactly three digits is read as a thousands separator. Numbers below
 * 10 say nothing about which article this is and are dropped.
 */
function normaliseNumber(text: string): string | undefined {
  if (text.includes(":")) return text; // a time such as 10:07
  const thousands = /^\d{1,3}([.,]\d{3})+$/.test(text);
  const value = thousands ? text.replace(/[.,]/g, "") : text.replace(",", ".");
  const number = Number(value);
  if (!Number.isFinite(number) || number < 10) return undefined;
  return String(number);
}

/**
 * Single capitalised words are compared on their first 5 letters: inflected names
 * (Icelandic "Aragorns" / "Aragorn", German "Engelhörnern") and cognate proper nouns
 * ("Ministerie" / "Ministry", "Vietnamese" / "Vietnam") meet, as in Simard et al.'s
 * cognate prefixes. On our sets this found 2 more true pairs and no false one; the
 * two- and three-word forms stay exact, so a full name is still strong evidence.
 */
const NAME_STEM_LETTERS = 5;

function nameStem(key: string): string {
  const spelled = key.replace(/(\p{L})\1+/gu, "$1").replace(/(?<=[aeiou])y/g, "");
  return spelled.length > NAME_STEM_LETTERS ? spelled.slice(0, NAME_STEM_LETTERS) : spelled;
}
