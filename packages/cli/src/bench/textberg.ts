import path from "node:path";
import type { BenchDocument, Dataset } from "./dataset.js";
import { readGold } from "./read-gold.js";
import { readLines } from "./read-lines.js";

async function loadTextberg(dir: string, split: string): Promise<BenchDocument[]> {
  const names = split === "dev" ? ["dev"] : ["test0", "test1", "test2", "test3", "test4", "test5", "test6"];
  return Promise.all(
    names.map(async (name) => {
      const [source, target] = await Promise.all([readLines(path.join(dir, `${name}.de`)), readLines(path.join(dir, `${name}.fr`))]);
      return { name, source, target, gold: await readGold(path.join(dir, `${name}.defr`), source, target) };
    }),
  );
}

export const textberg: Dataset = {
  title: "Text+Berg de→fr",
  folder: "textberg-de-fr",
  sourceLang: "de",
  targetLang: "fr",
  scoring: "scorer A",
  splits: ["test", "dev"],
  missing: "Text+Berg data not found; pass --data DIR (the folder with test0.de, test0.fr, test0.defr …)",
  load: loadTextberg,
};
