import type { CommandModule } from "yargs";
import type { DocumentPair, NearDuplicate, UnpairedDocument } from "@tandem/align";
import { DEFAULT_PAIR_THRESHOLD } from "@tandem/align";
import { createDocumentEmbedder } from "../corpus/embed-documents.js";
import { findPairs } from "../corpus/find-pairs.js";
import { formatProblem } from "../corpus/load-documents.js";
import { neuralOptions } from "../options/neural-options.js";
import { createProgress } from "../terminal/progress.js";
import { commandHead } from "./command-list.js";
import { checkedNumber } from "../options/checked-number.js";
import { languageCode } from "../options/language-option.js";
import { mutualMarginOption } from "../options/mutual-option.js";
import { mutualOf } from "../corpus/mutual-of.js";

interface PairArgs {
  inputs: string[];
  json: boolean;
  threshold: number;
  "mutual-margin": number;
  quiet: boolean;
  "source-lang"?: string;
  neural: boolean;
  model?: string;
  "model-dir"?: string;
  offline?: boolean;
}

/** `tandem pair`: which articles in a pile report the same event in different languages. */
export const pairCommand: CommandModule<object, PairArgs> = {
  ...commandHead("pair"),
  builder: (yargs) =>
    yargs
      .positional("inputs", { type: "string", array: true, demandOption: true, describe: "Article files or folders (searched recursively)" })
      .option("json", { type: "boolean", default: false, describe: "Print one JSON object instead of a TSV table" })
      .option("threshold", {
        type: "number",
        default: DEFAULT_PAIR_THRESHOLD,
        coerce: checkedNumber("--threshold", { min: 0, max: 1 }),
        describe: "Lowest pair score (0–1); below it an article stays single, unless --mutual-margin pairs it",
      })
      .option("mutual-margin", mutualMarginOption)
      .option("quiet", { type: "boolean", default: false, describe: "No progress bar" })
      .option("source-lang", { type: "string", coerce: languageCode("--source-lang"), describe: "Put this language on the source side (default: the code that sorts first)" })
      .option("neural", {
        type: "boolean",
        default: false,
        describe: "Also compare document embeddings (mean sentence vectors of --model); not calibrated, set --threshold",
      })
      .options(neuralOptions)
      .example("$0 pair seeds/", "Pair the articles in seeds/ (TSV: source, target, langs, score, reasons)")
      .example("$0 pair a.txt b.txt c.txt --json", "Machine-readable pairs, singles and skipped files")
      .example("$0 pair crawl/ --threshold 0.2 --source-lang nl", "Stricter than the default 0.17 (the seed pair scores 0.222), Dutch as the source side")
      .example("$0 pair crawl/ --mutual-margin 0", "Only pairs at or above --threshold, no second chance for clear mutual bests"),
  handler: async (args) => {
    const progress = createProgress({ quiet: args.quiet, json: args.json });
    let started = false;
    const found = await findPairs(args.inputs, {
      threshold: args.threshold,
      mutual: mutualOf(args["mutual-margin"]),
      ...(args["source-lang"] ? { sourceLang: args["source-lang"].toLowerCase() } : {}),
      ...(args.neural ? { embed: createDocumentEmbedder(args) } : {}),
      onLoad: (done, total) => {
        if (!started) progress.start(total, "reading");
        started = true;
        progress.update(done, total);
      },
    });
    progress.stop();
    if (args.json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            pairs: found.result.pairs,
            unpaired: found.result.unpaired,
            duplicates: found.result.duplicates,
            problems: found.problems,
            documents: found.documents.map((document) => ({ path: document.path, lang: document.lang, hash: document.hash })),
          },
          null,
          2,
        )}\n`,
      );
      return;
    }
    for (const problem of found.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const lines = ["source\ttarget\tsource_lang\ttarget_lang\tscore\treasons"];
    for (const pair of found.result.pairs) lines.push(pairRow(pair));
    for (const single of found.result.unpaired) lines.push(singleRow(single));
    for (const duplicate of found.result.duplicates) lines.push(duplicateRow(duplicate, found.result.pairs));
    process.stdout.write(`${lines.join("\n")}\n`);
  },
};

function pairRow(pair: DocumentPair): string {
  const reasons = pair.reasons
    .slice(0, 5)
    .map((reason) => (reason.source === reason.target ? `${reason.kind} ${reason.source}` : `${reason.kind} ${reason.source} = ${reason.target}`))
    .join("; ");
  return [clean(pair.source), clean(pair.target), pair.sourceLang, pair.targetLang, pair.score.toFixed(3), clean(reasons)].join("\t");
}

/** A single gets a row too, with an empty target, so a script sees every input once. */
function singleRow(single: UnpairedDocument): string {
  const why =
    single.reason === "no-candidate"
      ? "unpaired: no document in another language"
      : !single.best
        ? "unpaired: shares no name, number or date with any document in another language"
        : `unpaired: ${single.reason === "taken" ? "its candidates paired better elsewhere" : "below threshold"}; best ${single.best.id} ${single.best.score.toFixed(3)}`;
  return [clean(single.id), "", single.lang, "", "", clean(why)].join("\t");
}

/**
 * A near-duplicate gets a row too: in its original's column, with the original's
 * partner when the original paired, so the copy shares the pair.
 */
function duplicateRow(duplicate: NearDuplicate, pairs: readonly DocumentPair[]): string {
  const why = `near-duplicate of ${duplicate.of} (similarity ${duplicate.similarity.toFixed(3)})`;
  const pair = pairs.find((candidate) => candidate.source === duplicate.of || candidate.target === duplicate.of);
  if (!pair) return [clean(duplicate.id), "", duplicate.lang, "", "", clean(`${why}; unpaired like it`)].join("\t");
  const cells =
    pair.source === duplicate.of
      ? [duplicate.id, pair.target, pair.sourceLang, pair.targetLang]
      : [pair.source, duplicate.id, pair.sourceLang, pair.targetLang];
  return [...cells.map(clean), pair.score.toFixed(3), clean(`${why}; shares its pair`)].join("\t");
}

/** A tab or line break in a path or a name must not add a column or a row. */
function clean(text: string): string {
  return text.replace(/[\t\n]/g, " ");
}
