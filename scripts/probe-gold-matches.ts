/**
 * Which words of each gold link find a counterpart in the linked sentences, as the lexical
 * scorer builds its token candidates (identical, lexicon by stem, cognates, sound keys, Unihan
 * readings): a look at why a gold pair scores low (a word the lexicon lacks, an inflection the
 * stem misses, a name not matched across scripts). Dev pairs only (hold-out pairs are never read).
 * Per link: the matched share of the source and target words (IDF-weighted, as the coverage),
 * then each source word with its matches ("·" none) and the target words nothing matched.
 *
 *     pnpm exec tsx --conditions=source scripts/probe-gold-matches.ts [--sets pages-langs-dev] [--pair NAME] [--summary]
 *
 * `--sets` takes ../shared/bench folder names or paths of other folders of pairs (fixtures/pages-written).
 *
 * `--summary` prints one line per pair: the weighted coverage of all its gold links, both ways.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildTokenSide } from "../packages/align/src/scoring/build-token-side.js";
import { buildCandidates } from "../packages/align/src/scoring/build-candidates.js";
import { mergeCandidates, soundCandidates } from "../packages/align/src/scoring/sound-candidates.js";
import { readingCandidates } from "../packages/align/src/scoring/reading-candidates.js";
import { HOLD_OUT_PAIRS } from "../packages/cli/src/bench/pages.js";
import { lexiconStemIndex, stemToken } from "../packages/align/src/lexicon/lexicon-stem-index.js";
import { targetStemsOf } from "../packages/align/src/lexicon/target-stems.js";
import { hanReadingLang } from "../packages/align/src/lexicon/han-readings.js";
import { pinyinNameSides } from "../packages/align/src/scoring/pinyin-names.js";
import { splitHanWords } from "../packages/align/src/lexicon/split-han-words.js";
import { DEFAULT_LEXICAL_SETTINGS } from "../packages/align/src/scoring/lexical-scorer-settings.js";
import { loadLexicon } from "../packages/cli/src/pipeline/load-lexicon.js";
import { loadHanReadings } from "../packages/cli/src/pipeline/load-han-readings.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "bench");
const argv = process.argv.slice(2);
const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const sets = (valueOf("--sets") ?? "pages-langs-dev").split(",");
const only = valueOf("--pair");
const summary = argv.includes("--summary");
const settings = DEFAULT_LEXICAL_SETTINGS;

for (const set of sets) {
  // A set is a folder under ../shared/bench, or any folder of pairs (fixtures/pages-written).
  const dir = existsSync(path.join(root, set)) ? path.join(root, set) : path.resolve(set);
  for (const name of readdirSync(dir).sort()) {
    if (HOLD_OUT_PAIRS.includes(name) || !existsSync(path.join(dir, name, "gold.json")) || (only && name !== only)) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, name, "gold.json"), "utf8")) as {
      src: Record<string, string>; tgt: Record<string, string>; links: [string[], string[]][]; src_lang: string; tgt_lang: string;
    };
    const sourceLang = gold.src_lang, targetLang = gold.tgt_lang;
    const sourceIds = Object.keys(gold.src), targetIds = Object.keys(gold.tgt);
    const sourceSentences = sourceIds.map((id) => gold.src[id]!), targetSentences = targetIds.map((id) => gold.tgt[id]!);
    const { lexicon } = await loadLexicon({ sourceLang, targetLang });
    const { hanReadings, pinyin } = await loadHanReadings({ sourceLang, targetLang });
    const reversed = lexicon && lexicon.sourceLang === targetLang;
    const oriented = lexicon && reversed ? { ...lexicon, sourceLang: lexicon.targetLang, targetLang: lexicon.sourceLang, forward: lexicon.backward, backward: lexicon.forward } : lexicon;
    const index = oriented && (oriented.forward.size > 0 || oriented.backward.size > 0) ? lexiconStemIndex(oriented, settings.stemLength) : undefined;
    const readingLang = hanReadings ? hanReadingLang(sourceLang, targetLang) : undefined;
    const hanIsSource = hanReadings !== undefined && readingLang === hanReadings.lang && readingLang === targetLang;
    const hanIsTarget = hanReadings !== undefined && readingLang === hanReadings.lang && readingLang === sourceLang;
    const splitToken = index?.splitToken ?? (hanIsSource || hanIsTarget ? splitHanWords : undefined);
    // Chinese characters that spell a name of the other side in pinyin carry it, as the scorer does.
    const names = pinyin ? pinyinNameSides({ sourceLang, targetLang }, pinyin, sourceSentences, targetSentences) : {};
    const source = buildTokenSide(sourceSentences, settings.idfPower, splitToken, sourceLang, undefined, names.source);
    const target = buildTokenSide(targetSentences, settings.idfPower, splitToken, targetLang, undefined, names.target);
    const inSource = index ? (w: string) => index.stems.has(stemToken(w, settings.stemLength)) : undefined;
    const inTarget = index ? (w: string) => targetStemsOf(index).has(stemToken(w, settings.stemLength)) : undefined;
    let candidates = mergeCandidates(buildCandidates(source, target, index, settings, { source: sourceLang, target: targetLang }), soundCandidates(source, target, {
      source: sourceLang, target: targetLang, ...(inSource && inTarget ? { sourceOrdinary: inSource, targetOrdinary: inTarget } : {}),
    }));
    if (hanReadings && (hanIsSource || hanIsTarget)) candidates = mergeCandidates(candidates, readingCandidates(source, target, hanReadings, hanIsSource, hanIsSource ? targetSentences : sourceSentences));
    let allSource = 0, allSourceHit = 0, allTarget = 0, allTargetHit = 0;
    const lines: string[] = [];
    for (const [s, t] of gold.links) {
      const sTypes = [...new Set(s.flatMap((id) => [...source.types[sourceIds.indexOf(id)]!]))];
      const tTypes = [...new Set(t.flatMap((id) => [...target.types[targetIds.indexOf(id)]!]))];
      const tSet = new Set(tTypes);
      const tHit = new Set<number>();
      let sw = 0, sh = 0, tw = 0, th = 0;
      const words: string[] = [];
      for (const type of sTypes) {
        const hits = [...candidates[type]!].filter((c) => tSet.has(c));
        for (const h of hits) tHit.add(h);
        sw += source.weights[type]!;
        if (hits.length > 0) sh += source.weights[type]!;
        const known = inSource?.(source.words[type]!) ? "" : "?";
        words.push(`${source.words[type]}${known}${hits.length > 0 ? "=" + hits.map((h) => target.words[h]).join("/") : "·"}`);
      }
      for (const type of tTypes) { tw += target.weights[type]!; if (tHit.has(type)) th += target.weights[type]!; }
      allSource += sw; allSourceHit += sh; allTarget += tw; allTargetHit += th;
      lines.push(`  ${s.join(",")} | ${t.join(",")}  sc ${(sh / sw).toFixed(2)} tc ${(th / tw).toFixed(2)}`);
      lines.push(`    ${words.join(" ")}`);
      lines.push(`    unmatched target: ${tTypes.filter((x) => !tHit.has(x)).map((x) => target.words[x] + (inTarget?.(target.words[x]!) ? "" : "?")).join(" ")}`);
    }
    console.log(`== ${set}/${name} ${sourceLang}-${targetLang}: gold links sc ${(allSourceHit / allSource).toFixed(3)} tc ${(allTargetHit / allTarget).toFixed(3)}`);
    if (!summary) console.log(lines.join("\n"));
  }
}
