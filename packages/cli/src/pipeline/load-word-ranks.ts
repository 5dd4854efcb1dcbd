import { promises as fs } from "node:fs";
import path from "node:path";
import { cedictTraditionalForms } from "@tandem/align";
import { TandemError } from "@tandem/segment/errors";

/** wordfreq's codes where tandem's differ: it keeps Serbian, Croatian and Bosnian in one list. */
const WORDFREQ_CODES: Readonly<Record<string, string>> = { sr: "sh", hr: "sh", bs: "sh", no: "nb", nn: "nb", tl: "fil" };

/**
 * The word frequency list of `lang` that `scripts/fetch-wordfreq.sh` wrote into the lexicon
 * folder (`wordfreq/<code>.txt`, commonest word first), if there is one.
 */
export async function wordRanksFile(lexiconDirectory: string, lang: string): Promise<string | undefined> {
  const file = path.join(lexiconDirectory, "wordfreq", `${WORDFREQ_CODES[lang] ?? lang}.txt`);
  return fs.stat(file).then(
    (stat) => (stat.isFile() ? file : undefined),
    () => undefined,
  );
}

/**
 * Word → its rank in `file` (0 = the commonest), for `createPivotLexicon`'s `targetCommonness`.
 * For Chinese, `cedictText` (CC-CEDICT) adds each traditional form at its simplified form's rank:
 * wordfreq's Chinese list is simplified, and a traditional page's pivot needs its words too.
 *
 * @throws TandemError LEXICON_MISSING naming the file when it cannot be read.
 */
export async function readWordRanks(file: string, cedictText?: () => Promise<string>): Promise<Map<string, number>> {
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("LEXICON_MISSING", `cannot read word list: ${error.code ?? error.message}`, { file });
  });
  const ranks = new Map<string, number>();
  for (const word of text.split("\n")) if (word && !ranks.has(word)) ranks.set(word, ranks.size);
  if (cedictText) {
    for (const [traditional, simplified] of cedictTraditionalForms(await cedictText())) {
      const rank = ranks.get(simplified);
      if (rank !== undefined && !ranks.has(traditional)) ranks.set(traditional, rank);
    }
  }
  return ranks;
}
