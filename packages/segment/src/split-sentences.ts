import { split as splitWithSentenceSplitter } from "sentence-splitter";
import { sentenceRulesFor } from "./sentence-rules-for.js";
import type { SentenceRules } from "./sentence-rules.js";

/** A sentence found by {@link splitSentences}: its text and offsets into the input. */
export interface SentenceSpan {
  /** The sentence with runs of white space collapsed to one space. */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset one past the last character in the input. */
  end: number;
}

const CJK_LANGS = new Set(["zh", "ja"]);
// Closing quotes and brackets after a terminator belong to the sentence they close:
// « C'est fini. » and “我们来了。” stay whole. French puts a (narrow) space before ».
// German closes with “ and ‘ („Wir sind bereit.“), so right after a terminator they close too.
const CLOSERS = /^(?:["'”’“‘»)\]」』）》〉]|[\u00a0\u202f ]»)*/u;
const LATIN_TERMINATOR = /[.!?…]+/gu;
const CJK_TERMINATOR = /[。！？!?]+[”’」』）)》〉"']*/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Splits text into sentences. Line ends are hard boundaries (our articles put one
 * paragraph per line). For Latin-script languages, sentence-splitter and a terminator
 * scan propose boundaries and per-language rules (abbreviations, initials, ordinals,
 * quotes) decide; Chinese and Japanese split at 。！？ plus any closing quote.
 *
 * @example
 * splitSentences("Dhr. Jansen kwam o.a. met ca. 20 man. Hij bleef.", "nl").map((s) => s.text);
 * // ["Dhr. Jansen kwam o.a. met ca. 20 man.", "Hij bleef."]
 */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const rules = sentenceRulesFor(lang);
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      const cuts = isCjkLine(line, lang) ? cjkCuts(line) : latinCuts(line, rules);
      let from = 0;
      for (const cut of [...cuts, line.length]) {
        pushTrimmed(spans, text, lineStart + from, lineStart + cut);
        from = cut;
      }
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ text: text.slice(start, end).replace(/\s+/gu, " "), start, end });
}

function isCjkLine(line: string, lang: string): boolean {
  if (CJK_LANGS.has(lang)) return true;
  const han = line.match(HAN)?.length ?? 0;
  return han * 2 > line.replace(/\s/gu, "").length;
}

function cjkCuts(line: string): number[] {
  const cuts: number[] = [];
  for (const match of line.matchAll(CJK_TERMINATOR)) {
    const end = match.index + match[0].length;
    if (line.slice(end).trim() === "") continue;
    // “好！我们开始吧。” is one quotation: no cut while a quote opened before is still open.
    if (quoteDepth(line.slice(0, end)) > 0 && quoteDepth(line) <= 0) continue;
    // “欢迎！”主人回答。: a sentence that opens with a quotation goes on to its speech tag.
    const sentenceStart = line.slice(cuts.at(-1) ?? 0).trimStart();
    if (/^[“「『]/u.test(sentenceStart) && /[”」』]$/u.test(match[0])) continue;
    cuts.push(end);
  }
  return cuts;
}

/** Open minus closed CJK quotes in a text: only pairs with distinct open and close marks. */
function quoteDepth(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === "“" || c === "「" || c === "『") depth++;
    else if (c === "”" || c === "」" || c === "』") depth--;
  }
  return depth;
}

/** Cut positions (offsets into the line) where one sentence ends and the next begins. */
function latinCuts(line: string, rules: SentenceRules): number[] {
  const candidates = new Set<number>();
  for (const match of line.matchAll(LATIN_TERMINATOR)) candidates.add(match.index);
  // sentence-splitter also ends sentences at terminators without a following space
  // ("Wat?Nee"); its ends join our candidates, and the same rules judge all of them.
  for (const node of splitWithSentenceSplitter(line)) {
    if (node.type !== "Sentence") continue;
    const end = node.range[1];
    let start = end;
    while (start > 0 && /[.!?…。]/u.test(line[start - 1]!)) start--;
    if (start < end) candidates.add(start);
  }
  const cuts: number[] = [];
  for (const termStart of [...candidates].sort((a, b) => a - b)) {
    const termMatch = /^[.!?…]+/u.exec(line.slice(termStart));
    if (!termMatch) continue;
    // Only the start of a run of terminators is a candidate ("?!", "...").
    if (termStart > 0 && /[.!?…]/u.test(line[termStart - 1]!)) continue;
    const termEnd = termStart + termMatch[0].length;
    const closers = CLOSERS.exec(line.slice(termEnd))![0];
    const cut = termEnd + closers.length;
    const rest = line.slice(cut);
    const next = rest.trimStart();
    if (next === "") continue;
    if (rest.length === next.length && !/[!?]/u.test(termMatch[0])) continue; // "1.23", "e.g.the", "www.x.nl"
    if (endsSentence(line.slice(0, termStart), termMatch[0], closers, next, rules)) cuts.push(cut);
  }
  return cuts;
}

const SENTENCE_OPENER = /^[\p{Lu}\p{Lt}\p{Lo}\d"'“‘«„¿¡([–—-]/u;

/**
 * Does a sentence end at this terminator? `before` is the line up to the terminator,
 * `next` the text after it and its closers.
 */
function endsSentence(before: string, terminator: string, closers: string, next: string, rules: SentenceRules): boolean {
  if (!SENTENCE_OPENER.test(next)) return false; // "Wat?" zei hij. / "e.g. the"
  // A trailing photo credit "(Foto: X)" is part of its caption, never a sentence.
  if (/^\([^()]*\)[\s|]*$/u.test(next)) return false;
  if (/[!?]/u.test(terminator)) return true;
  if (terminator.length > 1 || terminator === "…") return true; // an ellipsis before a capital
  if (closers.trim() !== "") return true; // 'zei hij: "Klaar." Daarna' — the quote closed the sentence
  const token = lastToken(before) + ".";
  const nextWord = firstWord(next);
  if (before.trim() === lastToken(before)) return false; // "1. Eerste punt", "a. Ten eerste": list markers
  const bare = token.replace(/^.*['’]/u, ""); // "l'art." → "art."
  if (isListed(rules.nonFinal, token) || isListed(rules.nonFinal, bare)) return false;
  if (rules.nonFinalSuffixes?.some((suffix) => token.length > suffix.length && token.endsWith(suffix))) return false;
  if (isListed(rules.finalCapable, token) || isListed(rules.finalCapable, bare)) return isStarter(nextWord, rules);
  if (/^\d+\.$/u.test(token)) return rules.ordinalNumbers ? isStarter(nextWord, rules) : true;
  if (/^(?:\p{Lu}\.-?)+$/u.test(token)) return isStarter(nextWord, rules); // initials: "J. K. Rowling", "J.-P. Sartre"
  if (/^(?:\p{L}{1,2}\.){2,}$/u.test(token)) return isStarter(nextWord, rules); // unknown dotted abbreviation
  return true;
}

function isListed(list: readonly string[], token: string): boolean {
  return list.includes(token);
}

function lastToken(before: string): string {
  const match = /[^\s(«"“„'‘[]*$/u.exec(before);
  return match ? match[0] : "";
}

function firstWord(next: string): string {
  const match = /^[^\s]+/u.exec(next);
  return match ? match[0].replace(/[.,;:!?"'”’»)]+$/u, "") : "";
}

function isStarter(word: string, rules: SentenceRules): boolean {
  if (/^["“«„'‘]/u.test(word)) return true;
  return rules.starters.includes(word);
}
