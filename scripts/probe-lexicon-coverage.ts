/**
 * The share of a text's words that a pair's lexicon knows (its stem is a headword of the stem
 * index), as `tandem align` loads the lexicon: a check that a dictionary reaches a language's
 * running text, where no page pair with gold exists (uk–en).
 *
 *   pnpm exec tsx --conditions=source scripts/probe-lexicon-coverage.ts uk en FILE [FILE…]
 *
 * `PROBE_LEXICON=FILE.tsv` adds a user lexicon (as `--lexicon`), to try a word list before wiring it in.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_LEXICAL_SETTINGS } from "../packages/align/src/scoring/lexical-scorer-settings.js";
import { tokenizeForMatching } from "../packages/align/src/lexicon/tokenize-for-matching.js";
import { lexiconStemIndex, stemToken } from "../packages/align/src/lexicon/lexicon-stem-index.js";
import { foldEastSlavic } from "../packages/align/src/lexicon/fold-east-slavic.js";
import { loadLexicon } from "../packages/cli/src/pipeline/load-lexicon.js";

const [sourceLang, targetLang, ...files] = process.argv.slice(2);
if (!sourceLang || !targetLang || files.length === 0) throw new Error("usage: SOURCE_LANG TARGET_LANG FILE…");
const { lexicon, notes } = await loadLexicon({ sourceLang, targetLang, ...(process.env.PROBE_LEXICON ? { lexiconFile: process.env.PROBE_LEXICON } : {}) });
for (const note of notes) console.log(`note: ${note}`);
const stemLength = DEFAULT_LEXICAL_SETTINGS.stemLength;
const index = lexicon ? lexiconStemIndex(lexicon, stemLength) : undefined;
for (const file of files) {
  const words = readFileSync(file, "utf8").split("\n").flatMap((line) => tokenizeForMatching(line)).filter((w) => /\p{L}/u.test(w));
  const known = words.filter((w) => index?.stems.has(stemToken(foldEastSlavic(w), stemLength)));
  console.log(`${file}: ${known.length} / ${words.length} words known (${(known.length / Math.max(1, words.length)).toFixed(3)}); unknown: ${words.filter((w) => !known.includes(w)).slice(0, 30).join(" ")}`);
}
