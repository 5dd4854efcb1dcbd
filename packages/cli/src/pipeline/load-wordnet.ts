import { promises as fs } from "node:fs";
import path from "node:path";
import { tandemDataDir } from "../files/cache-folder.js";
import { ISO_639_3, parseOmwTab, parseWordnetData, wordnetEntries, type SynsetKey } from "@tandem/align";

/**
 * Where wordnets of other languages linked to Princeton WordNet 3.0 are kept, as Open
 * Multilingual Wordnet tab files (`wn-data-tha.tab`): `TANDEM_WORDNET_DIR`, else
 * `$XDG_DATA_HOME/tandem/wordnet`, else `~/.local/share/tandem/wordnet` (`scripts/setup.sh`
 * writes Thai WordNet there, see `scripts/fetch-wordnets.sh`).
 */
export function wordnetDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return tandemDataDir("TANDEM_WORDNET_DIR", "wordnet", environment);
}

/** Princeton WordNet 3.0's data files (Debian's `wordnet-base`); `TANDEM_WORDNET_EN_DIR` overrides. */
export function englishWordnetDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.TANDEM_WORDNET_EN_DIR ?? "/usr/share/wordnet";
}

const ENGLISH_FILES = ["data.noun", "data.verb", "data.adj", "data.adv"] as const;

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** A wordnet of `lang` and the English files it is read with, when both are installed. */
export async function findWordnet(lang: string): Promise<{ name: string; files: string[] } | undefined> {
  const code = ISO_639_3[lang];
  if (!code || code === "eng") return undefined;
  const own = path.join(wordnetDirectory(), `wn-data-${code}.tab`);
  if (!(await isFile(own))) return undefined;
  const english = ENGLISH_FILES.map((name) => path.join(englishWordnetDirectory(), name));
  for (const file of english) if (!(await isFile(file))) return undefined;
  return { name: `wordnet-${code}`, files: [own, ...english] };
}

let englishSynsets: { dir: string; synsets: Promise<Map<SynsetKey, string[]>> } | undefined;

/** Princeton WordNet's English words by synset, read once a process. */
function readEnglishSynsets(): Promise<Map<SynsetKey, string[]>> {
  const dir = englishWordnetDirectory();
  if (englishSynsets?.dir !== dir) {
    const synsets = (async () => {
      const all = new Map<SynsetKey, string[]>();
      for (const name of ENGLISH_FILES) for (const [key, words] of parseWordnetData(await fs.readFile(path.join(dir, name), "utf8"))) all.set(key, words);
      return all;
    })();
    englishSynsets = { dir, synsets };
  }
  return englishSynsets.synsets;
}

/**
 * English words of a synset a word of the other language is given: the first ones only, as WordNet
 * lists the commonest first and a synset's tail is rare ("help", "aid", "assistance", "assist").
 */
export const WORDNET_WORDS_PER_SYNSET = 3;

/** The entries `lang` word → English words of a wordnet found by {@link findWordnet}. */
export async function readWordnetEntries(files: readonly string[]): Promise<Map<string, string[]>> {
  const pairs = parseOmwTab(await fs.readFile(files[0]!, "utf8"));
  return wordnetEntries(pairs, await readEnglishSynsets(), WORDNET_WORDS_PER_SYNSET);
}
