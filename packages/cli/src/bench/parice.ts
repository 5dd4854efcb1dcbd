import { promises as fs } from "node:fs";
import path from "node:path";
import { TandemError } from "@tandem/segment/errors";
import type { BenchDocument, Dataset } from "./dataset.js";
import { readGold } from "./read-gold.js";
import { readLines } from "./read-lines.js";

/** ParIce lines are `<index>\t<sentence>`; the index must be the line number. */
async function readIndexedLines(file: string): Promise<string[]> {
  return (await readLines(file)).map((line, k) => {
    const tab = line.indexOf("\t");
    if (tab < 0 || line.slice(0, tab) !== String(k)) {
      throw new TandemError("INPUT_UNREADABLE", `expected "${k}<TAB>sentence"`, { file, line: k + 1 });
    }
    return line.slice(tab + 1);
  });
}

async function loadParice(dir: string): Promise<BenchDocument[]> {
  const names = (await fs.readdir(path.join(dir, "gold")).catch((error: NodeJS.ErrnoException) => {
    throw new TandemError("INPUT_MISSING", `cannot read gold folder: ${error.code ?? error.message}`, { file: path.join(dir, "gold") });
  }))
    .filter((file) => file.endsWith(".txt"))
    .map((file) => file.slice(0, -4))
    .sort();
  if (names.length === 0) throw new TandemError("INPUT_EMPTY", "no gold/<doc>.txt files", { file: path.join(dir, "gold") });
  return Promise.all(
    names.map(async (name) => {
      const [source, target] = await Promise.all([
        readIndexedLines(path.join(dir, "eng", `${name}.txt`)),
        readIndexedLines(path.join(dir, "isl", `${name}.txt`)),
      ]);
      return { name, source, target, gold: await readGold(path.join(dir, "gold", `${name}.txt`), source, target) };
    }),
  );
}

export const parice: Dataset = {
  title: "ParIce en→is",
  folder: "parice-en-is",
  sourceLang: "en",
  targetLang: "is",
  scoring: "scorer A",
  splits: ["test"],
  missing: "ParIce data not found; pass --data DIR (the folder with eng/, isl/ and gold/)",
  load: (dir) => loadParice(dir),
};
