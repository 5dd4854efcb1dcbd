import path from "node:path";
import { TandemError } from "@tandem/segment/errors";
import type { BenchDocument, Dataset } from "./dataset.js";
import { readGold } from "./read-gold.js";
import { readLines } from "./read-lines.js";

async function loadBible(dir: string): Promise<BenchDocument[]> {
  const [source, target, sourceVerses, targetVerses] = await Promise.all(
    ["en.txt", "zh.txt", "en.verse", "zh.verse"].map((file) => readLines(path.join(dir, file))),
  );
  for (const [verses, lines, file] of [[sourceVerses!, source!, "en.verse"], [targetVerses!, target!, "zh.verse"]] as const) {
    if (verses.length !== lines.length) {
      throw new TandemError("ALIGN_MISMATCH", `${verses.length} verse IDs for ${lines.length} sentences`, { file: path.join(dir, file) });
    }
  }
  return [
    {
      name: "bible",
      source: source!,
      target: target!,
      gold: await readGold(path.join(dir, "gold.align"), source!, target!),
      verses: { source: sourceVerses!, target: targetVerses! },
    },
  ];
}

export const bible: Dataset = {
  title: "Bible en→zh",
  folder: "bible-en-zh",
  sourceLang: "en",
  targetLang: "zh",
  scoring: "scorer A on verse-merged links (variant E)",
  splits: ["test"],
  missing: "Bible data not found; pass --data DIR (the folder with en.txt, zh.txt, en.verse, zh.verse, gold.align)",
  load: (dir) => loadBible(dir),
};
