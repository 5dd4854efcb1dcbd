import { ALIGNABLE_KINDS, languageSupportNotes, segmentDocument, TandemError, type Sentence } from "@tandem/segment";
import type { Argv, CommandModule } from "yargs";
import { readArticleFile } from "../files/read-article-file.js";
import { commandHead } from "./command-list.js";
import { languageCode } from "../options/language-option.js";

interface SegmentArgs {
  file: string;
  lang?: string;
  json: boolean;
  all: boolean;
  text: boolean;
}

/** `tandem segment`: the sentences of one article, as the aligner will see them. */
export const segmentCommand: CommandModule<object, SegmentArgs> = {
  ...commandHead("segment"),
  builder: (yargs) =>
    (yargs as Argv)
      .positional("file", { type: "string", demandOption: true, describe: "Article: a text file (UTF-8, or UTF-16 with BOM) or an HTML page (any charset)" })
      .option("lang", { type: "string", coerce: languageCode("--lang"), describe: "Language of the article (any ISO 639-1 code, e.g. nl, ru, th); detected when left out" })
      .option("json", { type: "boolean", default: false, describe: "Print the document as JSON with offsets, kinds, languages and paragraphs" })
      .option("text", { type: "boolean", default: false, describe: "Print the text the offsets refer to (for an HTML page: its extracted main content, one block per line) and stop" })
      .option("all", { type: "boolean", default: false, describe: "Also show dropped lines (boilerplate, source, foreign) with their kind" })
      .example("$0 segment seeds/001_9c2bcb4f48ee580e.txt", "Alignable sentences, one per line")
      .example("$0 segment article.txt --all", "Every sentence with its kind")
      .example("$0 segment article.txt --lang fr --json", "JSON with offsets")
      .example("$0 segment page.html --text", "The text an HTML page's sentence offsets refer to") as unknown as Argv<SegmentArgs>,
  handler: async (argv) => {
    const input = await readArticleFile(argv.file);
    if (argv.text) {
      process.stdout.write(input.text.endsWith("\n") ? input.text : `${input.text}\n`);
      return;
    }
    let doc;
    try {
      doc = segmentDocument(input.text, {
        ...(argv.lang === undefined ? {} : { lang: argv.lang.toLowerCase() }),
        ...(input.blocks ? { blocks: input.blocks } : {}),
      });
    } catch (error) {
      if (error instanceof TandemError && error.code === "LANG_UNKNOWN") {
        throw new TandemError(error.code, `${error.message}; pass --lang`, { file: argv.file }, { cause: error });
      }
      throw error;
    }
    // What tandem lacks for this language (no sentence rules): said, never refused.
    for (const note of languageSupportNotes(doc.lang)) process.stderr.write(`note: ${note}\n`);
    const shown = argv.all ? doc.sentences : doc.sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind));
    if (argv.json) {
      const json = {
        file: argv.file,
        format: input.format,
        ...(input.charset ? { charset: input.charset } : {}),
        lang: doc.lang,
        bytes: input.bytes,
        hash: input.hash,
        sentences: shown,
      };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    process.stdout.write(shown.map((s) => (argv.all ? formatWithKind(s, doc.lang) : s.text)).join("\n") + (shown.length ? "\n" : ""));
  },
};

function formatWithKind(sentence: Sentence, docLang: string): string {
  const lang = sentence.lang === docLang ? "" : `:${sentence.lang}`;
  return `${`${sentence.kind}${lang}`.padEnd(14)} ${sentence.text}`;
}
