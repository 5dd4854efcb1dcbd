import type { Argv, CommandModule } from "yargs";
import { wrapWords } from "./wrap-words.js";

/** Stands in the help text for a command's examples until {@link renderHelp} puts them there. */
const MARK = "\u2063tandem-examples\u2063";

type Example = readonly [command: string, description: string];

/**
 * The command with its `.example(…)` calls kept out of yargs: yargs lays examples out
 * in two columns and breaks a long command line across lines, so it can no longer be
 * copied. {@link renderHelp} prints each command whole on its own line instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withWholeExamples(command: CommandModule<any, any>, examples: Example[]): CommandModule<any, any> {
  const builder = command.builder;
  return {
    ...command,
    builder: (yargs: Argv) => {
      const collect = (cmd: string | [string, string?][], description?: string) => {
        const given: [string, string?][] = Array.isArray(cmd) ? cmd : [[cmd, description]];
        for (const [line, what] of given) examples.push([line, what ?? ""]);
        return yargs;
      };
      Object.assign(yargs, { example: collect });
      const built = typeof builder === "function" ? (builder(yargs) ?? yargs) : yargs.options(builder ?? {});
      return (built as Argv).epilogue(MARK);
    },
  };
}

/**
 * The help text yargs made, with the examples in place of their mark: each command
 * line whole (`$0` as `tandem`), its description wrapped at word boundaries under it.
 */
export function renderHelp(help: string, examples: readonly Example[], width: number): string {
  const spaced = separateAnnotations(help, width);
  if (!spaced.includes(MARK)) return spaced;
  const lines = ["Examples:"];
  for (const [command, description] of examples) {
    lines.push(`  ${command.replace(/\$0/g, "tandem")}`, ...wrapWords(description, width, "      "));
  }
  return spaced.replace(MARK, examples.length ? lines.join("\n") : "").trimEnd();
}

/**
 * yargs (cliui) sets an option's `[string] [default: …]` flush against a description
 * that fills its column ("SQLite database of runs[string]"); such annotations move to
 * a line of their own, right-aligned as yargs does.
 */
function separateAnnotations(help: string, width: number): string {
  return help
    .split("\n")
    .map((line) => {
      const glued = /^(.*\S)(\[(?:string|number|boolean|array|count|default|choices|required)\b.*)$/.exec(line);
      return glued ? `${glued[1]}\n${glued[2]!.padStart(width)}` : line;
    })
    .join("\n");
}
