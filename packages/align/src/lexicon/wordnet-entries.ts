/**
 * Bilingual entries from wordnets linked to Princeton WordNet 3.0: a word of another language and
 * the English words of the same synset are translations of each other (Thai WordNet's
 * "ความช่วยเหลือ" in synset 01207609-n → "aid", "assistance", "help").
 */

/** A synset key as wordnets linked to PWN 3.0 write it: 8-digit offset, "-", part of speech (n v a r). */
export type SynsetKey = string;

// `offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt …`; w_cnt is hexadecimal.
const DATA_LINE = /^(\d{8}) \d{2} ([nvasr]) ([0-9a-f]{2}) (.*)$/;

/**
 * The English words of each synset of a Princeton WordNet 3.0 `data.noun` / `data.verb` /
 * `data.adj` / `data.adv` file (licence lines, which start with spaces, are skipped). Words are
 * written with spaces ("prime_minister" → "prime minister"), without the adjective position
 * markers ("(a)", "(p)", "(ip)"); satellite adjectives (s) are keyed as adjectives (a), as the
 * wordnets linked to PWN write them.
 *
 * @example
 * parseWordnetData("01207609 04 n 02 aid 0 assistance 1 000 | …").get("01207609-n") // ["aid", "assistance"]
 */
export function parseWordnetData(text: string): Map<SynsetKey, string[]> {
  const synsets = new Map<SynsetKey, string[]>();
  for (const line of text.split("\n")) {
    const match = DATA_LINE.exec(line);
    if (!match) continue;
    const [, offset, type, countHex, rest] = match;
    const count = Number.parseInt(countHex!, 16);
    const fields = rest!.split(" ");
    const words: string[] = [];
    for (let i = 0; i < count && 2 * i < fields.length; i++) {
      const word = fields[2 * i]!.replace(/\((?:a|p|ip)\)$/, "").replaceAll("_", " ");
      if (word && !words.includes(word)) words.push(word);
    }
    if (words.length > 0) synsets.set(`${offset}-${type === "s" ? "a" : type}`, words);
  }
  return synsets;
}

/**
 * The (synset, word) pairs of an Open Multilingual Wordnet `wn-data-LANG.tab` file: lines
 * `00001740-n<TAB>tha:lemma<TAB>word`; `#` comments and other relations (definitions, examples)
 * are skipped.
 */
export function parseOmwTab(text: string): Array<[SynsetKey, string]> {
  const pairs: Array<[SynsetKey, string]> = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const [synset, relation, word] = line.split("\t");
    if (!synset || !relation?.endsWith(":lemma") || !word?.trim()) continue;
    pairs.push([synset.trim(), word.trim()]);
  }
  return pairs;
}

/**
 * Each word of a wordnet linked to PWN 3.0 and the English words of its synsets, in the order
 * the pairs come: `wordnetEntries([["01207609-n", "ความช่วยเหลือ"]], english)` →
 * "ความช่วยเหลือ" → ["aid", "assistance", "help"]. A synset with more than `maxWordsPerSynset`
 * English words gives its first ones only (WordNet lists the commonest first); a pair whose
 * synset English lacks is skipped.
 */
export function wordnetEntries(
  pairs: Iterable<readonly [SynsetKey, string]>,
  english: ReadonlyMap<SynsetKey, readonly string[]>,
  maxWordsPerSynset = Number.POSITIVE_INFINITY,
): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const [synset, word] of pairs) {
    const translations = english.get(synset.replace(/-s$/, "-a"));
    if (!translations) continue;
    let list = entries.get(word);
    if (!list) entries.set(word, (list = []));
    for (const translation of translations.slice(0, maxWordsPerSynset)) if (!list.includes(translation)) list.push(translation);
  }
  return entries;
}
