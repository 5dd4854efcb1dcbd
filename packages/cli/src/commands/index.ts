import type { CommandModule } from "yargs";
import { alignCommand } from "./align.js";
import { benchCommand } from "./bench.js";
import { evalCommand } from "./eval.js";
import { exportCommand } from "./export.js";
import { runsCommand } from "./runs.js";
import { corpusCommand } from "./corpus.js";
import { pairCommand } from "./pair.js";
import { reviewCommand } from "./review.js";
import { segmentCommand } from "./segment.js";
import { workerCommand } from "./worker.js";

/**
 * Every `tandem` subcommand, one file each in this folder. Add a command by
 * importing its module here; main.ts registers them in this order.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [alignCommand, benchCommand, evalCommand, runsCommand, exportCommand, pairCommand, corpusCommand, reviewCommand, segmentCommand, workerCommand];
