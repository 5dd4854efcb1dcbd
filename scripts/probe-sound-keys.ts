/**
 * Precision of the sound-key matches (packages/align/src/scoring/sound-candidates.ts) on the gold
 * sentences of every dev page pair (hold-out pairs are never read): each matched pair of word
 * types is counted once per pair of sentences holding them, as "gold" when the gold links the two
 * sentences and "other" when not. A name's match lands in gold sentence pairs; a native word
 * that merely sounds like a name lands anywhere.
 *
 * With --words, each matched word pair: + seen in a gold pair, - never; K the lexicon knows one of them.
 *
 *     pnpm exec tsx --conditions=source scripts/probe-sound-keys.ts [--sets pages-dev,pages-dev2,pages-langs-dev] [--words] [--loose]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildTokenSide } from "../packages/align/src/scoring/build-token-side.js";
import { soundCandidates } from "../packages/align/src/scoring/sound-candidates.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";
import { lexiconStemIndex, stemToken } from "../packages/align/src/lexicon/lexicon-stem-index.js";
import { targetStemsOf } from "../packages/align/src/lexicon/target-stems.js";
import { isOtherScript, soundKey } from "../packages/align/src/lexicon/sound-key.js";
import { DEFAULT_LEXICAL_SETTINGS } from "../packages/align/src/scoring/lexical-scorer-settings.js";
import { loadLexicon } from "../packages/cli/src/pipeline/load-lexicon.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "bench");
const argv = process.argv.slice(2);
const setsAt = argv.indexOf("--sets");
const sets = setsAt >= 0 ? argv[setsAt + 1]!.split(",") : ["pages-dev", "pages-dev2", "pages-langs-dev"];
const showWords = argv.includes("--words");
// As the lexical scorer does: words the lexicon knows meet a name only by the same key (`--loose`: not).
const ordinary = !argv.includes("--loose");

const rules = new Map<string, number[]>();
let totalGold = 0, totalOther = 0, totalTypesGood = 0, totalTypesBad = 0;
for (const set of sets) {
  const dir = path.join(root, set);
  for (const name of readdirSync(dir).sort()) {
    if (HOLD_OUT_PAIRS.includes(name) || !existsSync(path.join(dir, name, "gold.json"))) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, name, "gold.json"), "utf8")) as {
      src: Record<string, string>; tgt: Record<string, string>; links: [string[], string[]][]; src_lang: string; tgt_lang: string;
    };
    const sourceIds = Object.keys(gold.src), targetIds = Object.keys(gold.tgt);
    const linked = new Set<string>();
    for (const [s, t] of gold.links) for (const a of s) for (const b of t) linked.add(`${a}|${b}`);
    const source = buildTokenSide(sourceIds.map((id) => gold.src[id]!), 1, undefined, gold.src_lang);
    const target = buildTokenSide(targetIds.map((id) => gold.tgt[id]!), 1, undefined, gold.tgt_lang);
    const { lexicon } = await loadLexicon({ sourceLang: gold.src_lang, targetLang: gold.tgt_lang });
    const reversed = lexicon && lexicon.sourceLang === gold.tgt_lang;
    const oriented = lexicon && reversed ? { ...lexicon, sourceLang: lexicon.targetLang, targetLang: lexicon.sourceLang, forward: lexicon.backward, backward: lexicon.forward } : lexicon;
    const index = oriented && (oriented.forward.size > 0 || oriented.backward.size > 0) ? lexiconStemIndex(oriented, DEFAULT_LEXICAL_SETTINGS.stemLength) : undefined;
    const known = (word: string, isSource: boolean) => index !== undefined && isOtherScript(word) && (isSource ? index.stems.has(stemToken(word, DEFAULT_LEXICAL_SETTINGS.stemLength)) : targetStemsOf(index).has(stemToken(word, DEFAULT_LEXICAL_SETTINGS.stemLength)));
    const candidates = soundCandidates(source, target, { source: gold.src_lang, target: gold.tgt_lang, ...(ordinary ? { sourceOrdinary: (w: string) => known(w, true), targetOrdinary: (w: string) => known(w, false) } : {}) });
    const where = (side: typeof source) => {
      const map = new Map<number, number[]>();
      side.types.forEach((types, sentence) => { for (const type of types) { const list = map.get(type) ?? []; list.push(sentence); map.set(type, list); } });
      return map;
    };
    const sourceAt = where(source), targetAt = where(target);
    let good = 0, bad = 0;
    const lines: string[] = [];
    candidates.forEach((list, type) => {
      for (const other of list) {
        let g = 0, o = 0;
        for (const i of sourceAt.get(type) ?? []) for (const j of targetAt.get(other) ?? []) {
          if (linked.has(`${sourceIds[i]}|${targetIds[j]}`)) g++; else o++;
        }
        good += g; bad += o;
        if (g > 0) totalTypesGood++; else totalTypesBad++;
        const a = soundKey(source.words[type]!) ?? "", b = soundKey(target.words[other]!) ?? "";
        const latinLonger = isOtherScript(source.words[type]!) ? b.length > a.length : a.length > b.length;
        const rule = a === b ? "exact" : (a.startsWith(b) || b.startsWith(a)) ? (latinLonger ? `latin+${Math.abs(a.length - b.length)}` : `other+${Math.abs(a.length - b.length)}`) : a.length && b.length ? "fuzzy" : "spelt";
        const tally = rules.get(rule) ?? [0, 0]; tally[g > 0 ? 0 : 1]++; rules.set(rule, tally);
        if (showWords) lines.push(`    ${g > 0 ? "+" : "-"} ${known(source.words[type]!, true) || known(target.words[other]!, false) ? "K" : "."} ${source.words[type]} / ${target.words[other]}  gold ${g} other ${o}  ${rule} ${a}/${b}`);
      }
    });
    totalGold += good; totalOther += bad;
    console.log(`${`${set}/${name}`.padEnd(52)} gold ${String(good).padStart(4)}  other ${String(bad).padStart(4)}`);
    for (const line of lines) console.log(line);
  }
}
console.log(`total: sentence pairs gold ${totalGold}, other ${totalOther}, precision ${(totalGold / Math.max(1, totalGold + totalOther)).toFixed(3)}; word pairs seen in a gold pair ${totalTypesGood}, never ${totalTypesBad}`);
for (const [rule, [g, o]] of rules) console.log(`${rule.padEnd(10)} in a gold pair ${g}, never ${o}`);
