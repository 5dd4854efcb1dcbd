import type { CommandModule } from "yargs";
import { benchCommand } from "./bench.js";
import { evalCommand } from "./eval.js";
import { pairCommand } from "./pair.js";
import { reviewCommand } from "./review.js";
import { segmentCommand } from "./segment.js";

/**
 * Every `tandem` subcommand, one file each in this folder. Add a command by
 * importing its module here; main.ts registers them in this order.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [benchCommand, evalCommand, pairCommand, reviewCommand, segmentCommand];
